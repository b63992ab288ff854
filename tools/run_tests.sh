#!/usr/bin/env bash
# The README's test command: starts the Neo4j dev server, runs every test, stops the server (if it started it).
set -euo pipefail
cd "$(dirname "$0")/.."
export GRAPHKIT_REQUIRE_BROWSER=1
if ! command -v chromium >/dev/null 2>&1; then
  echo "installing Debian's chromium for the browser test" >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
    || echo "warning: could not install chromium" >&2
fi
# Stop the server at exit (also on Ctrl-C or a failed start) only if this script started it.
if bash neo4j-server/ctl.sh status >/dev/null 2>&1; then
  echo "neo4j: already running; leaving it running after the tests" >&2
else
  trap 'bash neo4j-server/ctl.sh down' EXIT
  trap 'exit 130' INT TERM
fi
bash neo4j-server/ctl.sh up
# The Neo4j tests fail, not skip, when the server is missing; the notebook asks it the same question.
export GRAPHKIT_REQUIRE_NEO4J=1
export NEO4J_URI="bolt://127.0.0.1:${NEO4J_BOLT_PORT:-7687}" NEO4J_USERNAME=neo4j
export NEO4J_PASSWORD="${NEO4J_PASSWORD:-graphkit-dev-password}"
.venv/bin/python -m pytest "$@"
