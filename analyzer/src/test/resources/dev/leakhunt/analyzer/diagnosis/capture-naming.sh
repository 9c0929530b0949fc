#!/usr/bin/env bash
# Captures the real outputs behind NamingOutputs: one test program watched by the analyzer with its
# defaults (its old-objects.jfr), plus class histograms taken with jcmd at the end of the warm-up and
# at the end, as the analyzer takes them. Run from analyzer/ after `mvn -o package -DskipTests`:
#   src/test/resources/dev/leakhunt/analyzer/diagnosis/capture-naming.sh NAME MAIN_CLASS [ARGS...]
# writes NAME.jfr, NAME-histogram-1.txt.gz and NAME-histogram-2.txt.gz next to this script.
set -euo pipefail
name=$1; shift
main=$1; shift
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
java -Xmx256m -XX:+UseG1GC -cp target/test-classes "$main" 100 "$@" > "$work/program.out" 2>&1 &
program=$!
trap 'kill $program 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 50); do grep -q READY "$work/program.out" 2>/dev/null && break; sleep 0.2; done
java -jar target/analyzer.jar watch --pid "$program" --duration 80s --warmup 12s --interval 1s \
  --live-probe 3s --out "$work/run" > "$work/watch.out" 2>&1 &
watcher=$!
sleep 13
jcmd "$program" GC.class_histogram | gzip -9 > "$here/$name-histogram-1.txt.gz"
sleep 62
jcmd "$program" GC.class_histogram | gzip -9 > "$here/$name-histogram-2.txt.gz"
wait $watcher || true
cp "$work/run/old-objects.jfr" "$here/$name.jfr" || { cat "$work/watch.out"; exit 1; }
tail -n 2 "$work/watch.out"
