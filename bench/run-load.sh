#!/usr/bin/env bash
# Load benchmark of the real service process against the fake Zoom, in one run: start-up time per JVM-flag
# variant, meeting creation through the service vs straight at the fake (throughput ratio, added latency), RSS
# after the calls, and Zoom token calls per grant per expiry with 3 instances x 100 callers on one database.
# Everything stays on 127.0.0.1, is bounded, and stops by itself (~6 min; --quick ~2 min).
#
#   bench/run-load.sh                       # the full run
#   bench/run-load.sh --quick               # short phases, for checking that it works
#   bench/run-load.sh --skip=startup,instances --workers=32 --duration=20 --keep   (see LoadBenchmark.Options)
#   REBUILD=1 bench/run-load.sh             # first rebuild and re-install the project's current code
#
# Output: the console, plus bench/target/load-<time>.txt.
set -euo pipefail
BENCH="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$BENCH")"
M2="${HOME}/.m2/repository/io/zoomoauth"
JAR="$ROOT/zoom-app/target/zoom-app-0.1.0-SNAPSHOT-all.jar"

if [[ "${REBUILD:-0}" == 1 || ! -f "$JAR" || ! -f "$M2/zoom-adapters-http/0.1.0-SNAPSHOT/zoom-adapters-http-0.1.0-SNAPSHOT-tests.jar" ]]; then
  echo "== building the service and installing the project's artifacts (mvn install -DskipTests) =="
  (cd "$ROOT" && (mvn -q -B -o install -DskipTests || mvn -q -B install -DskipTests))
fi
echo "== building bench/load =="
(cd "$BENCH" && (mvn -q -B -o -pl load package || mvn -q -B -pl load package))

mkdir -p "$BENCH/target"
echo "== code: $(git -C "$ROOT" log -1 --format='%h %s' 2>/dev/null | cut -c1-100) (+$(git -C "$ROOT" status --porcelain 2>/dev/null | wc -l) changed paths in the work tree) =="
STAMP="$(date +%Y%m%d-%H%M%S)"
echo "== machine: $(nproc) cpus, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GB, load average: $(cut -d' ' -f1-3 /proc/loadavg) =="
java -jar "$BENCH/load/target/zoom-load.jar" --service-jar="$JAR" "$@" 2>&1 | tee "$BENCH/target/load-$STAMP.txt"
exit "${PIPESTATUS[0]}"
