#!/usr/bin/env bash
# Measures the pause a forced-GC live-set probe (MemoryMXBean.gc(), a full GC under G1) costs a
# target holding 100, 200 and 300 MiB live in a 512 MiB heap, against its young pauses, and what
# one probe a minute (the analyzer's default --live-probe) adds up to.
# Usage: bench/live-probe-cost.sh [probes per size]   (from the repository root)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -pl analyzer -am test-compile
java -cp analyzer/target/classes:analyzer/target/test-classes \
  dev.leakhunt.analyzer.sampler.LiveProbeCostBench "${1:-7}"
