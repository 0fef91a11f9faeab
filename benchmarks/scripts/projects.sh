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
