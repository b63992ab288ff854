#!/usr/bin/env bash
# The README's demo: build a graph from seeds/ and ask who supports and who opposes Russia.
set -euo pipefail
cd "$(dirname "$0")/.."
gk=.venv/bin/graphkit
mkdir -p out
"$gk" build seeds/ --out out/graph.json
echo
echo "== Who supports Russia? =="
"$gk" query supporters Russia --graph out/graph.json --level country
echo
echo "== Who opposes Russia? =="
"$gk" query opposers Russia --graph out/graph.json --level country
echo
echo "== Blocs (country level) =="
"$gk" query blocs --graph out/graph.json --level country
"$gk" viz out/graph.json --out out/alliances.html --level country
echo
echo "Interactive alliance view (works offline): out/alliances.html"
