#!/usr/bin/env bash
# JMH benchmarks of the token manager (AccessTokenService): the cached valid-token lookup and the single-flight
# refresh under contention. Builds what it needs, then runs every benchmark (or the ones you name).
#
#   bench/run-jmh.sh                          # all benchmarks, ~6 min
#   bench/run-jmh.sh CachedTokenBenchmark     # any JMH arguments: a regex, -p callers=8, -f 2, -wi 5 ...
#   REBUILD=1 bench/run-jmh.sh                # first re-install the project's current code into ~/.m2
#
# Results: the console, plus bench/target/jmh-<time>.txt and .json.
set -euo pipefail
BENCH="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$BENCH")"
M2="${HOME}/.m2/repository/io/zoomoauth"

if [[ "${REBUILD:-0}" == 1 || ! -f "$M2/zoom-domain/0.1.0-SNAPSHOT/zoom-domain-0.1.0-SNAPSHOT.jar" ]]; then
  echo "== installing the project's artifacts (mvn install -DskipTests) =="
  (cd "$ROOT" && (mvn -q -B -o install -DskipTests || mvn -q -B install -DskipTests))
fi
echo "== building bench/jmh =="
(cd "$BENCH" && (mvn -q -B -o -pl jmh package || mvn -q -B -pl jmh package))

mkdir -p "$BENCH/target"
echo "== code: $(git -C "$ROOT" log -1 --format='%h %s' 2>/dev/null | cut -c1-100) (+$(git -C "$ROOT" status --porcelain 2>/dev/null | wc -l) changed paths in the work tree) =="
STAMP="$(date +%Y%m%d-%H%M%S)"
echo "== machine: $(nproc) cpus, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load average: $(cut -d' ' -f1-3 /proc/loadavg) =="
java -jar "$BENCH/jmh/target/benchmarks.jar" -rf json -rff "$BENCH/target/jmh-$STAMP.json" "$@" \
  | tee "$BENCH/target/jmh-$STAMP.txt"
echo "== load average at the end: $(cut -d' ' -f1-3 /proc/loadavg); results in bench/target/jmh-$STAMP.{txt,json} =="
