#!/usr/bin/env bash
# What Native Memory Tracking costs the shop's throughput, in one run: a shop without NMT, one with
# -XX:NativeMemoryTracking=summary, and the same while its summary is read over JMX every second;
# ratios per round (alternating order) and the time of one summary call. Needs wrk.
# Also: the same shop without NMT while its C heap is trimmed (System.trim_native_heap, which the
# analyzer sends before every rss read) every TRIM_MS, and the time of one trim.
# Usage: bench/nmt-cost.sh      Env: ROUNDS (4), WRK_SECONDS (10), SAMPLE_MS (1000), TRIM_MS (5000), URL_PATH (/products/7)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "nmt-cost: wrk not found; install it (apt-get install -y wrk)" >&2; exit 2; }
[[ -f target-app/target/target-app.jar ]] || mvn -B -q -pl target-app -am package -DskipTests
exec java -Drounds="${ROUNDS:-4}" -DwrkSeconds="${WRK_SECONDS:-10}" -DsampleMs="${SAMPLE_MS:-1000}" -DtrimMs="${TRIM_MS:-5000}" \
  -Dpath="${URL_PATH:-/products/7}" bench/NmtCost.java target-app/target/target-app.jar
