#!/usr/bin/env bash
# Scores recorded corpus runs with ANALYZER_JAR (default analyzer/target/analyzer.jar): re-judges
# every run folder with `report` on a copy, prints the confusion matrix, rates, slope error and the
# "named right" column. See score.py and README.md.
#   bench/accuracy/score.sh bench/accuracy/runs/<id> [--markdown]
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
TREE="$(cd "$HERE/../.." && pwd)"
export ANALYZER_JAR="${ANALYZER_JAR:-$TREE/analyzer/target/analyzer.jar}"
exec python3 "$HERE/score.py" "$@"
