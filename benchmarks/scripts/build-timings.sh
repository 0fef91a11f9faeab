#!/usr/bin/env bash
# Spec edit -> compiled client, whole process, with warm build servers (MSBuild node reuse, VBCSCompiler).
# For each spec: an empty console project (the floor: edit Program.cs, dotnet build), SpecClient (edit the spec,
# dotnet build: the generator runs inside the compiler), NSwag (edit the spec, nswag CLI, dotnet build) and
# Kiota (edit the spec, kiota CLI, dotnet build). Also each tool's generation alone on the spec (cold CLI process;
# for SpecClient a fresh process that runs the generator once through CSharpGeneratorDriver).
# Timed with hyperfine (apt-get install hyperfine): --warmup 2, --runs N (default 5), the edit in --prepare.
# Everything is written under benchmarks/obj-generated/ (git-ignored). Usage:
#   benchmarks/scripts/build-timings.sh [prolific|twilio-api-v2010.yaml|openai.yaml ...]
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
corpus="${SPECCLIENT_CORPUS:-$(cd "$repo/.." && pwd)/shared/corpus}"
out="$repo/benchmarks/obj-generated/build"
pkg="$repo/benchmarks/obj-generated/pkg"
runs="${RUNS:-5}"
specs=("$@"); [ ${#specs[@]} -eq 0 ] && specs=(prolific twilio-api-v2010.yaml openai.yaml)
command -v hyperfine >/dev/null || { echo "hyperfine is not installed: apt-get install -y hyperfine" >&2; exit 1; }

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

console_csproj() { # $1 = extra project XML
cat <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
  </PropertyGroup>
$1
</Project>
XML
}

for spec in "${specs[@]}"; do
  if [ "$spec" = prolific ]; then src="$repo/specs/prolific-credentials.yaml"; else src="$corpus/$spec"; fi
  name="$(basename "$spec" | sed 's/\.[a-z]*$//')"
  d="$out/$name"; rm -rf "$d"; mkdir -p "$d"/{empty,specclient,nswag,kiota}

  console_csproj "" > "$d/empty/Empty.csproj"
  echo 'Console.WriteLine("empty");' > "$d/empty/Program.cs"

  cp "$src" "$d/specclient/spec.yaml"
  console_csproj "  <Import Project=\"$pkg/build/SpecClient.Generator.props\" />
  <ItemGroup>
    <Analyzer Include=\"$pkg/analyzers/*.dll\" />
    <Reference Include=\"$pkg/lib/SpecClient.Runtime.dll\" />
    <OpenApiClient Include=\"spec.yaml\" ClassName=\"BenchClient\" Namespace=\"Bench.Api\" />
  </ItemGroup>" > "$d/specclient/SpecClientConsumer.csproj"
  echo 'Console.WriteLine(typeof(Bench.Api.BenchClient));' > "$d/specclient/Program.cs"

  cp "$src" "$d/nswag/spec.yaml"
  console_csproj "" > "$d/nswag/NSwagConsumer.csproj"
  echo 'Console.WriteLine(typeof(Bench.NSwag.BenchClient));' > "$d/nswag/Program.cs"
  nswag_cmd="dotnet nswag openapi2csclient /input:$d/nswag/spec.yaml /output:$d/nswag/Generated/BenchClient.cs /namespace:Bench.NSwag /className:BenchClient /jsonLibrary:SystemTextJson /generateClientInterfaces:false"

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
  kiota_cmd="dotnet kiota generate -l CSharp -d $d/kiota/spec.yaml -o $d/kiota/Generated -c BenchClient -n Bench.Kiota --exclude-backward-compatible --log-level Error"

  # The edit: a new info.title (it reaches every tool's output as a doc comment), different on every run.
  edit() { echo "sed -i -E '0,/^  title: .*/s//  title: Bench edit \$(date +%s%N)/' $1"; }
  build="dotnet build -nologo -v q -clp:NoSummary"

  # First builds (restore, generation) and a check that each compiles; a tool that fails here is reported, not timed.
  echo "== $name: first builds" | tee "$d/first-builds.txt"
  (cd "$d/empty" && $build >/dev/null 2>&1) && echo "empty: ok" | tee -a "$d/first-builds.txt"
  ok_sc=0; ok_ns=0; ok_ki=0
  if (cd "$d/specclient" && $build > "$d/specclient/first-build.log" 2>&1); then ok_sc=1; echo "specclient: ok" | tee -a "$d/first-builds.txt"
  else echo "specclient: FAILED ($(grep -c ' error ' "$d/specclient/first-build.log") error lines; $d/specclient/first-build.log)" | tee -a "$d/first-builds.txt"; fi
  if (cd "$repo" && $nswag_cmd > "$d/nswag/first-gen.log" 2>&1); then
    if (cd "$d/nswag" && $build > "$d/nswag/first-build.log" 2>&1); then ok_ns=1; echo "nswag: ok" | tee -a "$d/first-builds.txt"
    else echo "nswag: generated, does NOT compile ($(grep -c ' error ' "$d/nswag/first-build.log") error lines; first: $(grep -m1 ' error ' "$d/nswag/first-build.log" | sed 's/.*error/error/' | cut -c1-160))" | tee -a "$d/first-builds.txt"; fi
  else echo "nswag: generation FAILED: $(grep -m1 -iE 'exception|error' "$d/nswag/first-gen.log" | cut -c1-200)" | tee -a "$d/first-builds.txt"; fi
  if (cd "$repo" && /usr/bin/time -f "kiota generate peak RSS %M KB" $kiota_cmd > "$d/kiota/first-gen.log" 2>&1); then
    if (cd "$d/kiota" && $build > "$d/kiota/first-build.log" 2>&1); then ok_ki=1; echo "kiota: ok ($(grep 'peak RSS' "$d/kiota/first-gen.log"))" | tee -a "$d/first-builds.txt"
    else echo "kiota: generated, does NOT compile ($(grep -c ' error ' "$d/kiota/first-build.log") error lines)" | tee -a "$d/first-builds.txt"; fi
  else echo "kiota: generation FAILED: $(grep -m1 -iE 'exception|error|crit' "$d/kiota/first-gen.log" | cut -c1-200)" | tee -a "$d/first-builds.txt"; fi

  # Spec edit -> compiled client.
  args=(--warmup 2 --runs "$runs" --export-json "$d/edit-to-build.json" --export-markdown "$d/edit-to-build.md")
  args+=(--prepare "echo '// edit' \$(date +%s%N) >> $d/empty/Program.cs" -n "empty console (floor)" "cd $d/empty && $build")
  [ $ok_sc = 1 ] && args+=(--prepare "$(edit "$d/specclient/spec.yaml")" -n "SpecClient" "cd $d/specclient && $build")
  [ $ok_ns = 1 ] && args+=(--prepare "$(edit "$d/nswag/spec.yaml")" -n "NSwag CLI + build" "cd $repo && $nswag_cmd >/dev/null && cd $d/nswag && $build")
  [ $ok_ki = 1 ] && args+=(--prepare "$(edit "$d/kiota/spec.yaml")" -n "Kiota CLI + build" "cd $repo && $kiota_cmd >/dev/null && cd $d/kiota && $build")
  hyperfine "${args[@]}" 2>&1 | tee "$d/edit-to-build.txt"

  # Generation alone, cold process (no build): the peers' CLIs against SpecClient's generator in a fresh process.
  gargs=(--warmup 1 --runs "$runs" --export-json "$d/generate.json" --export-markdown "$d/generate.md")
  gargs+=(-n "SpecClient generator (fresh process)" "$bench --generate $( [ "$spec" = prolific ] && echo prolific || echo "$spec")")
  [ -s "$d/nswag/Generated/BenchClient.cs" ] && gargs+=(-n "NSwag CLI" "cd $repo && $nswag_cmd")
  grep -q "^kiota: generation FAILED" "$d/first-builds.txt" || gargs+=(-n "Kiota CLI" "cd $repo && $kiota_cmd --clean-output")
  hyperfine -i "${gargs[@]}" 2>&1 | tee "$d/generate.txt"
done
