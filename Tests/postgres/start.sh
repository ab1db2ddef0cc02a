#!/usr/bin/env bash
# Starts a throwaway PostgreSQL 15 cluster for the store tests and prints the variables to use it.
#
#   eval "$(Tests/postgres/start.sh)"     # exports STEMPEL_TEST_POSTGRES_URL and STEMPEL_TEST_POSTGRES_DIR
#   swift test --filter StorageTests
#   Tests/postgres/stop.sh                # stops the cluster and removes its directory
#
# The cluster lives in a temporary directory, listens on 127.0.0.1 only, on a free port, with
# `trust` authentication: for tests on this machine, never for data. initdb refuses to run as
# root, so as root the cluster runs as the `postgres` user (or `nobody` when there is none).
set -euo pipefail

bin=${STEMPEL_POSTGRES_BIN:-}
if [[ -z "$bin" ]]; then
    for candidate in /usr/lib/postgresql/*/bin; do
        [[ -x "$candidate/initdb" ]] && bin=$candidate
    done
fi
if [[ -z "$bin" || ! -x "$bin/initdb" ]]; then
    echo "start.sh: no PostgreSQL server found (install postgresql-15 or set STEMPEL_POSTGRES_BIN)" >&2
    exit 1
fi

dir=$(mktemp -d /tmp/stempel-postgres.XXXXXX)
chmod 755 "$dir"
as_owner=()
if [[ $(id -u) -eq 0 ]]; then
    owner=postgres
    id "$owner" >/dev/null 2>&1 || owner=nobody
    chown "$owner" "$dir"
    as_owner=(runuser -u "$owner" --)
fi

# A free port: ask the kernel for one, then hand it to the server (a race with another process
# taking it in between makes pg_ctl fail, and this script with it).
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')

"${as_owner[@]}" "$bin/initdb" --pgdata="$dir/data" --username=stempel --auth=trust --encoding=UTF8 --locale=C.UTF-8 \
    >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
# Tests only: no fsync (a crash loses the cluster, which is thrown away anyway; a benchmark sets
# STEMPEL_POSTGRES_FSYNC=on to measure durable commits); enough connections for test suites that
# run in parallel, each with its own pool.
"${as_owner[@]}" "$bin/pg_ctl" --pgdata="$dir/data" --log="$dir/server.log" --wait --timeout=60 \
    -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c fsync=${STEMPEL_POSTGRES_FSYNC:-off} -c max_connections=300" \
    start >&2 || { cat "$dir/server.log" >&2; exit 1; }

echo "export STEMPEL_TEST_POSTGRES_URL=postgres://stempel@127.0.0.1:$port/postgres"
echo "export STEMPEL_TEST_POSTGRES_DIR=$dir"
echo "export STEMPEL_POSTGRES_BIN=$bin"
