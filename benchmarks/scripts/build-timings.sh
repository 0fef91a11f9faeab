#!/usr/bin/env bash
# Spec edit -> compiled client, whole process, with warm build servers (MSBuild node reuse, VBCSCompiler).
# For each spec: an empty console project (the floor: edit Program.cs, dotnet build), SpecClient (edit the spec,
# dotnet build: the generator runs inside the compiler), NSwag (edit the spec, nswag CLI, dotnet build) and
# Kiota (edit the spec, kiota CLI, dotnet build). Also each tool's generation alone on the spec (cold CLI process;
# for SpecClient a fresh process that runs the generator once through CSharpGeneratorDriver).
# Timed by an interleaved round-robin harness (below; medians by summarize.py): WARMUPS=2 rounds, ROUNDS=5 (RUNS) timed.
# Everything is written under benchmarks/obj-generated/ (git-ignored). Usage:
#   benchmarks/scripts/build-timings.sh [prolific|twilio-api-v2010.yaml|openai.yaml ...]
# OPERATIONS="listModels;createEmbedding" generates only those operations (the item's Operations metadata), and
# KIOTA_INCLUDE="/models#GET,/embeddings#POST" gives Kiota the same selection (--include-path, comma-separated);
# the projects then go to a folder named SPEC-selected.
# EDIT=code times the daily loop instead: the user's own Program.cs is edited and built (no spec edit, no CLI run),
# for the empty project, SpecClient's consumer and Kiota's (its output generated once, in the first builds).
# COLD=1 then adds, per consumer, COLD_ROUNDS (3) builds right after `dotnet build-server shutdown` (the first build
# after the compiler server starts, as on CI or an IDE start) and as many warm ones, each with
# -p:ReportAnalyzer=true: the analyzers' and generators' seconds go to SPEC/analyzers.md.
# BEFORE_PKG=DIR adds a second SpecClient consumer, "specclient-before", built with the packaged generator in DIR (an
# earlier commit's, made by an earlier run with PKG_DIR=DIR): before and after are timed in the same interleaved rounds.
# KIOTA_OUT=DIR copies an already generated, whole Kiota output instead of running Kiota's CLI for the first build
# (Kiota 1.38 fails on openai.yaml about two runs in three).
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
corpus="${SPECCLIENT_CORPUS:-$(cd "$repo/.." && pwd)/shared/corpus}"
out="${OUT_DIR:-$repo/benchmarks/obj-generated/build}"
# PKG_DIR: where the packaged generator is (and is built to when missing): one per commit compared.
pkg="${PKG_DIR:-$repo/benchmarks/obj-generated/pkg}"
runs="${RUNS:-5}"
specs=("$@"); [ ${#specs[@]} -eq 0 ] && specs=(prolific twilio-api-v2010.yaml openai.yaml)
. "$here/rounds.sh"
. "$here/projects.sh"
command -v bc >/dev/null || { echo "bc is needed: apt-get install -y bc" >&2; exit 1; }

cd "$repo"
dotnet tool restore >/dev/null
# SpecClient as a package consumer gets it: the generator and the assemblies it loads as analyzers, the runtime as a
# reference, the item mapping props. Built once here (Release) and copied, so edits others make under src/ meanwhile
# cannot change what is timed.
if [ ! -f "$pkg/analyzers/SpecClient.Generator.dll" ] || [ "${REBUILD_PKG:-0}" = 1 ]; then
  dotnet build src/Generator/Generator.csproj -c Release -nologo -v q >/dev/null || exit 1
  dotnet build src/Runtime/Runtime.csproj -c Release -nologo -v q >/dev/null || exit 1
  mkdir -p "$pkg/analyzers" "$pkg/lib" "$pkg/build"
  g=src/Generator/bin/Release/netstandard2.0
  cp $g/SpecClient.Generator.dll $g/Microsoft.OpenApi.dll $g/Microsoft.OpenApi.YamlReader.dll $g/SharpYaml.dll "$pkg/analyzers/"
  cp src/Runtime/bin/Release/net8.0/SpecClient.Runtime.dll "$pkg/lib/"
  cp src/Generator/build/SpecClient.Generator.props "$pkg/build/"
fi
bench="$repo/benchmarks/SpecClient.Benchmarks/bin/Release/net10.0/SpecClient.Benchmarks"
[ -x "$bench" ] || dotnet build benchmarks/SpecClient.Benchmarks -c Release -nologo -v q >/dev/null

mkdir -p "$out"
# Consumers are standalone projects, as a user's would be: no repository Directory.Build.props.
echo '<Project />' > "$out/Directory.Build.props"
echo '<Project />' > "$out/Directory.Build.targets"

console_csproj() { sdk_project Exe "$1"; } # $1 = extra project XML

for spec in "${specs[@]}"; do
  if [ "$spec" = prolific ]; then src="$repo/specs/prolific-credentials.yaml"; else src="$corpus/$spec"; fi
  name="$(basename "$spec" | sed 's/\.[a-z]*$//')"
  [ -n "${OPERATIONS:-}" ] && name="$name-selected"
  kiota_include=""
  for p in $(echo "${KIOTA_INCLUDE:-}" | tr ',' ' '); do kiota_include="$kiota_include --include-path $p"; done
  d="$out/$name"
  nswag_cmd="dotnet nswag openapi2csclient /input:$d/nswag/spec.yaml /output:$d/nswag/Generated/BenchClient.cs /namespace:Bench.NSwag /className:BenchClient /jsonLibrary:SystemTextJson /generateClientInterfaces:false"
  kiota_cmd="dotnet kiota generate -l CSharp -d $d/kiota/spec.yaml -o $d/kiota/Generated -c BenchClient -n Bench.Kiota --exclude-backward-compatible --log-level Error$kiota_include"
  # The edit: a new info.title (it reaches every tool's output as a doc comment), different on every run.
  edit() { echo "sed -i -E \"0,/^  title: .*/s//  title: Bench edit \$(date +%s%N)/\" $1"; }
  build="dotnet build -nologo -v q -clp:NoSummary"
  if [ "${REUSE:-0}" = 1 ] && [ -f "$d/first-builds.txt" ]; then
    # Keep the projects and first-build results of an earlier run; only time again.
    grep -q "^specclient: ok" "$d/first-builds.txt" && ok_sc=1 || ok_sc=0
    grep -q "^specclient-before: ok" "$d/first-builds.txt" && ok_sb=1 || ok_sb=0
    grep -q "^nswag: ok" "$d/first-builds.txt" && ok_ns=1 || ok_ns=0
    grep -q "^kiota: ok" "$d/first-builds.txt" && ok_ki=1 || ok_ki=0
  else
  rm -rf "$d"; mkdir -p "$d"/{empty,specclient,nswag,kiota}

  console_csproj "" > "$d/empty/Empty.csproj"
  echo 'Console.WriteLine("empty");' > "$d/empty/Program.cs"

  cp "$src" "$d/specclient/spec.yaml"
  console_csproj "  <Import Project=\"$pkg/build/SpecClient.Generator.props\" />
  <ItemGroup>
    <Analyzer Include=\"$pkg/analyzers/*.dll\" />
    <Reference Include=\"$pkg/lib/SpecClient.Runtime.dll\" />
    <OpenApiClient Include=\"spec.yaml\" ClassName=\"BenchClient\" Namespace=\"Bench.Api\" Operations=\"${OPERATIONS:-}\" />
  </ItemGroup>" > "$d/specclient/SpecClientConsumer.csproj"
  echo 'Console.WriteLine(typeof(Bench.Api.BenchClient));' > "$d/specclient/Program.cs"
  if [ -n "${BEFORE_PKG:-}" ]; then
    mkdir -p "$d/specclient-before" && cp "$d/specclient/spec.yaml" "$d/specclient/Program.cs" "$d/specclient-before/"
    sed "s|$pkg/|$BEFORE_PKG/|g" "$d/specclient/SpecClientConsumer.csproj" > "$d/specclient-before/SpecClientConsumer.csproj"
  fi

  cp "$src" "$d/nswag/spec.yaml"
  console_csproj "" > "$d/nswag/NSwagConsumer.csproj"
  echo 'Console.WriteLine(typeof(Bench.NSwag.BenchClient));' > "$d/nswag/Program.cs"

  cp "$src" "$d/kiota/spec.yaml"
  console_csproj "  <ItemGroup>
    <PackageReference Include=\"Microsoft.Kiota.Abstractions\" Version=\"2.1.6\" />
    <PackageReference Include=\"Microsoft.Kiota.Http.HttpClientLibrary\" Version=\"2.1.6\" />
    <PackageReference Include=\"Microsoft.Kiota.Serialization.Json\" Version=\"2.1.6\" />
    <PackageReference Include=\"Microsoft.Kiota.Serialization.Text\" Version=\"2.1.6\" />
    <PackageReference Include=\"Microsoft.Kiota.Serialization.Form\" Version=\"2.1.6\" />
    <PackageReference Include=\"Microsoft.Kiota.Serialization.Multipart\" Version=\"2.1.6\" />
  </ItemGroup>" > "$d/kiota/KiotaConsumer.csproj"
  echo 'Console.WriteLine(typeof(Bench.Kiota.BenchClient));' > "$d/kiota/Program.cs"

  # SHAPE_DIR (optional): the declarations alone of a generated client (`--compile DIR` with PROBE_SHAPE_ONLY=1 and
  # PROBE_SHAPE_OUT=SHAPE_DIR), compiled as plain sources: what any generator keeping the same types and members
  # costs at least.
  if [ -n "${SHAPE_DIR:-}" ]; then
    mkdir -p "$d/shape" && cp "$SHAPE_DIR"/*.cs "$d/shape/"
    console_csproj "  <PropertyGroup><NoWarn>\$(NoWarn);CS0067;CS0169;CS0414;CS0649</NoWarn></PropertyGroup>
  <ItemGroup>
    <Reference Include=\"$pkg/lib/SpecClient.Runtime.dll\" />
  </ItemGroup>" > "$d/shape/ShapeConsumer.csproj"
    echo 'Console.WriteLine("shape");' > "$d/shape/Program.cs"
  fi

  # First builds (restore, generation) and a check that each compiles; a tool that fails here is reported, not timed.
  echo "== $name: first builds" | tee "$d/first-builds.txt"
  (cd "$d/empty" && /usr/bin/time -f "first build %e s, peak RSS of largest process %M KB (no build servers)" $build > "$d/empty/first-build.log" 2>&1) && echo "empty: ok ($(tail -1 "$d/empty/first-build.log"))" | tee -a "$d/first-builds.txt"
  ok_sc=0; ok_ns=0; ok_ki=0
  ok_sb=0
  if [ -n "${BEFORE_PKG:-}" ] && (cd "$d/specclient-before" && /usr/bin/time -f "first build %e s, peak RSS of largest process %M KB (no build servers)" $build > "$d/specclient-before/first-build.log" 2>&1); then ok_sb=1; echo "specclient-before: ok ($(tail -1 "$d/specclient-before/first-build.log"))" | tee -a "$d/first-builds.txt"; fi
  if (cd "$d/specclient" && /usr/bin/time -f "first build %e s, peak RSS of largest process %M KB (no build servers)" $build > "$d/specclient/first-build.log" 2>&1); then ok_sc=1; echo "specclient: ok ($(tail -1 "$d/specclient/first-build.log"))" | tee -a "$d/first-builds.txt"
  else echo "specclient: FAILED ($(grep -c ' error ' "$d/specclient/first-build.log") error lines; $d/specclient/first-build.log)" | tee -a "$d/first-builds.txt"; fi
  if (cd "$repo" && /usr/bin/time -f "nswag generate peak RSS %M KB" $nswag_cmd > "$d/nswag/first-gen.log" 2>&1); then
    if (cd "$d/nswag" && /usr/bin/time -f "first build %e s, peak RSS of largest process %M KB (no build servers)" $build > "$d/nswag/first-build.log" 2>&1); then ok_ns=1; echo "nswag: ok ($(tail -1 "$d/nswag/first-build.log"))" | tee -a "$d/first-builds.txt"
    else echo "nswag: generated, does NOT compile ($(grep -c ' error ' "$d/nswag/first-build.log") error lines; first: $(grep -m1 ' error ' "$d/nswag/first-build.log" | sed 's/.*error/error/' | cut -c1-160))" | tee -a "$d/first-builds.txt"; fi
  else echo "nswag: generation FAILED: $(grep -m1 -iE 'exception|error|while' "$d/nswag/first-gen.log" | cut -c1-200)" | tee -a "$d/first-builds.txt"; fi
  if [ -n "${KIOTA_OUT:-}" ]; then mkdir -p "$d/kiota/Generated" && cp -r "$KIOTA_OUT"/. "$d/kiota/Generated/" && echo "copied from $KIOTA_OUT" > "$d/kiota/first-gen.log"; fi
  if [ -n "${KIOTA_OUT:-}" ] || (cd "$repo" && /usr/bin/time -f "kiota generate peak RSS %M KB" $kiota_cmd > "$d/kiota/first-gen.log" 2>&1); then
    if (cd "$d/kiota" && /usr/bin/time -f "first build %e s, peak RSS of largest process %M KB (no build servers)" $build > "$d/kiota/first-build.log" 2>&1); then ok_ki=1; echo "kiota: ok ($(grep 'peak RSS' "$d/kiota/first-gen.log"); $(tail -1 "$d/kiota/first-build.log"))" | tee -a "$d/first-builds.txt"
    else echo "kiota: generated, does NOT compile ($(grep -c ' error ' "$d/kiota/first-build.log") error lines)" | tee -a "$d/first-builds.txt"; fi
  else echo "kiota: generation FAILED: $(grep -m1 -iE 'exception|error|crit' "$d/kiota/first-gen.log" | cut -c1-200)" | tee -a "$d/first-builds.txt"; fi

  fi

  # Timed rounds, interleaved (every variant once per round, order rotated) so that load from other processes on
  # the machine falls on all of them alike. Warm build servers: this environment disables them
  # (UseSharedCompilation=false, MSBUILDDISABLENODEREUSE=1); the timed commands re-enable them, as on a
  # developer machine. The edit runs before the clock starts.
  warm="env -u UseSharedCompilation -u MSBUILDDISABLENODEREUSE"
  variants=("empty console (floor)|echo '// edit' \$(date +%s%N) >> $d/empty/Program.cs|cd $d/empty && $warm $build")
  if [ -n "${SHAPE_DIR:-}" ] && (cd "$d/shape" && $build > "$d/shape/first-build.log" 2>&1); then
    variants+=("declarations alone (shape-only sources): edit, dotnet build|echo '// edit' \$(date +%s%N) >> $d/shape/Program.cs|cd $d/shape && $warm $build")
  fi
  if [ "${EDIT:-spec}" = code ]; then
    # The daily loop: the user edits their own code; the generated client (SpecClient's in the compiler, Kiota's
    # files on disk) stays as it is.
    code_edit() { echo "echo '// edit' \$(date +%s%N) >> $1/Program.cs"; }
    [ $ok_sc = 1 ] && variants+=("SpecClient: edit Program.cs, dotnet build|$(code_edit "$d/specclient")|cd $d/specclient && $warm $build")
    [ $ok_sb = 1 ] && variants+=("SpecClient before: edit Program.cs, dotnet build|$(code_edit "$d/specclient-before")|cd $d/specclient-before && $warm $build")
    [ $ok_ki = 1 ] && variants+=("Kiota: edit Program.cs, dotnet build|$(code_edit "$d/kiota")|cd $d/kiota && $warm $build")
  else
  [ $ok_sc = 1 ] && variants+=("SpecClient: edit spec, dotnet build|$(edit "$d/specclient/spec.yaml")|cd $d/specclient && $warm $build")
  [ $ok_sb = 1 ] && variants+=("SpecClient before: edit spec, dotnet build|$(edit "$d/specclient-before/spec.yaml")|cd $d/specclient-before && $warm $build")
  [ $ok_ns = 1 ] && variants+=("NSwag: edit spec, CLI, dotnet build|$(edit "$d/nswag/spec.yaml")|cd $repo && $nswag_cmd >/dev/null && cd $d/nswag && $warm $build")
  [ $ok_ki = 1 ] && variants+=("Kiota: edit spec, CLI, dotnet build|$(edit "$d/kiota/spec.yaml")|cd $repo && $kiota_cmd >/dev/null && cd $d/kiota && $warm $build")
  fi
  # (generation alone runs the whole spec, so it is left out of a selected run)
  [ -z "${OPERATIONS:-}" ] && [ "${EDIT:-spec}" != code ] && variants+=("generate only: SpecClient generator, fresh process|true|$bench --generate $( [ "$spec" = prolific ] && echo prolific || echo "$spec") >/dev/null")
  [ "${EDIT:-spec}" != code ] && ! grep -q "^nswag: generation FAILED" "$d/first-builds.txt" && variants+=("generate only: NSwag CLI|$(edit "$d/nswag/spec.yaml")|cd $repo && $nswag_cmd >/dev/null")
  [ "${EDIT:-spec}" != code ] && ! grep -q "^kiota: generation FAILED" "$d/first-builds.txt" && variants+=("generate only: Kiota CLI|$(edit "$d/kiota/spec.yaml")|cd $repo && $kiota_cmd >/dev/null")
  rounds="${ROUNDS:-$runs}"; warmups="${WARMUPS:-2}"
  tsv="$d/timings.tsv"
  run_rounds "$tsv" "$warmups" "$rounds"
  python3 "$here/summarize.py" "$tsv" | tee "$d/summary.md"

  # Cold and warm analyzer reports: a user-code edit built right after the compiler server stops (cold: its JIT,
  # the analyzers' and generators' first run) and again with the server up (warm), alternating.
  if [ "${COLD:-0}" = 1 ]; then
    report="$d/analyzers.md"; : > "$report"
    for consumer in specclient specclient-before kiota; do
      [ "$consumer" = specclient ] && [ $ok_sc = 0 ] && continue
      [ "$consumer" = specclient-before ] && [ $ok_sb = 0 ] && continue
      [ "$consumer" = kiota ] && [ $ok_ki = 0 ] && continue
      for ((r = 0; r < ${COLD_ROUNDS:-3}; r++)); do
        for state in cold warm; do
          [ $state = cold ] && $warm dotnet build-server shutdown >/dev/null 2>&1
          echo "// edit $(date +%s%N)" >> "$d/$consumer/Program.cs"
          log="$d/$consumer/report-$state-$r.log"
          t0=$(date +%s%N)
          (cd "$d/$consumer" && $warm dotnet build -nologo -v d -clp:NoSummary -p:ReportAnalyzer=true > "$log" 2>&1)
          t1=$(date +%s%N)
          python3 "$here/analyzer-report.py" "$consumer" "$state" "$(echo "($t1 - $t0) / 1000000000" | bc -l)" "$log" >> "$report"
        done
      done
    done
    python3 "$here/analyzer-report.py" --summarize "$report" | tee "$d/analyzers-summary.md"
  fi
done
