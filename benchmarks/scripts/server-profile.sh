#!/usr/bin/env bash
# Where the compiler server spends a daily-loop build: samples VBCSCompiler's threads with dotnet-trace while one
# `dotnet build` of a consumer project runs after an edit of its Program.cs, then splits the busy thread time into GC
# pauses, analyzers, generators, method bodies, declarations and PE/PDB writing (server-profile-summary.py).
# Usage: benchmarks/scripts/server-profile.sh CONSUMER_DIR [OUT_DIR]
#   CONSUMER_DIR: a project folder with Program.cs (e.g. one build-timings.sh made: .../openai/specclient or .../kiota)
# ROUNDS (1): profiled builds, each written to OUT_DIR/profile-N.{nettrace,speedscope.json,md}.
# SECONDS_TRACED (0:0:0:12): how long dotnet-trace samples; longer than the build.
# Needs dotnet-trace (in the repository's tool manifest: `dotnet tool restore`).
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
project="$(cd "${1:?consumer project folder}" && pwd)"
out="${2:-$repo/benchmarks/obj-generated/server-profile}"
rounds="${ROUNDS:-1}"
mkdir -p "$out"
(cd "$repo" && dotnet tool restore >/dev/null) || exit 1
trace() { (cd "$repo" && dotnet tool run dotnet-trace -- "$@"); }
build() { (cd "$project" && dotnet build -nologo -v q -clp:NoSummary -p:UseSharedCompilation=true >/dev/null); }

# Two builds first: the server starts and JIT-compiles on them, so the profiled builds are warm, as in the daily loop.
build && build || { echo "the consumer does not build" >&2; exit 1; }
server="$(pgrep -n -f VBCSCompiler)" || { echo "no compiler server is running" >&2; exit 1; }

for round in $(seq 1 "$rounds"); do
  echo "// profiled edit $(date +%s%N)" >> "$project/Program.cs"
  trace collect -p "$server" --profile dotnet-sampled-thread-time --duration "${SECONDS_TRACED:-0:0:0:12}" \
    -o "$out/profile-$round.nettrace" > "$out/trace-$round.log" 2>&1 &
  tracer=$!
  sleep 2 # the session must be attached before the build starts
  start=$(date +%s.%N)
  build
  echo "round $round: build $(echo "$(date +%s.%N) - $start" | bc) s"
  wait "$tracer"
  trace convert "$out/profile-$round.nettrace" --format Speedscope -o "$out/profile-$round" > /dev/null || exit 1
  python3 "$here/server-profile-summary.py" "$out/profile-$round.speedscope.json" 15 | tee "$out/profile-$round.md"
done
