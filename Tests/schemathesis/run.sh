#!/usr/bin/env bash
# Schemathesis against a live `stempel serve`: every operation in docs/openapi.yaml gets generated
# requests (valid and invalid), with an admin's bearer token and a signed-in UI session, and every
# answer must be no 5xx, a documented status and content type, and a body that fits its schema.
#
#   Tests/schemathesis/run.sh [BINARY] [MAX_EXAMPLES]
#
# Needs `schemathesis` on PATH (pip install schemathesis; .ci/run installs it). Stops the server
# it started, and leaves its report in $SCHEMATHESIS_REPORT_DIR (default: a temporary folder).
set -euo pipefail
cd "$(dirname "$0")/../.."

binary=${1:-.build/debug/stempel}
examples=${2:-100}
work=$(mktemp -d)
report=${SCHEMATHESIS_REPORT_DIR:-$work/report}
server=""
cleanup() {
    if [[ -n $server ]]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
    rm -rf "$work/db"
}
trap cleanup EXIT
mkdir -p "$work/db"

database=$work/db/stempel.sqlite
password=schemathesis-wachtwoord
token=$(printf '%s\n' "$password" | "$binary" moderator add admin --admin --database "$database" | sed -n 's/.*(shown once): //p')
[[ -n $token ]] || { echo "no API token for the admin account" >&2; exit 1; }

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
# Generated requests come fast from one address: rate limits off, or every answer is a 429.
# No sources file: nothing is polled but what the generated requests subscribe to.
STEMPEL_RATE_LIMITS=off STEMPEL_SOURCES_FILE="" STEMPEL_RULE_TIMEOUT_MS=10000 \
    "$binary" serve --port "$port" --database "$database" --log-level warning 2>"$work/server.log" &
server=$!
base=http://127.0.0.1:$port
for _ in $(seq 1 100); do
    curl -fsS "$base/readyz" >/dev/null 2>&1 && break
    kill -0 "$server" 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }
    sleep 0.2
done

# A UI session: the sign-in form sets its CSRF cookie; posting it with the password signs in.
jar=$work/cookies.txt
csrf=$(curl -fsS -c "$jar" "$base/moderate/login" | sed -n 's/.*name="csrf" value="\([^"]*\)".*/\1/p' | head -n 1)
curl -fsS -o /dev/null -b "$jar" -c "$jar" --data-urlencode "name=admin" --data-urlencode "password=$password" \
    --data-urlencode "csrf=$csrf" "$base/moderate/login"
session=$(awk '$6 == "stempel_session" { print $7 }' "$jar")
[[ -n $session ]] || { echo "signing in to the moderation UI failed" >&2; exit 1; }

status=0
spec=$PWD/docs/openapi.yaml
# One worker: with two threads, Hypothesis parsing source in both at once tripped CPython 3.11's
# parser ("AST constructor recursion depth mismatch"), a crash of the tool, not a finding.
# From the scratch folder: schemathesis keeps a cache in the working directory.
cd "$work"
schemathesis run "$spec" --url "$base" \
    --checks not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance \
    --max-examples "$examples" --seed "${SCHEMATHESIS_SEED:-20261127}" --workers 1 \
    --header "Authorization: Bearer $token" --header "Cookie: stempel_session=$session" \
    --request-timeout 20 --generation-database none --no-color --report junit --report-dir "$report" || status=$?

if grep -E '"status": ?5|request failed' "$work/server.log" >&2; then status=1; fi
echo "schemathesis report: $report"
exit "$status"
