#!/usr/bin/env bash
# Records the accuracy corpus: every workload of workloads.tsv, several seeds, each a real JVM
# (-Xmx512m, JMX agent on a loopback port) watched by `analyzer watch` with the defaults
# (only --jmx, --duration and --out are given). 30-minute jobs start first.
#
#   bench/accuracy/record.sh                 # the full corpus, 8 jobs at a time
#   PARALLEL=4 SEEDS="1 2 3" bench/accuracy/record.sh
#   WORKLOADS="heap-linear-60,clean-churn" SEEDS=1 DURATION=3m bench/accuracy/record.sh   # smoke only
#
# Environment: ANALYZER_JAR (default analyzer/target/analyzer.jar, built when missing), PARALLEL
# (8), SEEDS ("1 2"), WORKLOADS (comma-separated names, default all), DURATION (overrides every
# job's duration: smoke tests only, the corpus's figures are for 10m and 30m), RUN_ID (folder
# name under runs/, default the date and time), ANALYZER_JAVA_OPTS (-Xmx768m). Experiments only
# (the corpus's figures are for the defaults): WORKLOAD_JAVA_OPTS (added to each workload's JVM,
# e.g. -XX:NativeMemoryTracking=summary) and WATCH_OPTS (added to each `watch`, e.g. --no-jfr).
# Output: bench/accuracy/runs/RUN_ID/<workload>-s<seed>-<duration>/ holding the analyzer's files,
# truth.properties (the manifest row), truth.tsv (what the workload held, every 5 s),
# workload.log, watch.out, watch.err, watch.rc; progress lines in runs/RUN_ID/progress.log.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
TREE="$(cd "$HERE/../.." && pwd)"
MANIFEST="$HERE/workloads.tsv"
PARALLEL="${PARALLEL:-8}"
SEEDS="${SEEDS:-1 2}"
WORKLOADS="${WORKLOADS:-}"
DURATION="${DURATION:-}"
RUN_ID="${RUN_ID:-$(date +%Y-%m-%d-%H%M)}"
ANALYZER_JAR="${ANALYZER_JAR:-$TREE/analyzer/target/analyzer.jar}"
ANALYZER_JAVA_OPTS="${ANALYZER_JAVA_OPTS:--Xmx768m}"
WORKLOAD_JAVA_OPTS="${WORKLOAD_JAVA_OPTS:-}"
WATCH_OPTS="${WATCH_OPTS:-}"
RUNS="$HERE/runs/$RUN_ID"
CLASSES="$RUNS/classes" # per recording: a second recording must not pull classes from under the first

die() { echo "record.sh: $*" >&2; exit 2; }
log() { echo "$(date +%H:%M:%S) $*" | tee -a "$RUNS/progress.log"; }

[[ "$PARALLEL" =~ ^[1-9][0-9]*$ ]] || die "PARALLEL must be a positive integer (got '$PARALLEL')"
command -v java >/dev/null && command -v javac >/dev/null || die "java and javac are needed on PATH"
command -v python3 >/dev/null || die "python3 is needed (free ports, line numbers)"

seconds_of() { # 10m -> 600, 90s -> 90, 1h -> 3600
  local d="$1"
  case "$d" in
    *h) echo $(( ${d%h} * 3600 )) ;;
    *m) echo $(( ${d%m} * 60 )) ;;
    *s) echo "${d%s}" ;;
    *) die "duration '$d' needs a unit: 3m, 90s, 1h" ;;
  esac
}
[[ -z "$DURATION" ]] || seconds_of "$DURATION" >/dev/null

# --- the analyzer --------------------------------------------------------------------------------
if [[ ! -f "$ANALYZER_JAR" ]]; then
  echo "record.sh: building $ANALYZER_JAR" >&2
  (cd "$TREE" && { mvn -B -q -o -pl analyzer -am package -DskipTests \
    || mvn -B -q -pl analyzer -am package -DskipTests; }) || die "analyzer build failed"
