using System.Xml.Linq;

namespace SpecClient.Packaging.Tests;

/// <summary>What the packed .nupkg files hold, read from the zip.</summary>
[Collection(PackagingCollection.Name)]
public sealed class PackageContentTests
{
    private readonly PackagesFixture _packages;

    public PackageContentTests(PackagesFixture packages) => _packages = packages;

    [Fact]
    public void Generator_package_has_the_analyzer_and_its_dependencies_and_no_lib()
    {
        var entries = PackagesFixture.Entries(_packages.GeneratorPackage);
        var listing = string.Join('\n', entries);

        foreach (var expected in new[]
        {
            "analyzers/dotnet/cs/SpecClient.Generator.dll",
            "analyzers/dotnet/cs/Microsoft.OpenApi.dll",
            "analyzers/dotnet/cs/Microsoft.OpenApi.YamlReader.dll",
            "analyzers/dotnet/cs/SharpYaml.dll",
            "build/SpecClient.Generator.props",
            "buildTransitive/SpecClient.Generator.props",
            "README.md",
        })
        {
            Assert.True(entries.Contains(expected), $"{expected} missing from the generator package:\n{listing}");
        }

        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal) || e.StartsWith("ref/", StringComparison.Ordinal));
        // The compiler host provides these; a second copy beside the analyzer would only risk a mismatch.
        Assert.DoesNotContain(entries, e => e.EndsWith("Microsoft.CodeAnalysis.dll", StringComparison.Ordinal)
            || e.EndsWith("Microsoft.CodeAnalysis.CSharp.dll", StringComparison.Ordinal)
            || e.EndsWith("System.Text.Json.dll", StringComparison.Ordinal));
        // The generator's own pdb ships beside it and beside each of its ReadyToRun images (there is no symbol package); no other pdb.
        Assert.Equal(
            ReadyToRunTests.ShippedRuntimeIdentifiers.Keys.Select(rid => $"r2r/{rid}/SpecClient.Generator.pdb")
                .Append("analyzers/dotnet/cs/SpecClient.Generator.pdb")
                .Order(StringComparer.Ordinal),
            entries.Where(e => e.EndsWith(".pdb", StringComparison.Ordinal)));
    }

    [Fact]
    public void Generator_package_depends_on_the_runtime_package_of_the_same_version_and_has_metadata()
    {
        var nuspec = Nuspec(_packages.GeneratorPackage, "SpecClient.Generator.nuspec");
        var metadata = nuspec.Element("metadata")!;
        var dependencies = metadata.Descendants().Where(e => e.Name.LocalName == "dependency").ToList();

        var runtime = Assert.Single(dependencies);
        Assert.Equal("SpecClient.Runtime", runtime.Attribute("id")?.Value);
        Assert.Contains(_packages.Version, runtime.Attribute("version")?.Value ?? string.Empty, StringComparison.Ordinal);

        AssertMetadata(metadata, "SpecClient.Generator");
    }

    [Fact]
    public void Runtime_package_has_the_library_for_net8_and_metadata()
    {
        var entries = PackagesFixture.Entries(_packages.RuntimePackage);
        Assert.Contains("lib/net8.0/SpecClient.Runtime.dll", entries);
        Assert.Contains("lib/net8.0/SpecClient.Runtime.xml", entries);
        Assert.Contains("README.md", entries);
        AssertMetadata(Nuspec(_packages.RuntimePackage, "SpecClient.Runtime.nuspec").Element("metadata")!, "SpecClient.Runtime");
    }

    [Fact]
    public void The_generator_ships_its_pdb_beside_its_dll_and_the_runtime_has_a_symbol_package()
    {
        var generator = PackagesFixture.Entries(_packages.GeneratorPackage);
        var runtimeSymbols = PackagesFixture.Entries(Path.ChangeExtension(_packages.RuntimePackage, ".snupkg"));
        Assert.Contains("analyzers/dotnet/cs/SpecClient.Generator.pdb", generator);
        Assert.False(File.Exists(Path.ChangeExtension(_packages.GeneratorPackage, ".snupkg")), "the generator's pdb is in its package; no symbol package");
        Assert.Contains("lib/net8.0/SpecClient.Runtime.pdb", runtimeSymbols);
    }

    [Fact]
    public void The_transitive_props_carry_the_OpenApiClient_mapping()
    {
        var transitive = PackagesFixture.ReadEntry(_packages.GeneratorPackage, "buildTransitive/SpecClient.Generator.props");
        var direct = PackagesFixture.ReadEntry(_packages.GeneratorPackage, "build/SpecClient.Generator.props");
        Assert.Contains("../build/SpecClient.Generator.props", transitive, StringComparison.Ordinal);
        Assert.Contains("@(OpenApiClient)", direct, StringComparison.Ordinal);
        Assert.Contains("SpecClientMissingSpecs", direct, StringComparison.Ordinal);
    }

    private static XElement Nuspec(string package, string entry)
    {
        var document = XDocument.Parse(PackagesFixture.ReadEntry(package, entry));
        // Drop the namespace so the assertions read plainly.
        foreach (var element in document.Descendants())
        {
            element.Name = element.Name.LocalName;
        }

        return document.Root!;
    }

    private void AssertMetadata(XElement metadata, string id)
    {
        Assert.Equal(id, metadata.Element("id")?.Value);
        Assert.Equal(_packages.Version, metadata.Element("version")?.Value);
        Assert.False(string.IsNullOrWhiteSpace(metadata.Element("description")?.Value), "description");
        Assert.Equal("MIT", metadata.Element("license")?.Value);
        Assert.Equal("expression", metadata.Element("license")?.Attribute("type")?.Value);
        Assert.Equal("README.md", metadata.Element("readme")?.Value);
        Assert.Equal("https://github.com/specclient/specclient", metadata.Element("repository")?.Attribute("url")?.Value);
        Assert.Contains("openapi", metadata.Element("tags")?.Value ?? string.Empty, StringComparison.Ordinal);
    }
}
