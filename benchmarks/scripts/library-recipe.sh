#!/usr/bin/env bash
# The daily loop with a big client, two ways (issue 23): a user-code edit, then `dotnet build`, with warm build
# servers, for
#   (a) a console app that holds the client itself (<OpenApiClient> in the app), and
#   (b) a console app with a ProjectReference to a class library that holds the client (the recipe),
# plus an empty console app (the floor) and, for the recipe's caveat, an edit of a hand-written file of the library.
# The consumers use the real NuGet packages, packed here from this checkout into a local feed, restored into a package
# folder of their own (so the analyzer, the runtime and the props flow over the ProjectReference as they do for users).
# Timed by an interleaved round-robin (every variant once per round, order rotated) so load from other processes falls
# on all variants alike: WARMUPS (1) untimed rounds after the first builds, then ROUNDS (5) timed; medians by
# summarize.py. Then one warm `-p:ReportAnalyzer=true` build per app edit (a, b), summarized by analyzer-report.py, to
# show what the recipe's app build still runs of SpecClient. Everything goes under OUT_DIR (git-ignored by default).
# Usage: benchmarks/scripts/library-recipe.sh [SPEC (openai.yaml) from ../shared/corpus]
#   REUSE=1 keeps the projects, packages and first builds of an earlier run and only times again.
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
corpus="${SPECCLIENT_CORPUS:-$(cd "$repo/.." && pwd)/shared/corpus}"
spec="${1:-openai.yaml}"
out="${OUT_DIR:-$repo/benchmarks/obj-generated/library-recipe}"
rounds="${ROUNDS:-5}"; warmups="${WARMUPS:-1}"
. "$here/rounds.sh"
. "$here/projects.sh"
command -v bc >/dev/null || { echo "bc is needed: apt-get install -y bc" >&2; exit 1; }
[ -f "$corpus/$spec" ] || { echo "no $corpus/$spec" >&2; exit 1; }

# Every process the timed builds start (MSBuild nodes, the compiler server) inherits this marker, so the script can
# stop exactly those at the end, by id, and leave other users' servers alone.
marker="SPECCLIENT_LIBRARY_RECIPE_RUN=$$"
export NUGET_PACKAGES="$out/nuget-packages"
build="dotnet build -nologo -v q -clp:NoSummary"
warm="env -u UseSharedCompilation -u MSBUILDDISABLENODEREUSE $marker"

if [ "${REUSE:-0}" != 1 ] || [ ! -f "$out/version" ]; then
  rm -rf "$out"; mkdir -p "$out"
  # A version no earlier run used, so no package cache can serve a stale copy.
  version="0.1.0-recipe.$(date +%Y%m%d%H%M%S)"
  echo "$version" > "$out/version"
  pack_packages "$repo" "$out" "$version" || exit 1

  # Consumers are standalone projects, as a user's would be: no repository Directory.Build.*, our packages from the feed.
  echo '<Project />' > "$out/Directory.Build.props"
  echo '<Project />' > "$out/Directory.Build.targets"
  feed_nuget_config "$out/feed" > "$out/nuget.config"

  client_items="  <ItemGroup>
    <PackageReference Include=\"SpecClient.Generator\" Version=\"$version\" />
    <OpenApiClient Include=\"spec.yaml\" ClassName=\"BenchClient\" Namespace=\"Bench.Api\" />
  </ItemGroup>"
  program='Console.WriteLine(typeof(Bench.Api.BenchClient).FullName);'

  mkdir -p "$out"/{empty,inapp,library/client,library/app}
  sdk_project Exe "" > "$out/empty/Empty.csproj"
  echo 'Console.WriteLine("empty");' > "$out/empty/Program.cs"

  # (a) the client in the app itself
  sdk_project Exe "$client_items" > "$out/inapp/InApp.csproj"
  cp "$corpus/$spec" "$out/inapp/spec.yaml"
  echo "$program" > "$out/inapp/Program.cs"

  # (b) the recipe: the client in a class library of its own, the app references the library
  sdk_project Library "$client_items" > "$out/library/client/BenchClient.csproj"
  cp "$corpus/$spec" "$out/library/client/spec.yaml"
  printf 'namespace Bench.Api;\n\n/// <summary>A hand-written part of the library.</summary>\npublic static class BenchClientInfo\n{\n    public const string Name = "bench";\n}\n' > "$out/library/client/BenchClientInfo.cs"
  # The app writes what generators add to its compilation to generated/ (SpecClient adds nothing: checked below).
  sdk_project Exe '  <PropertyGroup>
    <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
    <CompilerGeneratedFilesOutputPath>generated</CompilerGeneratedFilesOutputPath>
  </PropertyGroup>
  <ItemGroup>
    <Compile Remove="generated/**" />
    <ProjectReference Include="../client/BenchClient.csproj" />
  </ItemGroup>' > "$out/library/app/App.csproj"
  echo "$program" > "$out/library/app/Program.cs"

  # First builds (restore, generation), not timed; a variant that fails here is reported, not timed.
  echo "== first builds ($spec, packages $version)" | tee "$out/first-builds.txt"
  for dir in empty inapp library/app; do
    if (cd "$out/$dir" && /usr/bin/time -f "%e s" $build > "$out/$dir/first-build.log" 2>&1); then
      echo "$dir: ok, $(tail -1 "$out/$dir/first-build.log") (no build servers)" | tee -a "$out/first-builds.txt"
    else
      echo "$dir: FAILED ($out/$dir/first-build.log)" | tee -a "$out/first-builds.txt"
    fi
  done
