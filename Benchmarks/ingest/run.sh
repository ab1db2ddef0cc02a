#!/usr/bin/env bash
# Ingestion benchmark: the 170 real feeds of ../shared/corpus/feeds/realworld, served from four
# loopback addresses (127.0.0.1-4, so that the poller's one-fetch-per-host rule still lets four
# fetches run at once), subscribed as trusted sources, polled twice with `stempel source poll
# --all`: the first cycle stores everything, the second gets 304 Not Modified for every feed.
# Prints, per cycle, what `source poll` measures in-process (wall time, feeds/s, CPU time of the
# cycle) and the process's wall time and peak memory from GNU time; docs/performance.md records
# the results.
#
#   Benchmarks/ingest/run.sh
#   SHARED=/path/to/shared Benchmarks/ingest/run.sh
#
# Serves the feeds with nginx (apt-get install nginx-light: ETag, Last-Modified and 304 in C, so
# that the numbers are Stempel's rather than the file server's), else with python3's http.server
# (Last-Modified and 304 only, and slower per request). Needs GNU time (/usr/bin/time) and curl.
# Traffic stays on 127.0.0.0/8.
set -euo pipefail
cd "$(dirname "$0")/../.."
shared=${SHARED:-../shared}
feeds="$shared/corpus/feeds/realworld"
port=${FEED_PORT:-18470}
work=$(mktemp -d)
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

[[ -d $feeds ]] || { echo "no feeds at $feeds (set SHARED)" >&2; exit 1; }
[[ -x /usr/bin/time ]] || { echo "GNU time is not installed (apt-get install time)" >&2; exit 1; }
swift build -c release --product stempel >/dev/null
stempel=.build/release/stempel

if command -v nginx >/dev/null; then
    server=nginx
    cat >"$work/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 256; }
http {
    access_log off;
    default_type application/xml;
    server {
        listen 127.0.0.1:$port; listen 127.0.0.2:$port; listen 127.0.0.3:$port; listen 127.0.0.4:$port;
        root $(cd "$feeds" && pwd);
    }
}
CONF
    nginx -p "$work" -c "$work/nginx.conf" -g 'daemon off;' &
    pids+=($!)
else
    server="python3 http.server"
    for host in 1 2 3 4; do
        python3 -m http.server "$port" --bind "127.0.0.$host" --directory "$feeds" >/dev/null 2>&1 &
        pids+=($!)
    done
fi
for host in 1 2 3 4; do
    for _ in $(seq 1 50); do curl -sf -o /dev/null "http://127.0.0.$host:$port/" && break; sleep 0.1; done
done

db="$work/stempel.sqlite"
index=0
for file in "$feeds"/*; do
    host=$((index % 4 + 1))
    $stempel source add --database "$db" --trusted --no-comments --name "$(basename "$file")" \
        "http://127.0.0.$host:$port/$(basename "$file")" >/dev/null
    index=$((index + 1))
done
echo "subscribed $index sources on 4 loopback hosts, served by $server"

cycle() { # name
    /usr/bin/time -f '%e %M' -o "$work/time" \
        $stempel source poll --all --allow-private-networks --database "$db" --log-level error >"$work/out"
    local summary wall rss
    summary=$(tail -1 "$work/out")
    read -r wall rss <"$work/time"
    printf '%-7s %s\n        process: %s s wall, %s MiB peak RSS\n' "$1" "$summary" "$wall" "$((rss / 1024))"
}
cycle first
cycle second
/usr/bin/time -f '%M' -o "$work/time" $stempel source list --database "$db" >/dev/null
echo "baseline: $(($(cat "$work/time") / 1024)) MiB peak RSS for stempel source list on the same database"
echo "columns stored: $(sqlite3 "$db" 'SELECT COUNT(*) FROM columns' 2>/dev/null || echo '(sqlite3 not installed)')"
