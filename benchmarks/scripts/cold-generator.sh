#!/usr/bin/env bash
# The generator's cold run from the packed package: IL against ReadyToRun (issue 23). Packs SpecClient.Generator and
# SpecClient.Runtime with a unique version into a folder feed, restores one consumer of SPEC from it (a console
# project with a PackageReference, its own NUGET_PACKAGES), then builds it PAIRS times each way, alternating, after a
# user-code edit, every build in a fresh compiler (-p:UseSharedCompilation=false: the generator's first run, as on CI
# or the first build after the compiler server starts): -p:SpecClientReadyToRun=false (the IL assemblies of
# analyzers/dotnet/cs) and the default (the package's r2r/<rid>/ images). -p:ReportAnalyzer=true gives the
# generator's seconds (analyzer-report.py); the wall time is the whole `dotnet build`.
# With PACK_ROUNDS=N (default 0) it also times N alternated packs of the generator from a clean artifacts folder,
# without the ReadyToRun step (-p:SpecClientReadyToRunRuntimeIdentifiers=, the package as before it) and with it,
# and prints both packages' sizes.
# Usage: benchmarks/scripts/cold-generator.sh [openai.yaml]   (PAIRS=3, SPECCLIENT_CORPUS=../shared/corpus)
# Everything goes under benchmarks/obj-generated/cold-generator/ (git-ignored); results in its report.md.
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
corpus="${SPECCLIENT_CORPUS:-$(cd "$repo/.." && pwd)/shared/corpus}"
spec="${1:-openai.yaml}"
pairs="${PAIRS:-3}"
out="${OUT_DIR:-$repo/benchmarks/obj-generated/cold-generator}"
. "$here/projects.sh"
command -v bc >/dev/null || { echo "bc is needed: apt-get install -y bc" >&2; exit 1; }
seconds() { echo "($2 - $1) / 1000000000" | bc -l | xargs printf '%.2f'; }

rm -rf "$out"; mkdir -p "$out/consumer"
echo '<Project />' > "$out/Directory.Build.props"
echo '<Project />' > "$out/Directory.Build.targets"
report="$out/report.md"; : > "$report"

version="0.1.0-cold.$(date +%s)"
pack_packages "$repo" "$out" "$version" || exit 1
package="$out/feed/SpecClient.Generator.$version.nupkg"
echo "package: $(basename "$package"), $(stat -c %s "$package") bytes" | tee -a "$report"

if [ "${PACK_ROUNDS:-0}" -gt 0 ]; then
  for ((r = 0; r < PACK_ROUNDS; r++)); do
    for variant in il r2r; do
      # il: -p:SpecClientReadyToRunRuntimeIdentifiers= (empty) skips the ReadyToRun step, the package as it was before it.
      rids=(); [ $variant = il ] && rids=(-p:SpecClientReadyToRunRuntimeIdentifiers=)
      rm -rf "$out/pack-$variant"
      t0=$(date +%s%N)
      dotnet pack "$repo/src/Generator/Generator.csproj" -c Release -nologo -v q -o "$out/pack-$variant/feed" \
        --artifacts-path "$out/pack-$variant/artifacts" -p:ContinuousIntegrationBuild=true "${rids[@]}" >/dev/null || exit 1
      t1=$(date +%s%N)
      echo "pack $variant (clean artifacts): $(seconds "$t0" "$t1") s, $(stat -c %s "$out/pack-$variant"/feed/*.nupkg) bytes" | tee -a "$report"
    done
  done
fi

c="$out/consumer"
feed_nuget_config "$out/feed" > "$c/nuget.config"
sdk_project Exe "  <ItemGroup>
    <PackageReference Include=\"SpecClient.Generator\" Version=\"$version\" />
    <OpenApiClient Include=\"spec.yaml\" ClassName=\"BenchClient\" Namespace=\"Bench.Api\" />
  </ItemGroup>" > "$c/ColdConsumer.csproj"
cp "$corpus/$spec" "$c/spec.yaml"
echo 'Console.WriteLine(typeof(Bench.Api.BenchClient));' > "$c/Program.cs"
export NUGET_PACKAGES="$out/nuget-packages"
(cd "$c" && dotnet build -nologo -v q > "$out/first-build.log" 2>&1) || { echo "first build failed: $out/first-build.log" >&2; exit 1; }

tsv="$out/cold.tsv"; : > "$tsv"
for ((r = 0; r < pairs; r++)); do
  for variant in il r2r; do
    echo "// edit $(date +%s%N)" >> "$c/Program.cs"
    switch=""; [ $variant = il ] && switch="-p:SpecClientReadyToRun=false"
    log="$out/$variant-$r.log"
    t0=$(date +%s%N)
    (cd "$c" && dotnet build --no-restore -nologo -v d -clp:NoSummary -p:UseSharedCompilation=false -p:ReportAnalyzer=true $switch > "$log" 2>&1) || { echo "build failed: $log" >&2; exit 1; }
    t1=$(date +%s%N)
    # The Analyzer items the compiler got: the package's IL folder or its r2r/<rid>/ folder.
    grep -q "specclient.generator/$version/r2r/" "$log" && loaded=r2r || loaded=il
    [ "$loaded" = "$variant" ] || { echo "$variant build loaded the $loaded assemblies: $log" >&2; exit 1; }
    python3 "$here/analyzer-report.py" "specclient-$variant" cold "$(seconds "$t0" "$t1")" "$log" >> "$tsv"
    printf '%s %d: generator %s s, build %s s\n' "$variant" "$r" \
      "$(grep -P '\tSpecClient.Generator.SpecClientGenerator\t' "$tsv" | tail -1 | cut -f6)" "$(seconds "$t0" "$t1")" | tee -a "$report"
  done
done
python3 "$here/analyzer-report.py" --summarize "$tsv" | tee -a "$report"
