#!/usr/bin/env bash
# Times judging an 8-hour heap series at 1 Hz (28,800 points) and at 10 Hz (288,000 points):
# reduction to buckets, Theil-Sen with Sen's interval, Mann-Kendall with Hamed-Rao, recent half.
# Usage: bench/theil-sen.sh [repetitions]   (from the repository root; builds the analyzer's tests)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -pl analyzer -am test-compile
java -Xmx1g -cp analyzer/target/classes:analyzer/target/test-classes \
  dev.leakhunt.analyzer.verdict.JudgeBenchmark "${1:-15}"
