#!/usr/bin/env bash
# Measures the default thresholds' detection and false-alarm rates over seeded synthetic series
# (10-minute runs, 2 min warm-up): per scenario, the share of seeds judged FAIL at each leak rate.
# Usage: bench/calibrate.sh [seeds]   (default 1000; about 40 s on 2 cores)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -pl analyzer -am test-compile
mvn -B -q -o -pl analyzer dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
java -Dseeds="${1:-1000}" -cp "analyzer/target/classes:analyzer/target/test-classes:$(cat analyzer/target/bench.classpath)" \
  dev.leakhunt.analyzer.verdict.DetectionCalibration
