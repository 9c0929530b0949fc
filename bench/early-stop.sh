#!/usr/bin/env bash
# watch --stop-early on seeded synthetic heap series monitored continuously: share of clean runs
# stopped as FAIL (white, AR(1), plateau, spikes; 10-minute and 2-hour horizons) and time from
# warm-up to the early FAIL for leaks of 30 / 60 / 300 MiB/h.
# Usage: bench/early-stop.sh [seeds]   (default 1000)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -o -pl analyzer -am test-compile -Dspotless.check.skip=true
java -Dseeds="${1:-1000}" -cp analyzer/target/classes:analyzer/target/test-classes \
  dev.leakhunt.analyzer.verdict.EarlyStopCalibration