fi
grep -q "FAILED" "$out/first-builds.txt" && { echo "a first build failed; see $out/first-builds.txt" >&2; exit 1; }

# The app of the recipe must not generate: its compilation gets the package's analyzer assembly (NuGet lets analyzers
# flow over a ProjectReference), but with no <OpenApiClient> item of its own the generator adds nothing.
[ -d "$out/library/app/generated" ] || { echo "the app wrote no generated/ folder: $out/library/app/first-build.log" >&2; exit 1; }
if [ -d "$out/library/app/generated/SpecClient.Generator" ]; then
  echo "the recipe's app generated a client itself: $out/library/app/generated/SpecClient.Generator" >&2; exit 1
fi

# Timed rounds. Warm build servers: this environment disables them (UseSharedCompilation=false,
# MSBUILDDISABLENODEREUSE=1); the timed commands re-enable them, as on a developer machine. The edit runs before the
# clock starts: a new line in the user's own Program.cs (or, for the caveat, in the library's hand-written file).
code_edit() { echo "echo '// edit' \$(date +%s%N) >> $1"; }
variants=(
  "empty console (floor)|$(code_edit "$out/empty/Program.cs")|cd $out/empty && $warm $build"
  "(a) client in the app: edit Program.cs, dotnet build|$(code_edit "$out/inapp/Program.cs")|cd $out/inapp && $warm $build"
  "(b) client in a class library: edit the app's Program.cs, dotnet build|$(code_edit "$out/library/app/Program.cs")|cd $out/library/app && $warm $build"
  "(b') caveat: edit the library's own .cs, dotnet build of the app|$(code_edit "$out/library/client/BenchClientInfo.cs")|cd $out/library/app && $warm $build"
)
tsv="$out/timings.tsv"
loads="$out/loads.txt"; : > "$loads"
run_rounds "$tsv" "$warmups" "$rounds" "$loads"
{
  echo "## $spec: user-code edit, then dotnet build (warm servers; $warmups warm-up round(s), $rounds timed, interleaved)"
  echo
  python3 "$here/summarize.py" "$tsv"
  echo
  echo "1-minute load average at the start of each round and at the end: $(cut -d' ' -f1 "$loads" | paste -sd' ')"
} | tee "$out/summary.md"

# What each app build runs: Roslyn's per-analyzer and per-generator seconds (-p:ReportAnalyzer=true; csc prints them
# only at -v:d) for more edits of each app, REPORT_ROUNDS (2) times: cold (no compiler server: csc in a process of its
# own, as on the first build after the server starts) and warm (the server up).
report="$out/analyzers.tsv"; : > "$report"
for dir in inapp library/app; do
  for ((r = 0; r < ${REPORT_ROUNDS:-2}; r++)); do
    for state in cold warm; do
      env=""; [ $state = warm ] && env="$warm"
      echo "// edit $(date +%s%N)" >> "$out/$dir/Program.cs"
      log="$out/$dir/report-$state-$r.log"
      t0=$(date +%s%N)
      (cd "$out/$dir" && $env dotnet build -nologo -v d -clp:NoSummary -p:ReportAnalyzer=true > "$log" 2>&1)
      t1=$(date +%s%N)
      python3 "$here/analyzer-report.py" "$dir" $state "$(echo "($t1 - $t0) / 1000000000" | bc -l)" "$log" >> "$report"
    done
  done
done
{
  echo
  echo "### Analyzers and generators in the app's compilation (lines under 0.05 s left out)"
  echo
  python3 "$here/analyzer-report.py" --summarize "$report"
  echo
  echo "SpecClient in the recipe's app build, every line however small (seconds per build, cold and warm):"
  for state in cold warm; do
    for f in "$out"/library/app/report-$state-*.log; do
      echo "  $state: $(grep -E '^\s+<?[0-9.]+\s+<?[0-9]+\s+SpecClient\.Generator\.' "$f" | awk '{printf "%s %s; ", $3, $1}')"
    done
  done
} | tee -a "$out/summary.md"

# Stop the build servers these builds started (found by the marker in their environment), by process id.
for pid in $(pgrep -u "$(id -u)" -f 'VBCSCompiler|MSBuild.dll|dotnet-build-server' 2>/dev/null); do
  if tr '\0' '\n' < "/proc/$pid/environ" 2>/dev/null | grep -qx "$marker"; then kill "$pid" 2>/dev/null; fi
done
