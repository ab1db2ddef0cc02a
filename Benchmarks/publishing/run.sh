#!/usr/bin/env bash
# Publishing benchmark (issue 7): a release `stempel bench feeds` serves 1,000 published columns
# with 20,000 approved comments, plus a fixed 1 KB response at /bench/fixed-1k. wrk on loopback
# measures, in one run and on the same server:
#
#   fixed     GET /bench/fixed-1k                              the baseline
#   atom      GET /feeds/columns.atom (cached, 50 entries)       plain, as wrk sends no Accept-Encoding
#   atom-gz   the same with Accept-Encoding: gzip               what feed readers send
#   304       the same with If-None-Match: <its ETag>           a conditional poll
#
# and prints requests/s, p99 latency and each ratio to the baseline. Before serving, the command
# prints how long /feeds/columns.atom takes to rebuild after a moderator's decision.
#
#   Benchmarks/publishing/run.sh
#   DURATION=20s CONNECTIONS=64 Benchmarks/publishing/run.sh
#
# Needs wrk (apt-get install wrk). docs/performance.md records the results.
set -euo pipefail
cd "$(dirname "$0")/../.."
duration=${DURATION:-10s}
connections=${CONNECTIONS:-64}
port=${PORT:-8097}
work=$(mktemp -d)
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }
swift build -c release --product stempel >/dev/null
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GB;" \
  "$(swift --version 2>/dev/null | head -1)"

# wrk from one address is the point here, not an abuser: no rate limits.
STEMPEL_RATE_LIMITS=off .build/release/stempel bench feeds --database "$work/feeds.sqlite" --port "$port" --log-level error >"$work/server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 600); do
  grep -q '^serving' "$work/server.log" 2>/dev/null && break
  sleep 0.5
done
grep -q '^serving' "$work/server.log" || { cat "$work/server.log" >&2; exit 1; }
grep '^rebuild' "$work/server.log"

base=http://127.0.0.1:$port
etag=$(curl -s -o /dev/null -D - "$base/feeds/columns.atom" | awk -F': ' 'tolower($1) == "etag" {print $2}' | tr -d '\r')
echo "columns.atom: $(curl -s "$base/feeds/columns.atom" | wc -c) bytes, $(curl -s -H 'Accept-Encoding: gzip' "$base/feeds/columns.atom" | wc -c) gzipped"

measure() { # name, then wrk's extra arguments and the URL
  local name=$1
  shift
  wrk -t2 -c"$connections" -d"$duration" --latency "$@" >"$work/$name.txt"
  local rps p99
  rps=$(awk '/^Requests\/sec/ {print $2}' "$work/$name.txt")
  p99=$(awk '$1 == "99%" {print $2}' "$work/$name.txt")
  printf '%-8s %12s req/s   p99 %s\n' "$name" "$rps" "$p99"
  echo "$rps" >"$work/$name.rps"
}
wrk -t2 -c"$connections" -d2s "$base/feeds/columns.atom" >/dev/null  # warm up
measure fixed "$base/bench/fixed-1k"
measure atom "$base/feeds/columns.atom"
measure atom-gz -H 'Accept-Encoding: gzip' "$base/feeds/columns.atom"
measure 304 -H "If-None-Match: $etag" "$base/feeds/columns.atom"
measure fixed2 "$base/bench/fixed-1k"  # the baseline again: how noisy was this run?

fixed=$(cat "$work/fixed.rps" "$work/fixed2.rps" | awk '{sum += $1} END {print sum / NR}')
for name in atom atom-gz 304; do
  awk -v n="$name" -v r="$(cat "$work/$name.rps")" -v f="$fixed" 'BEGIN {printf "%-8s %.2f x the fixed 1 KB response\n", n, r / f}'
done
