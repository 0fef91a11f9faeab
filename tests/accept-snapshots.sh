#!/usr/bin/env sh
# Accepts the snapshots the last test run received: moves every *.received.cs over its *.verified.cs.
# Review the diff first (the failing test printed it, or: git diff --no-index <verified> <received>).
set -eu
folder="$(dirname "$0")/SpecClient.Generator.Tests/Snapshots"
count=0
for received in "$folder"/*.received.cs; do
  [ -e "$received" ] || continue
  mv "$received" "${received%.received.cs}.verified.cs"
  count=$((count + 1))
done
echo "Accepted $count snapshot(s) in $folder"
