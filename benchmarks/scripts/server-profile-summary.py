#!/usr/bin/env python3
"""Where a compiler server's busy time went during one build, from a dotnet-trace speedscope file.

Reads the evented profile `dotnet-trace convert --format Speedscope` writes for a `dotnet-sampled-thread-time` trace
of VBCSCompiler. A thread counts as busy in a sample when its stack ends in CPU_TIME (managed code running); samples
of waiting threads (UNMANAGED_CODE_TIME) are left out. Each busy sample goes to the first of these parts found on its
stack, searched in this order (a GC pause is counted as GC whoever triggered it):

  GC pause        Thread.PollGC: the thread is stopped for a garbage collection
  spinning        a running thread that waits (SpinWait, a semaphore or wait handle): no work done
  analyzers       AnalyzerDriver / AnalyzerExecutor (operation trees built for them included)
  generators      GeneratorDriver (the generator and the parse of its output)
  method bodies   MethodCompiler.CompileMethod / CompileSynthesizedMethods (bind, lower, emit IL)
  declarations    ForceComplete / GetDeclarationDiagnostics (members, base types, attributes)
  PE and PDB      Compilation.SerializeToPeStream (metadata, IL and PDB writing, embedded texts)
  other           the rest

Usage: server-profile-summary.py TRACE.speedscope.json [TOP_FRAMES]
Prints a Markdown table of the parts (busy seconds and share) and, with TOP_FRAMES, the busiest leaf frames.
"""
import collections
import json
import sys

PARTS = [
    ("GC pause", ("PollGC",)),
    ("spinning", ()),
    ("analyzers", ("Diagnostics.AnalyzerDriver", "Diagnostics.AnalyzerExecutor")),
    ("generators", ("GeneratorDriver",)),
    ("method bodies", ("MethodCompiler.CompileMethod", "MethodCompiler.CompileSynthesizedMethods")),
    ("declarations", ("ForceComplete", "GetSourceDeclarationDiagnostics")),
    ("PE and PDB", ("SerializeToPeStream", "SerializePeToStream")),
]

SPINNING = ("SpinWait", "LowLevelLifoSemaphore.Wait", "WaitOneNoCheck", "ManualResetEventSlim.Wait")


def main() -> None:
    path = sys.argv[1]
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    profile = json.load(open(path))
    names = [frame["name"] for frame in profile["shared"]["frames"]]
    part_of_frame = []
    for name in names:
        # The method's own name, without its parameter list (which can name other parts' types).
        method = name.split("(")[0]
        part = next((label for label, marks in PARTS if any(mark in method for mark in marks)), None)
        part_of_frame.append(part)

    parts = collections.Counter()
    leaves = collections.Counter()
    busy = 0.0
    for thread in profile["profiles"]:
        stack = []
        last = None
        for event in thread.get("events", []):
            at = event["at"]
            if last is not None and len(stack) > 1 and names[stack[-1]] == "CPU_TIME":
                spent = at - last
                busy += spent
                leaf = names[stack[-2]].split("!")[-1].split("(")[0]
                found = {part_of_frame[frame] for frame in stack if part_of_frame[frame]}
                if any(mark in leaf for mark in SPINNING) and "GC pause" not in found:
                    found.add("spinning")
                parts[next((label for label, _ in PARTS if label in found), "other")] += spent
                leaves[leaf] += spent
            last = at
            if event["type"] == "O":
                stack.append(event["frame"])
            elif stack:
                stack.pop()

    unit = profile["profiles"][0].get("unit", "milliseconds") if profile["profiles"] else "milliseconds"
    to_seconds = 1.0 if unit == "seconds" else 0.001
    print(f"busy thread time: {busy * to_seconds:.2f} s (threads running managed code, summed over threads)")
    print()
    print("| part | busy s | share |")
    print("|---|---:|---:|")
    for label in [label for label, _ in PARTS] + ["other"]:
        print(f"| {label} | {parts[label] * to_seconds:.2f} | {100 * parts[label] / busy if busy else 0:.1f} % |")
    if top:
        print()
        print("| busiest leaf frames | share |")
        print("|---|---:|")
        for name, spent in leaves.most_common(top):
            print(f"| `{name[-90:]}` | {100 * spent / busy:.1f} % |")


if __name__ == "__main__":
    main()
