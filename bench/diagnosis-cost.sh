#!/usr/bin/env bash
# What the analyzer's diagnosis costs the target: class histogram, JFR old-object recording (stop
# with paths to GC roots, stream back), heap dump on a ~200 MB live heap, and the request rate of
# the shop under wrk with and without old-object sampling. Prints figures and ratios of one run.
# The last part loads two clean shops in turn, before and while a whole `analyzer watch` of one runs.
# Needs: JDK 17, Maven, wrk (apt-get install -y wrk). Options via env: LIVE_MB, WRK_SECONDS, ROUNDS,
# PARTS (heap,jfr,watch: which parts to run), SETTLE_SECONDS (40: from a watch's start to the load's),
# WATCH_ARGS (added to the watch, e.g. "--live-probe off" or "--no-jfr" to price one part).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }
mvn -B -q -pl target-app,analyzer -am package -DskipTests
exec java -DliveMb="${LIVE_MB:-200}" -DwrkSeconds="${WRK_SECONDS:-10}" -Drounds="${ROUNDS:-4}" \
  -Dparts="${PARTS:-heap,jfr,watch}" -DsettleSeconds="${SETTLE_SECONDS:-40}" \
  -DwatchArgs="${WATCH_ARGS:-}" -cp analyzer/target/analyzer.jar bench/DiagnosisCost.java \
  target-app/target/target-app.jar analyzer/target/analyzer.jar
