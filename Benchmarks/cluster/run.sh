#!/usr/bin/env bash
# Cluster proof (issue 9): three `stempel serve` instances on one PostgreSQL behind nginx, comments
# and decisions sent to all of them at once, one instance killed with SIGKILL halfway; then checks
# that nothing acknowledged was lost or stored twice, every decision was applied once, the feeds
# agree on every instance, and no source was polled by two instances at once
# (Benchmarks/cluster/cluster.py says exactly what is checked). Exits 1 with the violations.
#
#   Benchmarks/cluster/run.sh                  # 60 s of load, debug build (built here)
#   QUICK=1 Benchmarks/cluster/run.sh          # 16 s of load (what .ci/run runs)
#   STEMPEL_BIN=.build/release/stempel DURATION=120 Benchmarks/cluster/run.sh
#   INSTANCES=2 NO_NGINX=1 Benchmarks/cluster/run.sh
#
# PostgreSQL: with STEMPEL_TEST_POSTGRES_URL set (Tests/postgres/start.sh, as .ci/run does) a new
# database is created on that server and dropped afterwards; otherwise a throwaway cluster is
# started and stopped. nginx (Debian's nginx or nginx-light) is used when installed, with
# docs/nginx/stempel.conf. Logs (each instance, nginx, the feed server, result.json) stay in
# the temporary directory printed at the start; it is removed after a run that passed unless KEEP=1.
set -euo pipefail
cd "$(dirname "$0")/../.."

duration=${DURATION:-60}
[[ -n ${QUICK:-} ]] && duration=16
instances=${INSTANCES:-3}
work=$(mktemp -d /tmp/stempel-cluster.XXXXXX)
chmod 755 "$work"
echo "cluster proof: logs in $work"

stempel=${STEMPEL_BIN:-}
if [[ -z $stempel ]]; then
    swift build --product stempel >"$work/build.log" 2>&1 || { tail -40 "$work/build.log" >&2; exit 1; }
    stempel=$(swift build --show-bin-path)/stempel
fi

started_postgres=
cleanup() {
    local status=$?
    if [[ -n ${database_name:-} && -n ${admin_url:-} ]]; then
        psql "$admin_url" -X -q -c "DROP DATABASE IF EXISTS $database_name WITH (FORCE)" >/dev/null 2>&1 || true
    fi
    [[ -n $started_postgres ]] && Tests/postgres/stop.sh "$STEMPEL_TEST_POSTGRES_DIR" >/dev/null 2>&1
    if [[ $status -eq 0 && -z ${KEEP:-} ]]; then rm -rf "$work"; else echo "cluster proof: logs kept in $work"; fi
}
trap cleanup EXIT

if [[ -z ${STEMPEL_TEST_POSTGRES_URL:-} ]]; then
    eval "$(Tests/postgres/start.sh)"
    started_postgres=1
fi
admin_url=$STEMPEL_TEST_POSTGRES_URL
database_name=cluster_$(date +%s)_$$
psql "$admin_url" -X -q -c "CREATE DATABASE $database_name" >/dev/null
database=${admin_url%/*}/$database_name

nginx=()
if [[ -z ${NO_NGINX:-} ]] && command -v nginx >/dev/null; then
    nginx=(--nginx "$(command -v nginx)")
elif [[ -z ${NO_NGINX:-} ]]; then
    echo "cluster proof: nginx is not installed (apt-get install nginx-light); the load goes to the instances directly" >&2
fi

python3 Benchmarks/cluster/cluster.py --binary "$stempel" --database "$database" --work "$work" \
    --instances "$instances" --duration "$duration" "${nginx[@]}"
