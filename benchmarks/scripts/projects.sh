# The project file of a consumer the timing scripts build, as a user would write it: sdk_project OUTPUTTYPE EXTRA_XML.
sdk_project() { # $1 = OutputType (Exe, Library), $2 = extra project XML
cat <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>$1</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
  </PropertyGroup>
$2
</Project>
XML
}

# Packs SpecClient.Runtime and SpecClient.Generator of the checkout REPO into the folder feed OUT/feed with VERSION,
# each with its artifacts under OUT/artifacts and its log in OUT/pack-PROJECT.log: pack_packages REPO OUT VERSION.
pack_packages() {
  mkdir -p "$2/feed"
  for project in Runtime Generator; do
    dotnet pack "$1/src/$project/$project.csproj" -c Release -o "$2/feed" --artifacts-path "$2/artifacts/$project" \
      -p:Version="$3" -p:ContinuousIntegrationBuild=true -nologo -v q > "$2/pack-$project.log" 2>&1 \
      || { echo "packing $project failed: $2/pack-$project.log" >&2; return 1; }
  done
}

# The nuget.config of a consumer of the packages in FEED: SpecClient.* only from FEED, the rest from nuget.org.
feed_nuget_config() { # $1 = FEED
cat <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="specclient-local" value="$1" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
  <packageSourceMapping>
    <packageSource key="specclient-local"><package pattern="SpecClient.*" /></packageSource>
    <packageSource key="nuget.org"><package pattern="*" /></packageSource>
  </packageSourceMapping>
</configuration>
XML
}
