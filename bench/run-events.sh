#!/usr/bin/env bash
# Events benchmark: events/s delivered to a local receiver by 1 and by 3 service instances on one database (each
# event once), and the added cost of the outbox insert on the grant write path (H2 and MariaDB).
# Builds with `mvn package` in the reactor (never `install`); everything on 127.0.0.1, bounded (~3-5 min).
#
#   bench/run-events.sh                      # both parts
#   bench/run-events.sh --events=500         # fewer events per run
#   SKIP_WRITE_COST=1 bench/run-events.sh    # throughput only
set -euo pipefail
BENCH="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$BENCH")"
JAR="$ROOT/zoom-app/target/zoom-app-0.1.0-SNAPSHOT-all.jar"
mkdir -p "$BENCH/target" "$ROOT/target"
STAMP="$(date +%Y%m%d-%H%M%S)"
OUT="$BENCH/target/events-$STAMP.txt"
{
  echo "== code: $(git -C "$ROOT" log -1 --format='%h %s' | cut -c1-100); machine: $(nproc) cpus, load average: $(cut -d' ' -f1-3 /proc/loadavg) =="
  if [[ "${REBUILD:-0}" == 1 || ! -f "$JAR" ]]; then
    (cd "$ROOT" && mvn -q -B -o package -DskipTests)
  fi
  (cd "$ROOT" && java "$BENCH/events/EventsBenchmark.java" --service-jar="$JAR" "$@")
  if [[ "${SKIP_WRITE_COST:-0}" != 1 ]]; then
    (cd "$ROOT" && mvn -q -B -o verify -pl zoom-adapters-persistence -am -Dtest=OutboxWriteCostBenchmark \
      -Dsurefire.failIfNoSpecifiedTests=false 2>&1 | grep -E "ERROR" || true)
    grep -h "outbox write cost" "$ROOT"/zoom-adapters-persistence/target/surefire-reports/*OutboxWriteCostBenchmark-output.txt
  fi
} 2>&1 | tee "$OUT"
