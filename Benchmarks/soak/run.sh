#!/usr/bin/env bash
# Soak benchmark (issue 8): DURATION (default 10m) of mixed traffic against a release
# `stempel serve` on loopback with wrk: comment posts (a fifth of them shouting, so held), feed
# reads with and without If-None-Match, a column's comment feed, and moderator decisions on the
# held comments. Prints throughput, p50/p99/p99.9 latency, errors, and the server's resident
# memory at the start, in the middle and at the end.
#
#   Benchmarks/soak/run.sh
#   DURATION=1m CONNECTIONS=32 Benchmarks/soak/run.sh
#
# Needs wrk (apt-get install wrk) and curl. docs/performance.md records the results.
set -euo pipefail
cd "$(dirname "$0")/../.."
duration=${DURATION:-10m}
connections=${CONNECTIONS:-32}
port=${PORT:-8096}
work=$(mktemp -d)
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }
# STEMPEL_BIN=/tmp/stempel-old measures another binary (an older build) without building.
[[ -n ${STEMPEL_BIN:-} ]] || swift build -c release --product stempel >/dev/null
stempel=${STEMPEL_BIN:-.build/release/stempel}
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GB;" \
  "$(swift --version 2>/dev/null | head -1)"

token=$(echo 'een-lang-soak-wachtwoord' | $stempel moderator add soak --database "$work/soak.sqlite" | grep -o 'stp_[A-Za-z0-9_-]*')
# One wrk client posting thousands a second is the point here: no rate limits.
STEMPEL_RATE_LIMITS=off $stempel serve --port "$port" --database "$work/soak.sqlite" --log-level error 2>"$work/server.log" &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 100); do curl -sf -o /dev/null "http://127.0.0.1:$port/healthz" && break; sleep 0.1; done
slug=$(curl -s "http://127.0.0.1:$port/api/v1/columns" | grep -o '"slug":"[^"]*"' | head -1 | cut -d'"' -f4)
rss() { awk '/VmRSS/ {printf "%.1f MB", $2 / 1024}' "/proc/$server/status"; }

case $duration in
  *m) seconds=$(( ${duration%m} * 60 )) ;;
  *s) seconds=${duration%s} ;;
  *) echo "DURATION is minutes (10m) or seconds (90s)" >&2; exit 1 ;;
esac
# Warm up: caches filled, the first held comments decided.
SLUG=$slug TOKEN=$token wrk -t2 -c"$connections" -d10s -s Benchmarks/soak/soak.lua "http://127.0.0.1:$port" >/dev/null
echo "memory after warm-up: $(rss)"
(sleep $(( seconds / 2 )); echo "memory halfway: $(rss)") &
halfway=$!
SLUG=$slug TOKEN=$token wrk -t2 -c"$connections" -d"$duration" --latency -s Benchmarks/soak/soak.lua "http://127.0.0.1:$port" \
  | grep -E '^(requests|throughput|latency)'
wait "$halfway"
echo "memory at the end: $(rss)"
echo "rule deadlines missed (comments held for it): $(grep -c 'ran out of time' "$work/server.log" || true)"
approved=$(curl -s "http://127.0.0.1:$port/api/v1/columns" | grep -o '"comment_count":[0-9]*' | cut -d: -f2 | paste -sd+ | awk '{print}' )
echo "database: $(du -h "$work/soak.sqlite" | cut -f1); approved comments per column: $approved"
