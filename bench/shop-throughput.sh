#!/usr/bin/env bash
# Requests/s of the shop's GET /products/{id} next to a bare Netty hello-world, measured with wrk on
# loopback in one run, and their ratio.
#
# Needs wrk (Debian/Ubuntu: apt-get install -y wrk); installs nothing itself.
# Usage: bench/shop-throughput.sh [DURATION]     (default 15s per target; plus a 5s warm-up each)
# Env:   WRK_THREADS (2), WRK_CONNECTIONS (64), SHOP_XMX (512m)
set -euo pipefail

cd "$(dirname "$0")/.."
DURATION="${1:-15s}"
THREADS="${WRK_THREADS:-2}"
CONNECTIONS="${WRK_CONNECTIONS:-64}"
XMX="${SHOP_XMX:-512m}"
JAR=target-app/target/target-app.jar
TEST_CLASSES=target-app/target/test-classes

command -v wrk >/dev/null || { echo "shop-throughput: wrk not found; install it (apt-get install -y wrk)" >&2; exit 2; }
if [[ ! -f "$JAR" || ! -d "$TEST_CLASSES/dev/leakhunt/shop/bench" ]]; then
  mvn -B -q -pl target-app -am package -DskipTests
fi

WORK="$(mktemp -d)"
PIDS=()
PORT=
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT

# start NAME COMMAND...: starts a server, waits for its READY line, sets PORT to its HTTP port.
# Runs in this shell (not in $(...)) so that PIDS reaches the cleanup trap.
start() {
  local name="$1"; shift
  "$@" >"$WORK/$name.out" 2>"$WORK/$name.err" &
  PIDS+=("$!")
  for _ in $(seq 1 100); do
    if grep -q '^READY ' "$WORK/$name.out"; then
      PORT=$(sed -n 's/^READY http=127\.0\.0\.1:\([0-9]*\).*/\1/p' "$WORK/$name.out" | head -1)
      return
    fi
    sleep 0.2
  done
  echo "shop-throughput: $name printed no READY line within 20s: $(cat "$WORK/$name.err")" >&2
  exit 1
}

# rps URL: warms up for 5s, then runs wrk for DURATION and prints requests/s.
rps() {
  wrk -t"$THREADS" -c"$CONNECTIONS" -d5s "$1" >/dev/null
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" "$1" >"$WORK/wrk.txt"
  grep -q 'Non-2xx' "$WORK/wrk.txt" && { echo "shop-throughput: non-2xx answers from $1" >&2; cat "$WORK/wrk.txt" >&2; exit 1; }
  awk '/^Requests\/sec:/ {print $2}' "$WORK/wrk.txt"
}

start shop java -Xmx"$XMX" -jar "$JAR" --port 0
SHOP_PORT=$PORT
start hello java -Xmx"$XMX" -cp "$JAR:$TEST_CLASSES" dev.leakhunt.shop.bench.HelloWorldServer 0
HELLO_PORT=$PORT

SHOP_RPS=$(rps "http://127.0.0.1:$SHOP_PORT/products/4242")
HELLO_RPS=$(rps "http://127.0.0.1:$HELLO_PORT/")

echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION on $(nproc) cores, loopback"
printf 'shop GET /products/{id}:  %12.0f req/s\n' "$SHOP_RPS"
printf 'bare Netty hello-world:   %12.0f req/s\n' "$HELLO_RPS"
awk -v s="$SHOP_RPS" -v h="$HELLO_RPS" 'BEGIN { printf "shop / hello-world ratio: %12.2f\n", s / h }'
