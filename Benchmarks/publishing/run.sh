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
# and prints requests/s, p99 latency and each ratio to the baseline. When nginx is installed, the
# same run also measures nginx (sendfile on, two workers) serving the same feed bytes and a 1 KB
# file from disk, the named peer for "how fast can these bytes leave this machine at all":
#
#   nginx-1k    GET /fixed-1k from nginx                        nginx's own baseline
#   nginx-atom  GET /columns.atom from nginx, the same 161 KB   plain, like `atom`
# Before serving, the command
# prints how long /feeds/columns.atom takes to rebuild after a moderator's decision.
#
#   Benchmarks/publishing/run.sh
#   DURATION=20s CONNECTIONS=64 Benchmarks/publishing/run.sh
#
# Needs wrk (apt-get install wrk); nginx is optional (apt-get install nginx-light). docs/performance.md records the results.
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
if command -v nginx >/dev/null; then
  mkdir -p "$work/nginx/html"
  curl -s "$base/feeds/columns.atom" >"$work/nginx/html/columns.atom"
  curl -s "$base/bench/fixed-1k" >"$work/nginx/html/fixed-1k"
  nginx_port=$((port + 1))
  cat >"$work/nginx/nginx.conf" <<CONF
worker_processes 2;
error_log $work/nginx/error.log;
pid $work/nginx/nginx.pid;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  client_body_temp_path $work/nginx;
  proxy_temp_path $work/nginx;
  fastcgi_temp_path $work/nginx;
  uwsgi_temp_path $work/nginx;
  scgi_temp_path $work/nginx;
  server { listen 127.0.0.1:$nginx_port; root $work/nginx/html; default_type application/atom+xml; }
}
CONF
  chmod a+rx "$work" "$work/nginx" "$work/nginx/html" && chmod a+r "$work/nginx/html/"*  # its workers run as nobody
  nginx -c "$work/nginx/nginx.conf"
  trap 'nginx -c "$work/nginx/nginx.conf" -s stop 2>/dev/null; kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; rm -rf "$work"' EXIT
  sleep 0.5
  served=$(curl -s "http://127.0.0.1:$nginx_port/columns.atom" | wc -c)
  [ "$served" = "$(wc -c <"$work/nginx/html/columns.atom")" ] || { echo "nginx served $served bytes, not the feed" >&2; exit 1; }
  measure nginx-1k "http://127.0.0.1:$nginx_port/fixed-1k"
  measure nginx-atom "http://127.0.0.1:$nginx_port/columns.atom"
fi

fixed=$(cat "$work/fixed.rps" "$work/fixed2.rps" | awk '{sum += $1} END {print sum / NR}')
for name in atom atom-gz 304; do
  awk -v n="$name" -v r="$(cat "$work/$name.rps")" -v f="$fixed" 'BEGIN {printf "%-8s %.2f x the fixed 1 KB response\n", n, r / f}'
done
if [ -f "$work/nginx-atom.rps" ]; then
  awk -v a="$(cat "$work/nginx-atom.rps")" -v f="$(cat "$work/nginx-1k.rps")" -v s="$(cat "$work/atom.rps")" 'BEGIN {
    printf "nginx    %.2f x its own 1 KB file for the same feed bytes\n", a / f
    printf "stempel  %.2f x nginx for the cached plain feed\n", s / a }'
fi
