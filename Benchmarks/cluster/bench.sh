#!/usr/bin/env bash
# Comment intake with 1, 2 and 3 instances on one PostgreSQL, and with one instance on SQLite,
# in one run: wrk posts comments (Benchmarks/post.lua, the default rule set, every 201 a committed
# row) through nginx (docs/nginx/stempel.conf with this run's ports) for DURATION at each of
# CONNECTIONS. Prints one table with requests/s, p50, p99 and the load average; docs/performance.md
# records the results.
#
#   Benchmarks/cluster/bench.sh                                  # the release build (built here)
#   STEMPEL_BIN=.build/debug/stempel Benchmarks/cluster/bench.sh # another binary, not rebuilt
#   DURATION=20 CONNECTIONS="16 64" Benchmarks/cluster/bench.sh
#
# PostgreSQL is a throwaway cluster (Tests/postgres/start.sh) with fsync on, so that
# a 201 is as durable as on SQLite (synchronous=FULL); each configuration gets a new database.
# Needs wrk, nginx, curl and psql. Traffic stays on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/../.."

duration=${DURATION:-10}
connections=${CONNECTIONS:-16 64}
work=$(mktemp -d /tmp/stempel-bench-cluster.XXXXXX)
chmod 755 "$work"
pids=()
nginx_pid=
stop_all() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    pids=()
    if [[ -n $nginx_pid ]]; then kill "$nginx_pid" 2>/dev/null || true; wait "$nginx_pid" 2>/dev/null || true; nginx_pid=; fi
}
cleanup() {
    stop_all
    [[ -n ${STEMPEL_TEST_POSTGRES_DIR:-} ]] && Tests/postgres/stop.sh "$STEMPEL_TEST_POSTGRES_DIR" >/dev/null 2>&1
    rm -rf "$work"
}
trap cleanup EXIT

for tool in wrk nginx curl psql; do
    command -v $tool >/dev/null || { echo "$tool is not installed" >&2; exit 1; }
done
stempel=${STEMPEL_BIN:-.build/release/stempel}
[[ -n ${STEMPEL_BIN:-} ]] || swift build -c release --product stempel >/dev/null

unset STEMPEL_TEST_POSTGRES_URL
eval "$(STEMPEL_POSTGRES_FSYNC=on Tests/postgres/start.sh)"
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }

nginx_port=$(free_port)
cat >"$work/stempel.yaml" <<EOF
server:
  trusted_proxies: [127.0.0.1]
site:
  base_url: http://127.0.0.1:$nginx_port
ingestion:
  sources_file: null
EOF

start_nginx() { # ports...
    local upstreams="" port
    for port in "$@"; do upstreams+="    server 127.0.0.1:$port max_fails=1 fail_timeout=5s;\n"; done
    grep -v '^    server 127.0.0.1:' docs/nginx/stempel.conf |
        sed -e "s|^upstream stempel {|upstream stempel {\n$upstreams|" -e "s|listen 80;|listen 127.0.0.1:$nginx_port;|" >"$work/stempel.conf"
    mkdir -p "$work/nginx-temp"
    {
        [[ $(id -u) -eq 0 ]] && echo "user root;"
        cat <<EOF
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $work/nginx-temp/body; proxy_temp_path $work/nginx-temp/proxy; fastcgi_temp_path $work/nginx-temp/fastcgi;
    uwsgi_temp_path $work/nginx-temp/uwsgi; scgi_temp_path $work/nginx-temp/scgi;
    include $work/stempel.conf;
}
EOF
    } >"$work/nginx.conf"
    nginx -p "$work" -c "$work/nginx.conf" -g "daemon off;" &
    nginx_pid=$!
}

wait_ready() { # port
    for _ in $(seq 1 300); do curl -sf -o /dev/null "http://127.0.0.1:$1/readyz" && return 0; sleep 0.1; done
    echo "nothing ready on port $1" >&2
    exit 1
}

measure() { # name instances database
    local name=$1 count=$2 database=$3 ports=() port n line conns requests errors p50 p99 seconds rate stored
    for n in $(seq 1 "$count"); do
        port=$(free_port)
        ports+=("$port")
        STEMPEL_RATE_LIMITS=off "$stempel" serve --port "$port" --database "$database" --config "$work/stempel.yaml" --log-level warning \
            >>"$work/$name.log" 2>&1 &
        pids+=($!)
    done
    for port in "${ports[@]}"; do wait_ready "$port"; done
    start_nginx "${ports[@]}"
    wait_ready "$nginx_port"
    slug=$(curl -sf "http://127.0.0.1:$nginx_port/api/v1/columns" | python3 -c 'import json,sys; print(json.load(sys.stdin)["columns"][0]["slug"])')
    for conns in $connections; do
        line=$(TARGET=stempel SLUG=$slug wrk -t2 -c"$conns" -d"${duration}s" -s Benchmarks/post.lua "http://127.0.0.1:$nginx_port" | tail -1)
        read -r requests errors p50 p99 < <(echo "$line" | sed -E 's/requests ([0-9]+), errors ([0-9]+), p50 ([0-9.]+) ms, p99 ([0-9.]+) ms/\1 \2 \3 \4/')
        rate=$(echo "$requests / $duration" | bc -l)
        printf '%-12s %2s instances %4s conns  %7.0f comments/s  p50 %7.1f ms  p99 %7.1f ms  errors %-5s load %s\n' \
            "$name" "$count" "$conns" "$rate" "$p50" "$p99" "$errors" "$(cut -d' ' -f1-3 /proc/loadavg)"
    done
    if [[ $database == postgres* ]]; then
        stored=$(psql "$database" -X -A -t -c "SELECT COUNT(*) FROM comments WHERE author_name LIKE 'Lezer %'")
    else
        stored=$(python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("SELECT COUNT(*) FROM comments WHERE author_name LIKE '"'"'Lezer %'"'"'").fetchone()[0])' "$database")
    fi
    echo "             $stored comments stored"
    stop_all
}

echo "binary: $stempel ($(file -b "$stempel" | cut -d, -f1-2)); through nginx ($(nginx -v 2>&1 | cut -d/ -f2)), wrk -t2, ${duration} s per run"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -r); PostgreSQL $(psql "$STEMPEL_TEST_POSTGRES_URL" -X -A -t -c 'SHOW server_version') fsync=$(psql "$STEMPEL_TEST_POSTGRES_URL" -X -A -t -c 'SHOW fsync')"
measure sqlite 1 "$work/stempel.sqlite"
for count in 1 2 3; do
    db=bench_$count
    psql "$STEMPEL_TEST_POSTGRES_URL" -X -q -c "CREATE DATABASE $db" >/dev/null
    "$stempel" migrate --database "${STEMPEL_TEST_POSTGRES_URL%/*}/$db" >/dev/null
    measure postgresql "$count" "${STEMPEL_TEST_POSTGRES_URL%/*}/$db"
done
