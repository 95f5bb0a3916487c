#!/usr/bin/env bash
# Load benchmark of the real service process against the fake Zoom, in one run (phases, see LoadBenchmark.Options):
#   startup     start-up time per JVM-flag variant and through bin/zoom-oauth
#   throughput  a create meeting straight at the fake, through the two floors (bench/floor: minimal Micronaut
#               forwarders, async and blocking) and through the service (proxy and typed route), alternating
#               blocks: req/s, p50/p99, CPU per call of each process and the service's ratios to the floors; RSS
#   latency     the same with the fake answering creates after 100 ms and 400 callers (default service settings)
#   instances   Zoom token calls per grant per expiry with 3 instances x 100 callers on one database
#   coldcall    10,000 users connected through the OAuth flow, restart, first call per user
# Everything stays on 127.0.0.1, is bounded, and stops by itself (~15 min; --quick ~5 min).
#
#   bench/run-load.sh                       # the full run
#   bench/run-load.sh --quick               # short phases, for checking that it works
#   bench/run-load.sh --only=throughput,latency --workers=32 --duration=20 --keep
#   bench/run-load.sh --skip=startup,instances,coldcall
#   REBUILD=1 bench/run-load.sh             # first rebuild the service jar and the fake from the work tree
#
# Builds what it needs and nothing else: the service jar with `mvn package` (never install), the fake Zoom
# (zoom-fake, the only project artifact bench/ takes from ~/.m2) with `mvn install -pl zoom-fake`, then
# bench/load and bench/floor. Output: the console, plus bench/target/load-<time>.txt.
set -euo pipefail
BENCH="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$BENCH")"
M2="${HOME}/.m2/repository/io/zoomoauth"
JAR="$ROOT/zoom-app/target/zoom-app-0.1.0-SNAPSHOT-all.jar"

if [[ "${REBUILD:-0}" == 1 || ! -f "$JAR" ]]; then
  echo "== building the service jar (mvn package -pl zoom-app -am -DskipTests) =="
  (cd "$ROOT" && (mvn -q -B -o package -pl zoom-app -am -DskipTests || mvn -q -B package -pl zoom-app -am -DskipTests))
fi
if [[ "${REBUILD:-0}" == 1 || ! -f "$M2/zoom-fake/0.1.0-SNAPSHOT/zoom-fake-0.1.0-SNAPSHOT.jar" ]]; then
  echo "== installing the fake Zoom (mvn install -pl zoom-fake -DskipTests) =="
  (cd "$ROOT" && (mvn -q -B -o install -pl zoom-fake -DskipTests || mvn -q -B install -pl zoom-fake -DskipTests))
fi
echo "== building bench/load and bench/floor =="
(cd "$BENCH" && (mvn -q -B -o -pl load,floor package || mvn -q -B -pl load,floor package))

mkdir -p "$BENCH/target"
echo "== code: $(git -C "$ROOT" log -1 --format='%h %s' 2>/dev/null | cut -c1-100) (+$(git -C "$ROOT" status --porcelain 2>/dev/null | wc -l) changed paths in the work tree) =="
STAMP="$(date +%Y%m%d-%H%M%S)"
echo "== machine: $(nproc) cpus, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GB, load average: $(cut -d' ' -f1-3 /proc/loadavg) =="
java -jar "$BENCH/load/target/zoom-load.jar" --service-jar="$JAR" --floor-jar="$BENCH/floor/target/zoom-floor.jar" \
  --launcher="$ROOT/bin/zoom-oauth" "$@" 2>&1 | tee "$BENCH/target/load-$STAMP.txt"
exit "${PIPESTATUS[0]}"
