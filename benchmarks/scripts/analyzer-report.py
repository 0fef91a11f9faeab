#!/usr/bin/env python3
"""Reads `dotnet build -v n -p:ReportAnalyzer=true` logs for build-timings.sh (COLD=1).

analyzer-report.py CONSUMER STATE WALL_SECONDS LOG  -> TSV rows: consumer, state, wall, kind, name, seconds
analyzer-report.py --summarize TSV                   -> medians per consumer and state, as a Markdown table
"""
import re
import statistics
import sys
from collections import OrderedDict, defaultdict


def rows_of(consumer, state, wall, log):
    kind = None
    seen = set()
    for line in open(log, errors="replace"):
        total = re.search(r"Total (analyzer|generator) execution time: ([\d.]+) seconds", line)
        if total:
            kind = total.group(1)
            name = "(total)"
            seconds = float(total.group(2))
        elif kind is None:
            continue
        elif entry := re.match(r"^\s*(<?[\d.]+)\s+(<?\d+)\s+(\S.*)$", line.rstrip()):
            seconds = 0.0 if entry.group(1).startswith("<") else float(entry.group(1))
            # An assembly line ("Microsoft.CodeAnalysis.NetAnalyzers, Version=...") or one analyzer/generator type.
            name = entry.group(3).split(", Version=")[0].strip()
        else:
            # The table's header and blank lines (between assemblies, before the header) go on; any other line ends it.
            if line.strip() and not line.strip().startswith("Time (s)"):
                kind = None
            continue

        # csc prints the report once per compile; a project compiles once here.
        if (kind, name) not in seen:
            seen.add((kind, name))
            yield (consumer, state, wall, kind, name, seconds)
    yield (consumer, state, wall, "build", "(wall)", float(wall))


def summarize(path):
    values = defaultdict(list)
    order = OrderedDict()
    for line in open(path):
        consumer, state, _, kind, name, seconds = line.rstrip("\n").split("\t")
        values[(consumer, state, kind, name)].append(float(seconds))
        order[(consumer, kind, name)] = None
    print("| consumer | what | cold median s (runs) | warm median s (runs) |")
    print("|---|---|---:|---:|")
    for consumer, kind, name in order:
        cold = values.get((consumer, "cold", kind, name), [])
        warm = values.get((consumer, "warm", kind, name), [])
        top = max(cold + warm + [0])
        if name not in ("(total)", "(wall)") and top < 0.05:
            continue
        fmt = lambda v: f"{statistics.median(v):.2f} ({len(v)})" if v else ""
        print(f"| {consumer} | {kind}: {name} | {fmt(cold)} | {fmt(warm)} |")


if __name__ == "__main__":
    if sys.argv[1] == "--summarize":
        summarize(sys.argv[2])
    else:
        for row in rows_of(*sys.argv[1:5]):
            print("\t".join(str(x) for x in row))
