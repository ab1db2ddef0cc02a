#!/usr/bin/env bash
# Runs each libFuzzer target for SECONDS (default 45) from the seed corpus in Fuzz/Corpus/,
# after Fuzz/build.sh. New inputs go to a scratch folder, crashes to Fuzz/.build/crashes/; any
# crash, leak or timeout fails the run. Prints each target's executions.
#
#   Fuzz/run.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-45}
shift || true
targets=("$@")
((${#targets[@]})) || targets=(feed-parser html-sanitizer comment-decoding)
mkdir -p Fuzz/.build/crashes
status=0
for target in "${targets[@]}"; do
    scratch=$(mktemp -d)
    log=Fuzz/.build/$target.log
    # -timeout: one input taking longer is a hang; -rss_limit_mb bounds memory blow-ups. Leak
    # detection is off: the Swift runtime keeps metadata caches for the life of the process.
    if ! ASAN_OPTIONS=detect_leaks=0 "Fuzz/.build/$target" "$scratch" "Fuzz/Corpus/$target" -max_total_time="$seconds" \
        -timeout=10 -rss_limit_mb=2048 -max_len=65536 -artifact_prefix="Fuzz/.build/crashes/$target-" -print_final_stats=1 \
        >"$log" 2>&1; then
        status=1
        echo "$target: FAILED (see $log and Fuzz/.build/crashes/)" >&2
        grep -E 'ERROR|SUMMARY|Fatal error|Test unit written' "$log" | head -20 >&2
    fi
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    echo "$target: ${runs:-?} executions in ${seconds} s"
    rm -rf "$scratch"
done
exit "$status"
