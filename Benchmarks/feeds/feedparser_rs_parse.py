#!/usr/bin/env python3
"""Parses feed files with feedparser-rs (PyPI feedparser-rs, a Rust parser that also sanitizes),
the peer that Benchmarks/feeds/run.sh times beside `stempel feed inspect`.

    feedparser_rs_parse.py FILE...            # parse, print nothing (timed as a whole process)
    feedparser_rs_parse.py --report FILE...   # also print in-process parse time and entry counts
"""
import sys
import time

import feedparser_rs

report = sys.argv[1] == "--report"
files = sys.argv[2:] if report else sys.argv[1:]
total_bytes = 0
total_seconds = 0.0
bozo = 0
for path in files:
    with open(path, "rb") as handle:
        data = handle.read()
    started = time.perf_counter()
    result = feedparser_rs.parse(data)
    total_seconds += time.perf_counter() - started
    total_bytes += len(data)
    bozo += bool(result.bozo)
    if report and len(files) == 1:
        print(f"{path}: {len(result.entries)} entries, bozo={result.bozo}")
if report:
    print(f"feedparser-rs in-process: {total_bytes / 1e6:.1f} MB in {total_seconds * 1000:.0f} ms "
          f"= {total_bytes / 1e6 / total_seconds:.0f} MB/s; {bozo} of {len(files)} files bozo")