fi
[[ -f "$ANALYZER_JAR" ]] || die "no analyzer jar at $ANALYZER_JAR"
[[ ! -e "$RUNS" ]] || die "$RUNS exists already: choose another RUN_ID"
mkdir -p "$RUNS"
# The queue runs for over an hour: work from a copy, so a rebuild of the tree does not change it.
cp "$ANALYZER_JAR" "$RUNS/analyzer.jar"
{
  echo "analyzerJar=$ANALYZER_JAR"
  echo "commit=$(git -C "$TREE" rev-parse HEAD 2>/dev/null || echo unknown)"
  echo "dirty=$(git -C "$TREE" status --porcelain 2>/dev/null | grep -c . || true)"
  echo "parallel=$PARALLEL"
  echo "seeds=$SEEDS"
  echo "durationOverride=$DURATION"
  echo "workloadJavaOpts=$WORKLOAD_JAVA_OPTS"
  echo "watchOpts=$WATCH_OPTS"
  echo "started=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
} > "$RUNS/recording.properties"
ANALYZER_JAR="$RUNS/analyzer.jar"

# --- Groovy, for the metaspace workload (the version the project pins) --------------------------
GROOVY_VERSION="$(sed -n 's:.*<groovy.version>\(.*\)</groovy.version>.*:\1:p' "$TREE/pom.xml" | head -1)"
GROOVY_JAR="$HOME/.m2/repository/org/apache/groovy/groovy/$GROOVY_VERSION/groovy-$GROOVY_VERSION.jar"
if [[ ! -f "$GROOVY_JAR" ]]; then
  echo "record.sh: fetching groovy $GROOVY_VERSION" >&2
  (cd "$TREE" && mvn -B -q dependency:get -Dartifact="org.apache.groovy:groovy:$GROOVY_VERSION" -Dtransitive=false) \
    || die "cannot get groovy $GROOVY_VERSION"
fi

# --- the workloads -------------------------------------------------------------------------------
mkdir -p "$CLASSES"
javac -nowarn -d "$CLASSES" -cp "$GROOVY_JAR" $(find "$HERE/workloads" -name '*.java') \
  || die "workloads do not compile"
CLASSPATH_RUN="$CLASSES:$GROOVY_JAR"

# The line of the // LEAK-SITE marker in the source of main class $1: the frame to be named.
leak_line() {
  local source="$HERE/workloads/${1//.//}.java"
  grep -n 'LEAK-SITE' "$source" 2>/dev/null | head -1 | cut -d: -f1 || true
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

# --- one job: start the workload, watch it, stop it ---------------------------------------------
run_job() {
  local name="$1" main="$2" args="$3" seed="$4" duration="$5" row="$6"
  local dir="$RUNS/$name-s$seed-$duration"
  local dur_s; dur_s="$(seconds_of "$duration")"
  local workload_pid="" watch_pid=""
  mkdir -p "$dir"
  # shellcheck disable=SC2317  # invoked by trap
  stop_job() {
    [[ -n "$watch_pid" ]] && kill -TERM "$watch_pid" 2>/dev/null || true
    if [[ -n "$workload_pid" ]]; then
      kill -TERM "$workload_pid" 2>/dev/null || true
      for _ in $(seq 1 40); do kill -0 "$workload_pid" 2>/dev/null || break; sleep 0.5; done
      kill -KILL "$workload_pid" 2>/dev/null || true
    fi
  }
  trap 'stop_job; exit 143' TERM INT
  {
    echo "$row" | awk -F'\t' '{
      split("name main args kind tier resource nominalPerHour owner frame duration", keys, " ")
      for (i = 1; i <= 10; i++) print keys[i] "=" ($i == "-" ? "" : $i)
    }'
    local line=""
    [[ "$main" == "-" ]] || line="$(leak_line "$main")"
    echo "frameLine=$line"
    echo "seed=$seed"
    echo "recordedDuration=$duration"
    echo "analyzerJar=$(basename "$ANALYZER_JAR")"
  } > "$dir/truth.properties"

  local attempt port ready=no
  for attempt in 1 2 3; do
    port="$(free_port)"
    local wargs=()
    [[ "$args" == "-" ]] || read -r -a wargs <<< "$args"
    # shellcheck disable=SC2086  # options are words on purpose
    java -Xmx512m $WORKLOAD_JAVA_OPTS \
      -Dcom.sun.management.jmxremote.port="$port" -Dcom.sun.management.jmxremote.rmi.port="$port" \
      -Dcom.sun.management.jmxremote.host=127.0.0.1 -Djava.rmi.server.hostname=127.0.0.1 \
      -Dcom.sun.management.jmxremote.authenticate=false -Dcom.sun.management.jmxremote.ssl=false \
      -Dcorpus.truth="$dir/truth.tsv" -Dcorpus.lifeSeconds=$(( dur_s + 600 )) \
      -cp "$CLASSPATH_RUN" "$main" "$seed" "${wargs[@]}" > "$dir/workload.log" 2>&1 &
    workload_pid=$!
    for _ in $(seq 1 240); do # at most 120 s to print READY
      grep -q '^READY' "$dir/workload.log" 2>/dev/null && { ready=yes; break; }
      kill -0 "$workload_pid" 2>/dev/null || break
      sleep 0.5
    done
    [[ "$ready" == yes ]] && break
    stop_job; workload_pid=""
    echo "attempt $attempt: workload not ready on port $port" >> "$dir/watch.err"
  done
  if [[ "$ready" != yes ]]; then
    echo 2 > "$dir/watch.rc"
    log "FAILED-TO-START $name s$seed $duration"
    return 0
  fi
  echo "$port" > "$dir/jmx.port"

  # The watch is bounded by its own --duration; timeout is the backstop for a hung analyzer.
  timeout --kill-after=30 $(( dur_s + 900 )) \
    java $ANALYZER_JAVA_OPTS -jar "$ANALYZER_JAR" watch --jmx "127.0.0.1:$port" --duration "$duration" --out "$dir" $WATCH_OPTS \
    > "$dir/watch.out" 2>> "$dir/watch.err" &
  watch_pid=$!
  local rc=0
  wait "$watch_pid" || rc=$?
  watch_pid=""
  echo "$rc" > "$dir/watch.rc"
  stop_job
  workload_pid=""
  log "done $name s$seed $duration rc=$rc $(grep -m1 '^VERDICT' "$dir/watch.out" | cut -c1-150 || true)"
}

