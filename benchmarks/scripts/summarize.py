#!/usr/bin/env python3
"""Medians per variant from build-timings.sh's TSV (label, round, exit code, seconds), with ratios to the floor."""
import statistics
import sys
from collections import OrderedDict

rows = OrderedDict()
failed = {}
for line in open(sys.argv[1]):
    label, _, rc, seconds = line.rstrip("\n").split("\t")
    rows.setdefault(label, []).append(float(seconds))
    if rc != "0":
        failed[label] = failed.get(label, 0) + 1

floor = statistics.median(rows["empty console (floor)"]) if "empty console (floor)" in rows else None
print("| variant | median s | min s | max s | runs | vs floor | minus floor s |")
print("|---|---:|---:|---:|---:|---:|---:|")
for label, values in rows.items():
    median = statistics.median(values)
    ratio = f"{median / floor:.2f}x" if floor and not label.startswith("generate only") else ""
    delta = f"{median - floor:+.2f}" if floor and not label.startswith("generate only") else ""
    note = f" ({failed[label]} runs FAILED)" if label in failed else ""
    print(f"| {label}{note} | {median:.2f} | {min(values):.2f} | {max(values):.2f} | {len(values)} | {ratio} | {delta} |")
