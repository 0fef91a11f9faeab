namespace SpecClient.Packaging.Tests;

/// <summary>
/// Two clean Release builds of the generator give the same bytes: what the package ships can be rebuilt and compared.
/// (A polyfill source generator once added its types in a different order on each build, and every build differed.)
/// In the packaging collection, so it never builds the generator while the fixture packs it.
/// </summary>
[Collection(PackagingCollection.Name)]
public sealed class DeterministicBuildTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "specclient-deterministic-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private byte[] CleanBuild(string repository)
    {
        var output = Path.Combine(_folder, "bin") + Path.DirectorySeparatorChar;
        var intermediate = Path.Combine(_folder, "obj") + Path.DirectorySeparatorChar;
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }

        var result = DotNet.Run(repository, null, "build", Path.Combine("src", "Generator", "Generator.csproj"), "-c", "Release", "--no-restore", "-nologo", "-v", "q",
            "-p:OutputPath=" + output, "-p:IntermediateOutputPath=" + intermediate);
        Assert.True(result.Succeeded, result.ToString());
        return File.ReadAllBytes(Path.Combine(output, "SpecClient.Generator.dll"));
    }

    [Fact]
    public void Two_clean_builds_of_the_generator_are_byte_identical()
    {
        var repository = PackagesFixture.FindRepositoryRoot();

        var first = CleanBuild(repository);
        var second = CleanBuild(repository);

        Assert.True(first.AsSpan().SequenceEqual(second), $"The two builds differ ({first.Length} and {second.Length} bytes).");
    }
}
