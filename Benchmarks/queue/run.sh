#!/usr/bin/env bash
# Moderation queue benchmark (issue 6, "Numbers"): a release `stempel bench queue` fills its own
# temporary database with 10,000 held comments (judged by the default rules) beside 20,000
# approved ones, then times
#
#   - every page of the queue, 50 per page, oldest first with cursor paging, from the store and
#     through GET /api/v1/queue on loopback (HTTP, authentication and JSON included);
#   - bulk spam decisions on 500 comments, one transaction each (learning included), from the
#     store and through POST /api/v1/decisions;
#
# and prints median, p99 and max. The targets: under 20 ms per page, under 1 s per bulk decision.
#
#   Benchmarks/queue/run.sh
#   Benchmarks/queue/run.sh --held 20000 --bulk 1000     # any `stempel bench queue` option
#
# docs/performance.md records the results.
set -euo pipefail
cd "$(dirname "$0")/../.."
swift build -c release --product stempel >/dev/null
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GB;" \
  "$(swift --version 2>/dev/null | head -1)"
exec .build/release/stempel bench queue --log-level error "$@"
