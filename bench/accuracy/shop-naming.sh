#!/usr/bin/env bash
# Records the naming of the sample shop's leak scenarios: each job is one `soak` run on loopback
# (the embedded shop with one scenario on, real Gatling shoppers, the analyzer with its defaults),
# and its analyzer/ folder gets a truth.properties, so score.py scores it as a corpus run:
#
#   bench/accuracy/shop-naming.sh
#   python3 bench/accuracy/score.py --no-rejudge bench/accuracy/runs/<RUN_ID>
#
# unreleased-buffers is left out: a lost pooled buffer is held by no object on the heap, so there
# is no owner to name (it fails on rss.native; see analyzer/DIAGNOSIS.md).
#
# Environment: SCENARIOS (space-separated, default the five scenarios that have an owner); SEEDS
# ("1 2 3", only names the jobs: the shoppers' randomness is Gatling's); PARALLEL (2: each job is
# three JVMs); DURATION (steady load after a 20 s ramp and 1 min of warm-up; default 7m for the
# heap's scenarios, whose 20 s probes need 16 buckets after the warm-up (3m left both INCONCLUSIVE
# for too little data), 3m for the others, judged on 5 s samples); AMPLIFY (1: what `./soak --leak S` does); RUN_ID (default
# shop-naming-<date and time>). The jars must be built (`mvn -B -DskipTests package`); the jobs
# run from a copy of what `soak --project-dir` needs, so a rebuild of the tree during the
# recording does not change them.
# Output: bench/accuracy/runs/RUN_ID/shop-<scenario>-s<seed>/<timestamp>/ (the soak's run folder),
# with analyzer/truth.properties; soak.out, soak.err, soak.rc beside the timestamp folder.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
TREE="$(cd "$HERE/../.." && pwd)"
SHOP_SOURCES="$TREE/target-app/src/main/java/dev/leakhunt/shop"
SCENARIOS="${SCENARIOS:-abandoned-carts recently-viewed stuck-threads class-per-request unclosed-gzip}"
SEEDS="${SEEDS:-1 2 3}"
PARALLEL="${PARALLEL:-2}"
DURATION="${DURATION:-}"
AMPLIFY="${AMPLIFY:-1}"
RUN_ID="${RUN_ID:-shop-naming-$(date +%Y-%m-%d-%H%M)}"
RUNS="$HERE/runs/$RUN_ID"

die() { echo "shop-naming.sh: $*" >&2; exit 2; }
log() { echo "$(date +%H:%M:%S) $*" | tee -a "$RUNS/progress.log"; }

[[ "$PARALLEL" =~ ^[1-9][0-9]*$ ]] || die "PARALLEL must be a positive integer (got '$PARALLEL')"
BUILT=(soak-run/target/soak.jar analyzer/target/analyzer.jar target-app/target/target-app.jar
  simulations/target/gatling-classpath.txt simulations/target/test-classes)
for built in "${BUILT[@]}"; do
  [[ -e "$TREE/$built" ]] || die "no $built: run 'mvn -B -DskipTests package' first"
done
[[ ! -e "$RUNS" ]] || die "$RUNS exists already: choose another RUN_ID"

# The line holding $2 in the shop's source $1 (relative to dev/leakhunt/shop): the line to be named.
line_of() {
  local line
  line="$(grep -nF -- "$2" "$SHOP_SOURCES/$1" | head -1 | cut -d: -f1)"
  [[ -n "$line" ]] || die "'$2' is no longer in $1: update the truth table"
  echo "$line"
}

# scenario -> resource, owner (what the top suspect must name), frame (Class.method), line.
truth_of() {
  local shop=dev.leakhunt.shop
  case "$1" in
    abandoned-carts)
      echo "heap.live $shop.cart.Cart $shop.cart.CartStore.create $(line_of cart/CartStore.java 'new Cart(')" ;;
    recently-viewed)
      echo "heap.live $shop.leaks.RecentlyViewedEntry $shop.leaks.RecentlyViewedTracker.recordView $(line_of leaks/RecentlyViewedTracker.java 'VIEWS_BY_VISITOR.put(')" ;;
    stuck-threads)
      echo "threads.live order-confirmation- $shop.leaks.OrderConfirmationSender.accept $(line_of leaks/OrderConfirmationSender.java 'sender.start()')" ;;
    class-per-request)
      echo "classes.loaded $shop.leaks.TemplateClassLoader $shop.leaks.TemplateClassLoader.defineTemplateClass $(line_of leaks/TemplateClassLoader.java 'return defineClass(')" ;;
    unclosed-gzip)
      echo "rss.native java.util.zip.Deflater $shop.leaks.ReceiptArchive.archive $(line_of leaks/ReceiptArchive.java 'GZIPOutputStream gzip = new GZIPOutputStream(compressed);')" ;;
    *) die "unknown scenario '$1'" ;;
  esac
}

