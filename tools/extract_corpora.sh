#!/usr/bin/env bash
# Extract the regression corpora with the graphkit on PYTHONPATH (default: this checkout) into OUTDIR:
#   tools/extract_corpora.sh OUTDIR [PYTHON]
# then compare two such directories with tools/diff_triples.py OLD_DIR NEW_DIR.
# The dev texts live outside the repository (GRAPHKIT_DEV_TEXTS, default /work/shared/eval/dev/texts).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:?usage: tools/extract_corpora.sh OUTDIR [PYTHON]}"
python="${2:-$root/.venv/bin/python}"
dev="${GRAPHKIT_DEV_TEXTS:-/work/shared/eval/dev/texts}"
export PYTHONPATH="${PYTHONPATH:-$root}"
mkdir -p "$out"
# -P: the graphkit on PYTHONPATH, never one that happens to sit in the current directory
run() { "$python" -P -c 'import sys; from graphkit.cli import main; sys.argv[0] = "graphkit"; sys.exit(main())' "$@"; }
run extract "$root/seeds" --out "$out/seeds.jsonl" -q
[ -d "$dev" ] && run extract "$dev" --out "$out/dev.jsonl" -q
for h in "$root"/bench/heldout*/; do
  run extract "$h/texts" --out "$out/$(basename "$h").jsonl" -q
done