# --- the queue: 30-minute jobs first, then the rest, PARALLEL at a time -------------------------
jobs_file="$RUNS/jobs.tsv"
: > "$jobs_file"
while IFS=$'\t' read -r name main args kind tier resource nominal owner frame duration; do
  [[ -z "$name" || "$name" == \#* || "$name" == name ]] && continue
  if [[ -n "$WORKLOADS" && ",$WORKLOADS," != *",$name,"* ]]; then continue; fi
  row="$name	$main	$args	$kind	$tier	$resource	$nominal	$owner	$frame	$duration"
  d="${DURATION:-$duration}"
  for seed in $SEEDS; do
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$(seconds_of "$d")" "$name" "$main" "$args" "$seed" "$d" >> "$jobs_file"
    printf '%s\n' "$row" >> "$jobs_file.rows"
  done
done < "$MANIFEST"
total="$(wc -l < "$jobs_file")"
(( total > 0 )) || die "no workload matched WORKLOADS='$WORKLOADS'"

declare -a CHILDREN=()
cleanup() {
  local pid
  for pid in "${CHILDREN[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${CHILDREN[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap 'log "stopped by signal"; cleanup; exit 143' TERM INT
trap 'cleanup' EXIT

log "recording $total jobs, $PARALLEL at a time, into $RUNS"
# Order: longest first, then manifest order (stable sort keeps it).
paste "$jobs_file" "$jobs_file.rows" | sort -t$'\t' -k1,1nr -s > "$RUNS/queue.tsv"
started=0
while IFS=$'\t' read -r _ name main args seed d rname rmain rargs rkind rtier rresource rnominal rowner rframe rduration; do
  row="$rname	$rmain	$rargs	$rkind	$rtier	$rresource	$rnominal	$rowner	$rframe	$rduration"
  while (( $(jobs -rp | wc -l) >= PARALLEL )); do
    wait -n || true
  done
  started=$(( started + 1 ))
  log "start $started/$total $name s$seed $d"
  run_job "$name" "$main" "$args" "$seed" "$d" "$row" < /dev/null &
  CHILDREN+=("$!")
done < "$RUNS/queue.tsv"
wait || true
log "all $total jobs finished: $RUNS"
