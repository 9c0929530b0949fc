#!/usr/bin/env bash
# How long after sampling ended each recorded run's verdict.json was written: the end-of-run
# judgement, diagnosis (JFR saved and read, histograms, thread dumps) and reports, in seconds, from
# the files' modification times (samples.csv is closed when sampling ends; verdict.json is written
# after the diagnosis). Prints one line per run folder, then count, median, 90th percentile and max
# for failing runs (the ones diagnosed) and for the others.
#
#   bench/diagnosis-time.sh bench/accuracy/runs/<id> [more run folders or recordings...]
set -euo pipefail
[[ $# -gt 0 ]] || { echo "usage: bench/diagnosis-time.sh RUNS..." >&2; exit 2; }
for root in "$@"; do
  [[ -d "$root" ]] || { echo "diagnosis-time.sh: no folder $root" >&2; exit 2; }
  find "$root" -name verdict.json -printf '%h\n'
done | sort -u | while read -r dir; do
  [[ -f "$dir/samples.csv" ]] || continue
  sampled="$(stat -c %Y "$dir/samples.csv")"
  written="$(stat -c %Y "$dir/verdict.json")"
  outcome="$(sed -n 's/^  "outcome" : "\([A-Z]*\)".*/\1/p' "$dir/verdict.json" | head -1)"
  echo "$((written - sampled)) ${outcome:-?} ${dir#"${PWD}/"}"
done | sort -n | awk '
  { print; kind = ($2 == "FAIL") ? "failing (diagnosed)" : "not failing"; v[kind] = v[kind] " " $1 }
  END {
    for (k in v) {
      n = split(substr(v[k], 2), a, " ")
      printf "%s: %d runs, median %d s, p90 %d s, max %d s\n", k, n, a[int((n + 1) / 2)], a[int(0.9 * n + 0.999)], a[n]
    }
  }'
