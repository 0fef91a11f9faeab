namespace SpecClient.Packaging.Tests;

/// <summary>
/// The recipe for a big client (README, "A big client in a class library of its own"): the client in a class library
/// that holds the &lt;OpenApiClient&gt; item and the package, the app with only a ProjectReference to it. Real
/// `dotnet build`/`dotnet run` against the packed packages.
/// </summary>
[Collection(PackagingCollection.Name)]
public sealed class ClientLibraryTests
{
    private const string Library = "ItemsClient";
    private readonly PackagesFixture _packages;

    public ClientLibraryTests(PackagesFixture packages) => _packages = packages;

    [Fact]
    public void An_app_referencing_a_client_library_uses_its_client_without_generating_and_an_app_edit_leaves_the_library_alone()
    {
        var app = ConsumerProject.Create(
            _packages,
            "client-library",
            items: $"""
                <Compile Remove="{Library}/**" />
                <ProjectReference Include="{Library}/{Library}.csproj" />
            """,
            referenceGenerator: false)
            .Write($"{Library}/{Library}.csproj", LibraryProject())
            .Write($"{Library}/items.yaml", ItemsSpecWithMinimumId())
            .CopyAsset("LoopbackServer.cs")
            .CopyAsset("LibraryAppProgram.cs", "Program.cs");

        var build = app.Build();
        ConsumerBuildTests.AssertBuilt(build);

        // The library generated the client (and its DI registration, as it references Microsoft.Extensions.Http) ...
        var libraryGenerated = Path.Combine(app.Directory, Library, "generated", "SpecClient.Generator");
        var libraryFiles = Directory.Exists(libraryGenerated)
            ? Directory.EnumerateFiles(libraryGenerated, "*.cs", SearchOption.AllDirectories).Select(Path.GetFileName).ToList()
            : new List<string?>();
        Assert.Contains("Items.Api.ItemsClient.g.cs", libraryFiles);
        Assert.Contains("Items.Api.ItemsClient.DependencyInjection.g.cs", libraryFiles);

        // ... and the app did not: the package's analyzer assembly reaches the app's compilation over the
        // ProjectReference (NuGet lets analyzers flow), but with no <OpenApiClient> item of its own it adds no source.
        Assert.True(Directory.Exists(app.GeneratedDirectory), $"The app's compiler wrote no generated-files folder.\n{build}");
        Assert.DoesNotContain(app.GeneratedFiles().Keys, path => path.StartsWith("SpecClient.Generator", StringComparison.Ordinal));

        // The call-site analyzer in that assembly still checks the app's own calls into the library's client.
        Assert.Contains(
            BuildOutput.Diagnostics(build.Output),
            d => d.Id == "SPEC103" && Path.GetFileName(d.File) == "Program.cs" && !d.File.Contains(Library, StringComparison.Ordinal));

        var run = app.Run();
        AssertCalledTheLoopbackServer(run);
        var bin = Path.Combine(app.Directory, "bin", "Debug", "net10.0");
        Assert.True(File.Exists(Path.Combine(bin, "SpecClient.Runtime.dll")), "the runtime did not reach the app's bin/ through the library");
        Assert.False(File.Exists(Path.Combine(bin, "SpecClient.Generator.dll")), "the generator leaked into the app's bin/");

        // The daily loop: an edit of the app's own code compiles the app and leaves the library's assembly as it was.
        var libraryAssemblies = new[]
        {
            Path.Combine(app.Directory, Library, "obj", "Debug", "net10.0", $"{Library}.dll"),
            Path.Combine(app.Directory, Library, "bin", "Debug", "net10.0", $"{Library}.dll"),
        };
        var appAssembly = Path.Combine(app.Directory, "obj", "Debug", "net10.0", "Consumer.dll");
        var libraryTimes = libraryAssemblies.Select(File.GetLastWriteTimeUtc).ToList();
        var appTime = File.GetLastWriteTimeUtc(appAssembly);
        File.AppendAllText(Path.Combine(app.Directory, "Program.cs"), "Console.WriteLine(\"edited in the app\");\n");

        var rebuild = app.Build();
        ConsumerBuildTests.AssertBuilt(rebuild);

        Assert.NotEqual(appTime, File.GetLastWriteTimeUtc(appAssembly));
        Assert.Equal(libraryTimes, libraryAssemblies.Select(File.GetLastWriteTimeUtc).ToList());
        var rerun = app.Run();
        AssertCalledTheLoopbackServer(rerun);
        Assert.Contains("edited in the app", rerun.Output, StringComparison.Ordinal);
    }

    private string LibraryProject() => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
            <CompilerGeneratedFilesOutputPath>generated</CompilerGeneratedFilesOutputPath>
          </PropertyGroup>
          <ItemGroup>
            <Compile Remove="generated/**" />
          </ItemGroup>
          <ItemGroup>
            <PackageReference Include="SpecClient.Generator" Version="{_packages.Version}" />
            <PackageReference Include="Microsoft.Extensions.Http" Version="10.0.0" />
          </ItemGroup>
          <ItemGroup>
            <OpenApiClient Include="items.yaml" ClassName="ItemsClient" Namespace="Items.Api" />
          </ItemGroup>
        </Project>
        """;

    /// <summary>items.yaml with <c>minimum: 1</c> on the item id, so a constant 0 in the app is SPEC103.</summary>
    private static string ItemsSpecWithMinimumId()
    {
        var spec = ConsumerProject.ReadAsset("items.yaml");
        const string IdSchema = "            format: int32\n      responses:";
        Assert.Contains(IdSchema, spec, StringComparison.Ordinal);
        return spec.Replace(IdSchema, "            format: int32\n            minimum: 1\n      responses:", StringComparison.Ordinal);
    }

    private static void AssertCalledTheLoopbackServer(ProcessResult run)
    {
        Assert.True(run.Succeeded, run.ToString());
        Assert.Contains("GET -> 7 seven", run.Output, StringComparison.Ordinal);
        Assert.Contains("404 -> ApiNotFoundException 404", run.Output, StringComparison.Ordinal);
        Assert.Contains("SERVER GET /items/7", run.Output, StringComparison.Ordinal);
    }
}