mkdir -p "$RUNS"
{
  echo "commit=$(git -C "$TREE" rev-parse HEAD 2>/dev/null || echo unknown)"
  echo "dirty=$(git -C "$TREE" status --porcelain 2>/dev/null | grep -c . || true)"
  echo "scenarios=$SCENARIOS"
  echo "seeds=$SEEDS"
  echo "parallel=$PARALLEL"
  echo "durationOverride=$DURATION"
  echo "amplify=$AMPLIFY"
  echo "started=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
} > "$RUNS/recording.properties"
PROJECT="$RUNS/project"
for built in "${BUILT[@]}"; do
  mkdir -p "$PROJECT/$(dirname "$built")"
  cp -r "$TREE/$built" "$PROJECT/$built"
done

run_job() {
  local scenario="$1" seed="$2"
  local job="$RUNS/shop-$scenario-s$seed"
  local resource owner frame line duration
  read -r resource owner frame line <<< "$(truth_of "$scenario")"
  duration="${DURATION:-$([[ "$resource" == heap.live ]] && echo 7m || echo 3m)}"
  mkdir -p "$job"
  local rc=0
  # The soak bounds itself (ramp + duration, then the analyzer's verdict); timeout is the backstop.
  timeout --kill-after=30 1800 \
    java -jar "$PROJECT/soak-run/target/soak.jar" --project-dir "$PROJECT" \
      --leak "$scenario" --leak-amplify "$AMPLIFY" --duration "$duration" --ramp 20s --warmup 1m \
      --out "$job" \
    > "$job/soak.out" 2> "$job/soak.err" || rc=$?
  echo "$rc" > "$job/soak.rc"
  local folder
  folder="$(find "$job" -mindepth 2 -maxdepth 2 -type d -name analyzer | head -1)"
  if [[ -z "$folder" ]]; then
    log "NO-RUN-FOLDER shop-$scenario s$seed rc=$rc"
    return 0
  fi
  {
    echo "name=shop-$scenario"
    echo "main=soak --leak $scenario"
    echo "kind=leak"
    echo "tier=strong"
    echo "resource=$resource"
    echo "owner=$owner"
    echo "frame=$frame"
    echo "frameLine=$line"
    echo "duration=$duration"
    echo "seed=$seed"
    echo "amplify=$AMPLIFY"
  } > "$folder/truth.properties"
  log "done shop-$scenario s$seed rc=$rc $(grep -m1 -a 'VERDICT' "$job/soak.out" | cut -c1-160 || true)"
}

declare -a CHILDREN=()
trap 'log "stopped by signal"; for p in "${CHILDREN[@]}"; do kill -TERM "$p" 2>/dev/null || true; done; exit 143' TERM INT
total=0
for seed in $SEEDS; do
  for scenario in $SCENARIOS; do
    truth_of "$scenario" > /dev/null
    total=$((total + 1))
  done
done
log "$total jobs, $PARALLEL at a time, ${DURATION:-7m (heap) or 3m} each after a 20 s ramp"
n=0
# Scenario by scenario, the heap's longer ones first, so the short ones fill the end of the queue.
for scenario in $SCENARIOS; do
  for seed in $SEEDS; do
    while (( $(jobs -rp | wc -l) >= PARALLEL )); do wait -n || true; done
    n=$((n + 1))
    log "start $n/$total shop-$scenario s$seed"
    run_job "$scenario" "$seed" &
    CHILDREN+=($!)
  done
done
wait
log "finished: python3 bench/accuracy/score.py --no-rejudge $RUNS"
