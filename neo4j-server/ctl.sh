#!/usr/bin/env bash
# graphkit's Neo4j dev server (embedded Neo4j 5.26 Community, Bolt only, 127.0.0.1).
#
#   neo4j-server/ctl.sh up       build on first use, start in the background, wait for Bolt
#   neo4j-server/ctl.sh down     stop (SIGTERM, wait, then SIGKILL)
#   neo4j-server/ctl.sh status   exit 0 when running
#
# Environment (defaults): NEO4J_BOLT_PORT (7687), NEO4J_PASSWORD (graphkit-dev-password, a dev-only
# password for the user "neo4j"), NEO4J_HEAP (1g), NEO4J_PAGECACHE_MB (128), NEO4J_START_TIMEOUT (180 s).
# Data in neo4j-server/data/, log in neo4j-server/neo4j.log, pid in neo4j-server/neo4j.pid (all git-ignored);
# on another port P: data-P/, neo4j-P.log, neo4j-P.pid.
set -euo pipefail
DIR="$(cd "$(dirname "$0")" && pwd)"
CP_FILE="$DIR/target/classpath.txt"
MAIN_CLASS="$DIR/target/classes/graphkit/devserver/DevServer.class"
PORT="${NEO4J_BOLT_PORT:-7687}"
[[ "$PORT" =~ ^[0-9]+$ ]] || { echo "neo4j: error: NEO4J_BOLT_PORT must be a port number, not '$PORT'" >&2; exit 2; }
# One server per port, each with its own pid file, log and data, so that status/down on one port never
# acts on the server of another. The default port keeps the plain names.
SUFFIX=""
[[ "$PORT" == 7687 ]] || SUFFIX="-$PORT"
PID_FILE="$DIR/neo4j$SUFFIX.pid"
LOG_FILE="$DIR/neo4j$SUFFIX.log"
export NEO4J_PASSWORD="${NEO4J_PASSWORD:-graphkit-dev-password}"
export NEO4J_BOLT_PORT="$PORT"
export NEO4J_HOME_DIR="$DIR/data$SUFFIX"
HEAP="${NEO4J_HEAP:-1g}"
TIMEOUT="${NEO4J_START_TIMEOUT:-180}"

log() { echo "neo4j: $*" >&2; }

