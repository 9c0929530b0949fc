#!/usr/bin/env bash
# Replays watch --stop-early on recorded run folders (e.g. the accuracy corpus): when the live
# heap's confidence sequence would have stopped each run, next to its recorded verdict.
# Usage: bench/early-stop-replay.sh RUNS_DIR   (e.g. bench/accuracy/runs/<id>)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:?usage: bench/early-stop-replay.sh RUNS_DIR}"
mvn -B -q -o -pl analyzer -am package -DskipTests -Dspotless.check.skip=true
java -cp analyzer/target/test-classes:analyzer/target/analyzer.jar \
  dev.leakhunt.analyzer.verdict.EarlyStopReplay "$runs"/*/
