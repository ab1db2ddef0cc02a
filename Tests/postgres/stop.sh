#!/usr/bin/env bash
# Stops the cluster Tests/postgres/start.sh started and removes its directory.
#   Tests/postgres/stop.sh [DIR]      (default: $STEMPEL_TEST_POSTGRES_DIR)
set -euo pipefail
dir=${1:-${STEMPEL_TEST_POSTGRES_DIR:-}}
[[ -n "$dir" && -d "$dir/data" ]] || { echo "stop.sh: no cluster directory given" >&2; exit 1; }
bin=${STEMPEL_POSTGRES_BIN:-$(ls -d /usr/lib/postgresql/*/bin | tail -1)}
owner=$(stat -c %U "$dir/data")
as_owner=()
[[ $(id -u) -eq 0 ]] && as_owner=(runuser -u "$owner" --)
"${as_owner[@]}" "$bin/pg_ctl" --pgdata="$dir/data" --mode=fast --wait stop >/dev/null || true
rm -rf "$dir"
