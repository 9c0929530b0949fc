#!/usr/bin/env bash
# Measures the scatter of a forced-GC live set on this machine (G1, 512 MiB heap) under a churning
# request-like workload, clean and with a known leak, and prints the default judge's verdict.
# Usage: bench/live-set-noise.sh [seconds] [probe seconds] [leak MiB/h]   (defaults 300 5 120)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -pl analyzer -am test-compile
run() {
  java -XX:+UseG1GC -Xms512m -Xmx512m -cp analyzer/target/classes:analyzer/target/test-classes \
    dev.leakhunt.analyzer.verdict.LiveSetNoiseBench "$@"
}
run "${1:-300}" "${2:-5}" 0
run "${1:-300}" "${2:-5}" "${3:-120}"