# The pid from the pid file, only when that process is alive AND is our DevServer: after a reboot the
# number may belong to another process, which must never be reported as running (or killed by down).
running_pid() {
  [[ -f "$PID_FILE" ]] || return 1
  local pid cmdline=""
  pid="$(cat "$PID_FILE")"
  if [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null; then
    cmdline="$(tr '\0' ' ' 2>/dev/null <"/proc/$pid/cmdline" || true)"
  fi
  if [[ "$cmdline" == *" graphkit.devserver.DevServer"* ]]; then
    echo "$pid"
    return 0
  fi
  rm -f "$PID_FILE"  # stale: the server is gone
  return 1
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; }

need() {
  command -v "$1" >/dev/null 2>&1 && return 0
  log "error: '$1' not found: the dev server needs Java 17 and Maven (e.g. apt-get install openjdk-17-jdk-headless maven)"
  exit 1
}

build() {
  need java
  if [[ -f "$CP_FILE" && -f "$MAIN_CLASS" && "$MAIN_CLASS" -nt "$DIR/pom.xml" \
        && "$MAIN_CLASS" -nt "$DIR/src/main/java/graphkit/devserver/DevServer.java" ]]; then
    return 0
  fi
  need mvn
  log "building the dev server (first use downloads Neo4j from Maven Central)"
  local try
  # Maven Central throttles bursts: retry the whole fetch with a growing pause.
  for try in 1 2 3 4; do
    if mvn -B -q -f "$DIR/pom.xml" -Dmaven.wagon.http.retryHandler.count=5 \
        compile dependency:build-classpath -Dmdep.outputFile="$CP_FILE" >"$DIR/build.log" 2>&1; then
      return 0
    fi
    log "maven build failed (try $try of 4)"
    sleep $((try * 15))
  done
  tail -n 30 "$DIR/build.log" >&2
  log "error: could not build the dev server; see $DIR/build.log"
  exit 1
}

# A real Bolt handshake, login and query through the Python driver, when the venv has it.
driver_check() {
  local py="$DIR/../.venv/bin/python"
  [[ -x "$py" ]] || return 0
  "$py" - "$PORT" <<'EOF' >/dev/null 2>&1
import os, sys
try:
    import neo4j
except ImportError:
    sys.exit(0)
with neo4j.GraphDatabase.driver(f"bolt://127.0.0.1:{sys.argv[1]}", auth=("neo4j", os.environ["NEO4J_PASSWORD"])) as d:
    d.execute_query("RETURN 1", database_="neo4j")
EOF
}

up() {
  local pid
  if pid="$(running_pid)"; then
    log "already running on bolt://127.0.0.1:$PORT (pid $pid)"
    return 0
  fi
  rm -f "$PID_FILE"
  if port_open; then
    log "error: port $PORT is already in use by another process (set NEO4J_BOLT_PORT)"
    exit 1
  fi
  build
  mkdir -p "$NEO4J_HOME_DIR"
  local start=$SECONDS start_ns
  start_ns=$(date +%s%N)
  # Flags Neo4j's own launcher passes on Java 17 (direct buffers, netty).
  nohup java -Xms256m "-Xmx$HEAP" -XX:+ExitOnOutOfMemoryError -XX:-OmitStackTraceInFastThrow \
    --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED \
    --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/java.lang=ALL-UNNAMED \
    -Dio.netty.tryReflectionSetAccessible=true -Djdk.nio.maxCachedBufferSize=1024 \
    -cp "$DIR/target/classes:$(cat "$CP_FILE")" graphkit.devserver.DevServer \
    >"$LOG_FILE" 2>&1 </dev/null &
  pid=$!
  echo "$pid" >"$PID_FILE"
  until grep -q "graphkit-neo4j: ready" "$LOG_FILE" 2>/dev/null && port_open && driver_check; do
    if ! kill -0 "$pid" 2>/dev/null; then
      tail -n 30 "$LOG_FILE" >&2
      rm -f "$PID_FILE"
      log "error: the server exited during start; log: $LOG_FILE"
      exit 1
    fi
    if (( SECONDS - start > TIMEOUT )); then
      tail -n 30 "$LOG_FILE" >&2
      log "error: Bolt did not answer on 127.0.0.1:$PORT within ${TIMEOUT}s; stopping it (log: $LOG_FILE)"
      down
      exit 1
    fi
    sleep 0.25
  done
  local ms=$(( ($(date +%s%N) - start_ns) / 1000000 ))
  local took="$((ms / 1000)).$(printf '%03d' $((ms % 1000)))"
  echo "ctl.sh: started in ${took}s" >>"$LOG_FILE"  # kept for bench/neo4j_push.py
  log "up on bolt://127.0.0.1:$PORT (pid $pid), started in ${took}s"
}

down() {
  local pid
  if ! pid="$(running_pid)"; then
    rm -f "$PID_FILE"
    log "not running"
    return 0
  fi
  kill -TERM "$pid" 2>/dev/null || true
  local i
  for i in $(seq 1 120); do  # up to 30 s for a clean shutdown (checkpoint)
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.25
  done
  if kill -0 "$pid" 2>/dev/null; then
    log "no clean shutdown after 30s; killing pid $pid"
    kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$PID_FILE"
  log "stopped (pid $pid)"
}

status() {
  local pid
  if pid="$(running_pid)"; then
    echo "running on bolt://127.0.0.1:$PORT (pid $pid)"
  else
    echo "not running"
    return 3
  fi
}

case "${1:-}" in
  up) up ;;
  down) down ;;
  status) status ;;
  *) echo "usage: $0 up|down|status" >&2; exit 2 ;;
esac
