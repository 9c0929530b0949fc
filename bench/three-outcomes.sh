#!/usr/bin/env bash
# The three-valued judge on seeded synthetic 10-minute heap runs: share of FAIL / PASS /
# INCONCLUSIVE per leak rate and live-set noise, p-values, interval coverage and slope error.
# Usage: bench/three-outcomes.sh [seeds]   (default 200; about 20 s on 2 cores)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -o -pl analyzer -am test-compile
mvn -B -q -o -pl analyzer dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
java -Dseeds="${1:-200}" -cp "analyzer/target/classes:analyzer/target/test-classes:$(cat analyzer/target/bench.classpath)" \
  dev.leakhunt.analyzer.verdict.ThreeOutcomeCalibration
