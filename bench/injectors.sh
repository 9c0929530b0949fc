#!/usr/bin/env bash
# Shopper arrivals/s achieved by 1 and by 2 local injectors (Gatling processes started by
# `soak load --injectors N`, each at 1/N of the rate) against one fresh shop on loopback, per
# arrival rate, without think time. Per run it prints the shoppers planned and arrived (the
# simulation counts each arrival; their sum over the injectors), arrivals/s over the planned
# injection time, the requests/s the shop served (from its /stats, over the same time), the merged
# client p99 and the failed requests (from the merged response-time logs, `soak merge-load`).
# Needs the built jars (mvn -B -DskipTests package).
#
#   bench/injectors.sh [SECONDS] [RATE...]      default: 30 s at 400 800 1600 shoppers/s
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-30}"; shift || true
rates=("${@:-400 800 1600}")
read -r -a rates <<< "${rates[*]}"
ramp=5
out="target/bench/injectors"
rm -rf "$out"
mkdir -p "$out"
for jar in target-app/target/target-app.jar soak-run/target/soak.jar simulations/target/gatling-classpath.txt; do
  [[ -f "$jar" ]] || { echo "injectors: $jar missing; build first: mvn -B -DskipTests package" >&2; exit 2; }
done

requests_total() { # sum of requestsByStatus in /stats
  curl -s "$1/stats" | python3 -c 'import json,sys; print(sum(json.load(sys.stdin)["requestsByStatus"].values()))'
}

printf '%-11s %-10s %-9s %-9s %-12s %-11s %-9s %-8s\n' \
  "shoppers/s" "injectors" "planned" "arrived" "arrivals/s" "shop req/s" "p99 ms" "failed"
for rate in "${rates[@]}"; do
  for injectors in 1 2; do
    run="$out/$rate-x$injectors"
    mkdir -p "$run"
    java -Xmx512m -jar target-app/target/target-app.jar --host 127.0.0.1 --port 0 --cart-ttl 30s > "$run/shop.log" 2>&1 &
    shop_pid=$!
    for _ in $(seq 1 300); do grep -q '^READY' "$run/shop.log" && break; sleep 0.2; done
    base="http://$(grep -o 'http=[^ ]*' "$run/shop.log" | cut -d= -f2)"
    before=$(requests_total "$base")
    java -jar soak-run/target/soak.jar load --base-url "$base" --out "$run/load" --injectors "$injectors" \
      --profile soak --rate "$rate" --ramp "${ramp}s" --duration "${seconds}s" --think-time 0ms \
      --slo-p99-ms 60000 --slo-max-error-percent 100 > "$run/load.log" 2>&1 || true
    after=$(requests_total "$base")
    kill "$shop_pid"; wait "$shop_pid" 2>/dev/null || true
    java -jar soak-run/target/soak.jar merge-load --out "$run/merged" "$run"/load/injector-* > "$run/merge.log" 2>&1
    python3 - "$run" "$rate" "$injectors" "$seconds" "$ramp" "$before" "$after" <<'PY'
import json, sys
run, rate, injectors, seconds, ramp, before, after = sys.argv[1:]
rate, seconds, ramp = float(rate), int(seconds), int(ramp)
summary = json.load(open(f"{run}/merged/gatling-summary.json"))
latency = json.load(open(f"{run}/merged/client-latency.json"))
runs = [json.load(open(f"{run}/load/injector-{i}/gatling-summary.json")) for i in range(1, int(injectors) + 1)]
# Injection from the first start to the planned end: the ramp from 1/s and the steady rate.
planned = (1 + rate) / 2 * ramp + rate * seconds
arrived = summary["counts"]["shoppersArrived"]
window = ramp + seconds
shop_rps = (int(after) - int(before)) / window
print(f"{rate:<11.0f} {injectors:<10} {planned:<9.0f} {arrived:<9} {arrived / window:<12.1f} "
      f"{shop_rps:<11.0f} {latency['p99Ms']:<9} {latency['failedRequests']}")
PY
  done
done
echo "(arrivals/s and shop req/s are over the planned injection time, ${ramp} s ramp + ${seconds} s; the shop's count also holds the requests of journeys still running after it)"
