#!/usr/bin/env bash
# Intake benchmark: posts comments with wrk for DURATION at 16 and 64 connections against the
# release build of Stempel (default rules, every 201 durably stored), and against Isso, the closest
# self-hosted peer, in the same run. Prints one table; docs/performance.md records the results.
#
#   Benchmarks/intake.sh                 # Stempel and Isso (needs ../shared/tools/isso-peer)
#   SKIP_ISSO=1 Benchmarks/intake.sh     # Stempel only
#   DURATION=30s Benchmarks/intake.sh
#   STEMPEL_BIN=/tmp/stempel-old Benchmarks/intake.sh   # another binary (an older build), not rebuilt
#
# Needs wrk (apt-get install wrk) and curl. Traffic stays on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${DURATION:-10s}
stempel_port=${STEMPEL_PORT:-18080}
isso_port=${ISSO_PORT:-18091}
shared=${SHARED:-../shared}
work=$(mktemp -d)
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }
stempel=${STEMPEL_BIN:-.build/release/stempel}
[[ -n ${STEMPEL_BIN:-} ]] || swift build -c release --product stempel >/dev/null
# One client posting thousands a second is the point here, not an abuser: no rate limits.
STEMPEL_RATE_LIMITS=off "$stempel" serve --port "$stempel_port" --database "$work/stempel.sqlite" --log-level warning &
pids+=($!)
for _ in $(seq 1 100); do curl -sf -o /dev/null "http://127.0.0.1:$stempel_port/healthz" && break; sleep 0.1; done
slug=$(curl -sf "http://127.0.0.1:$stempel_port/api/v1/columns" | python3 -c 'import json,sys; print(json.load(sys.stdin)["columns"][0]["slug"])')

run() { # name url target
    local name=$1 url=$2 target=$3 connections line
    for connections in 16 64; do
        line=$(TARGET=$target SLUG=$slug wrk -t2 -c"$connections" -d"$duration" -s Benchmarks/post.lua "$url" | tail -1)
        # line: requests N, errors E, p50 X ms, p99 Y ms
        read -r requests errors p50 p99 < <(echo "$line" | sed -E 's/requests ([0-9]+), errors ([0-9]+), p50 ([0-9.]+) ms, p99 ([0-9.]+) ms/\1 \2 \3 \4/')
        seconds=${duration%s}
        printf '%-8s %4s conns  %8.0f comments/s  p50 %6.1f ms  p99 %6.1f ms  errors %s\n' \
            "$name" "$connections" "$(echo "$requests / $seconds" | bc -l)" "$p50" "$p99" "$errors"
        echo "$name $connections $(echo "$requests / $seconds" | bc -l) $p50 $p99 $errors" >>"$work/results"
    done
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -r)"
run stempel "http://127.0.0.1:$stempel_port" stempel
stored=$(sqlite3 "$work/stempel.sqlite" "SELECT COUNT(*) FROM comments" 2>/dev/null || echo "?")
echo "stempel: $stored comments stored (every 201 is a committed row; synchronous=FULL)"

if [[ -z ${SKIP_ISSO:-} && -x $shared/tools/isso-peer/start ]]; then
    isso_pid=$("$shared/tools/isso-peer/start" "$isso_port" "$work/isso")
    pids+=("$isso_pid")
    run isso "http://127.0.0.1:$isso_port" isso
    kill "$isso_pid" 2>/dev/null || true
    awk '$1=="stempel"{s[$2]=$3} $1=="isso"{i[$2]=$3} END {for (c in s) if (i[c] > 0) printf "ratio at %s conns: Stempel %.1fx Isso\n", c, s[c]/i[c]}' "$work/results"
else
    echo "isso: skipped (set SHARED to the folder holding tools/isso-peer, or unset SKIP_ISSO)"
fi
