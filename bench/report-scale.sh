#!/usr/bin/env bash
# Time and peak memory of `analyzer report` on synthetic runs at 1 Hz (about 37 rows a second, as a
# real watch of a G1 JVM writes): 1 hour, 24 hours and 7 days by default, with the analyzer's -Xmx256m
# (XMX=64m bench/report-scale.sh 168 shows the bound: the same 7 days in a quarter of the heap).
# Peak memory is the process's maximum resident set size from /usr/bin/time -v when installed,
# else the JVM's own peak heap use printed with -Xlog:gc+heap+exit.
# Usage: bench/report-scale.sh [hours...]   (default 1 24 168; the 7-day file is 955 MB)
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f analyzer/target/analyzer.jar ] || mvn -B -q -pl analyzer -am package -DskipTests
work=analyzer/target/bench-report-scale
mkdir -p "$work"
for hours in "${@:-1 24 168}"; do
  for h in $hours; do
    dir="$work/run-${h}h"
    rm -rf "$dir"
    java bench/SyntheticRun.java "$dir" "$h"
    size=$(du -h "$dir/samples.csv" | cut -f1)
    lines=$(wc -l < "$dir/samples.csv")
    cmd=(java "-Xmx${XMX:-256m}" -jar analyzer/target/analyzer.jar report "$dir")
    start=$(date +%s.%N)
    if [ -x /usr/bin/time ]; then
      /usr/bin/time -v "${cmd[@]}" > "$dir/report.out" 2> "$dir/report.time" || true
      code=$(awk -F': ' '/Exit status/ {print $2}' "$dir/report.time")
      peak="$(awk -F': ' '/Maximum resident set size/ {printf "%.0f MiB RSS", $2/1024}' "$dir/report.time")"
    else
      "${cmd[@]}" > "$dir/report.out" 2> "$dir/report.time" || true
      peak="n/a (no /usr/bin/time)"
    fi
    took=$(echo "$(date +%s.%N) - $start" | bc)
    verdict=$(head -c 60 "$dir/report.out")
    printf '%5s h: %s lines (%s), report %.1f s, peak %s, -Xmx%s, exit %s: %s\n' \
      "$h" "$lines" "$size" "$took" "$peak" "${XMX:-256m}" "${code:-?}" "$verdict"
  done
done
