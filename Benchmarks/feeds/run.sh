#!/usr/bin/env bash
# Feed parsing benchmark: times `stempel feed inspect FILE...` (release build, sanitizing on) as a
# whole process beside feedparser-rs (PyPI feedparser-rs, parsing the same files in one Python
# process) with hyperfine, on bigfeed.py's 9,000-entry RSS and Atom files and on the 170 real
# feeds of ../shared/corpus/feeds/realworld. Prints hyperfine's tables, MB/s and ratios, peak
# memory, and how many real feeds had problems. docs/performance.md records the results.
#
#   Benchmarks/feeds/run.sh
#   RUNS=20 Benchmarks/feeds/run.sh
#
# Needs hyperfine (apt-get install hyperfine) and python3; feedparser-rs is installed into a
# virtual environment under ~/.cache on first use.
set -euo pipefail
cd "$(dirname "$0")/../.."
shared=${SHARED:-../shared}
runs=${RUNS:-10}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
venv=${FEEDPARSER_RS_VENV:-${XDG_CACHE_HOME:-$HOME/.cache}/stempel-feedparser-rs}

command -v hyperfine >/dev/null || { echo "hyperfine is not installed (apt-get install hyperfine)" >&2; exit 1; }
if [[ ! -x $venv/bin/python ]] || ! "$venv/bin/python" -c 'import feedparser_rs' 2>/dev/null; then
  python3 -m venv "$venv" && "$venv/bin/pip" install -q feedparser-rs
fi
swift build -c release --product stempel >/dev/null
stempel=.build/release/stempel
# The bigfeed files are 21-23 MB; ingestion's default cap is 10 MiB, so the cap is raised here.
inspect="$stempel feed inspect --max-input-bytes 33554432"
peer="$venv/bin/python Benchmarks/feeds/feedparser_rs_parse.py"

python3 "$shared/tools/bigfeed.py" 9000 rss >"$work/big.rss"
python3 "$shared/tools/bigfeed.py" 9000 atom >"$work/big.atom"
realworld=("$shared"/corpus/feeds/realworld/*)

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GB;" \
  "$(swift --version 2>/dev/null | head -1)"
"$venv/bin/python" -c 'import importlib.metadata as m; print("feedparser-rs", m.version("feedparser-rs"))'

megabytes() { du -cb "$@" | tail -1 | awk '{printf "%.2f", $1 / 1e6}'; }

compare() { # name files...
  local name=$1; shift
  local size; size=$(megabytes "$@")
  hyperfine -N --warmup 2 --runs "$runs" --export-json "$work/$name.json" \
    -n stempel "$inspect $*" -n feedparser-rs "$peer $*" >/dev/null
  python3 - "$work/$name.json" "$name" "$size" <<'PY'
import json, sys
results = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
name, size = sys.argv[2], float(sys.argv[3])
s, p = results["stempel"], results["feedparser-rs"]
print(f"{name:10} {size:7.2f} MB  stempel {s['mean']*1000:7.1f} ms ± {s['stddev']*1000:4.1f}  {size/s['mean']:6.1f} MB/s   "
      f"feedparser-rs {p['mean']*1000:7.1f} ms ± {p['stddev']*1000:4.1f}  {size/p['mean']:6.1f} MB/s   ratio {p['mean']/s['mean']:.2f}x")
PY
}

echo
echo "whole process, mean of $runs runs (ratio = feedparser-rs time / stempel time):"
compare rss "$work/big.rss"
compare atom "$work/big.atom"
compare realworld "${realworld[@]}"

echo
echo "feedparser-rs without Python's start-up (timed inside the process):"
$peer --report "$work/big.rss" | tail -1
$peer --report "$work/big.atom" | tail -1
$peer --report "${realworld[@]}" | tail -1

echo
echo "peak memory (max RSS):"
for file in "$work/big.rss" "$work/big.atom"; do
  /usr/bin/time -f "  stempel       $(basename "$file"): %M KB" $inspect "$file" >/dev/null
  /usr/bin/time -f "  feedparser-rs $(basename "$file"): %M KB" $peer "$file" >/dev/null
done

echo
$inspect "${realworld[@]}" >"$work/summary" 2>"$work/errors" || true
echo "real-world feeds: $(grep -c '^well-formed: no' "$work/summary") of ${#realworld[@]} read in recovery mode," \
  "$(grep -c '^problems:   [1-9]' "$work/summary") with problems listed, $(wc -l <"$work/errors") not readable as feeds"
sed 's/^/  /' "$work/errors"
