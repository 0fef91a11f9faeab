namespace SpecClient.Packaging.Tests;

/// <summary>
/// Real `dotnet build`/`dotnet run` of consumer projects that reference the packed SpecClient.Generator from a
/// local feed, exactly as a user's project would.
/// </summary>
[Collection(PackagingCollection.Name)]
public sealed class ConsumerBuildTests
{
    private const string ToolsetPath = "microsoft.net.compilers.toolset/4.14.0/tasks/netcore/bincore/csc.dll";
    private readonly PackagesFixture _packages;

    public ConsumerBuildTests(PackagesFixture packages) => _packages = packages;

    [Fact]
    public void Console_consumer_builds_and_calls_its_generated_client_on_loopback()
    {
        var consumer = ItemsConsumer("console");

        var build = consumer.Build();
        AssertBuilt(build);

        var run = consumer.Run();
        AssertRanAgainstLoopback(run);

        // The runtime came with the generator package, at the same version; nothing of the generator reached bin/.
        var bin = Path.Combine(consumer.Directory, "bin", "Debug", "net10.0");
        Assert.True(File.Exists(Path.Combine(bin, "SpecClient.Runtime.dll")), "SpecClient.Runtime.dll is not in bin/");
        foreach (var leaked in new[] { "SpecClient.Generator.dll", "Microsoft.OpenApi.dll", "Microsoft.OpenApi.YamlReader.dll", "SharpYaml.dll" })
        {
            Assert.False(File.Exists(Path.Combine(bin, leaked)), $"{leaked} leaked into the consumer's output");
        }

        var assets = File.ReadAllText(Path.Combine(consumer.Directory, "obj", "project.assets.json"));
        Assert.Contains($"\"SpecClient.Runtime/{_packages.Version}\"", assets, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Microsoft.OpenApi/", assets, StringComparison.Ordinal);
    }

    [Fact]
    public void Consumer_builds_with_the_Microsoft_Net_Compilers_Toolset_4_14_compiler()
    {
        // The .NET 10 SDK replaces the toolset package's compiler with its own unless RoslynCompilerType is set.
        var consumer = ItemsConsumer(
            "toolset",
            properties: "    <RoslynCompilerType>FrameworkPackage</RoslynCompilerType>",
            packageReferences: "    <PackageReference Include=\"Microsoft.Net.Compilers.Toolset\" Version=\"4.14.0\" PrivateAssets=\"all\" />");

        var build = consumer.Build("-v:n");
        AssertBuilt(build);
        Assert.True(
            build.Output.Contains(ToolsetPath, StringComparison.OrdinalIgnoreCase),
            $"The build did not run the compiler of Microsoft.Net.Compilers.Toolset 4.14.0 ({ToolsetPath}).\n{build}");

        AssertRanAgainstLoopback(consumer.Run());
    }

    [Fact]
    public void A_project_that_gets_the_package_through_a_ProjectReference_generates_too()
    {
        // App -> lib/Lib.csproj -> SpecClient.Generator: the analyzer flows to App, and buildTransitive carries the mapping.
        var consumer = ConsumerProject.Create(
            _packages,
            "transitive",
            items: """
                <Compile Remove="lib/**" />
                <ProjectReference Include="lib/Lib.csproj" />
                <OpenApiClient Include="api.yaml" />
            """,
            referenceGenerator: false)
            .Write("lib/Lib.csproj", $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="SpecClient.Generator" Version="{_packages.Version}" />
                  </ItemGroup>
                </Project>
                """)
            .Write("lib/Empty.cs", "namespace Lib;\ninternal static class Empty { }\n")
            .CopyAsset("items.yaml", "api.yaml")
            .CopyAsset("LoopbackServer.cs")
            .CopyAsset("ItemsProgram.cs", "Program.cs");

        AssertBuilt(consumer.Build());
        AssertRanAgainstLoopback(consumer.Run());
    }

    [Fact]
    public void Packing_the_same_build_again_gives_byte_identical_packages()
    {
        var again = Path.Combine(_packages.Root, "repack");
        var arguments = new List<string>
        {
            "pack", Path.Combine(_packages.RepositoryRoot, "src/Generator/Generator.csproj"),
            "-c", "Release",
            "--no-build",
            "-o", again,
            "--artifacts-path", Path.Combine(_packages.Root, "artifacts", "Generator"),
            $"-p:Version={_packages.Version}",
            "-p:ContinuousIntegrationBuild=true",
        };
        if (_packages.CommitTime is not null)
        {
            // Someone may have committed since the first pack; the entries' time must come from the same commit.
            arguments.Add($"-p:DeterministicTimestamp={_packages.CommitTime}");
        }

        var result = DotNet.Run(_packages.RepositoryRoot, null, arguments.ToArray());
        Assert.True(result.Succeeded, result.ToString());

        var name = Path.GetFileName(_packages.GeneratorPackage);
        Assert.Equal(File.ReadAllBytes(_packages.GeneratorPackage), File.ReadAllBytes(Path.Combine(again, name)));
    }

    [Fact]
    public void Two_specs_give_two_clients_in_their_own_namespaces_even_with_the_same_schema_name()
    {
        var consumer = ConsumerProject.Create(
            _packages,
            "two-specs",
            items: """
                <OpenApiClient Include="specs/pets.yaml" ClassName="PetsClient" Namespace="Consumer.Pets" />
                <OpenApiClient Include="specs/shop.yaml" ClassName="ShopClient" Namespace="Consumer.Shop" />
            """)
            .CopyAsset("pets.yaml", "specs/pets.yaml")
            .CopyAsset("shop.yaml", "specs/shop.yaml")
            .CopyAsset("LoopbackServer.cs")
            .CopyAsset("TwoSpecsProgram.cs", "Program.cs");

        var build = consumer.Build();
        AssertBuilt(build);

        var generated = consumer.GeneratedFiles();
        Assert.Contains(generated.Values, text => text.Contains("namespace Consumer.Pets", StringComparison.Ordinal) && text.Contains("partial class PetsClient", StringComparison.Ordinal));
        Assert.Contains(generated.Values, text => text.Contains("namespace Consumer.Shop", StringComparison.Ordinal) && text.Contains("partial class ShopClient", StringComparison.Ordinal));

        var run = consumer.Run();
        Assert.True(run.Succeeded, run.ToString());
        Assert.Contains("PET -> rex dog", run.Output, StringComparison.Ordinal);
        Assert.Contains("WARE -> A-1 2.5", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Editing_the_spec_regenerates_the_client_and_an_unchanged_rebuild_regenerates_nothing()
    {
        var consumer = ItemsConsumer("incremental");

        AssertBuilt(consumer.Build());
        var first = consumer.GeneratedFiles();
        var firstTimes = consumer.GeneratedFileTimes();
        Assert.NotEmpty(first);
        Assert.DoesNotContain(first.Values, text => text.Contains("DeleteItemAsync", StringComparison.Ordinal));

        // Nothing changed: the compiler does not run again, the generated files stay as they were.
        var unchanged = consumer.Build("-v:n");
        AssertBuilt(unchanged);
        Assert.Contains("Skipping target \"CoreCompile\" because all output files are up-to-date", unchanged.Output, StringComparison.Ordinal);
        Assert.Equal(first, consumer.GeneratedFiles());
        Assert.Equal(firstTimes, consumer.GeneratedFileTimes());

        // A new operation in the spec: the next build adds its method.
        AddDeleteItemOperation(consumer);

        var afterEdit = consumer.Build();
        AssertBuilt(afterEdit);
        Assert.Contains(consumer.GeneratedFiles().Values, text => text.Contains("DeleteItemAsync", StringComparison.Ordinal));
    }

    [Fact]
    public void On_the_compiler_server_the_generator_state_is_kept_between_builds_and_a_spec_edit_still_regenerates()
    {
        // The package asks the compiler server to keep the generator's state (/features:enable-generator-cache) in a
        // project with an <OpenApiClient> item: an unchanged spec is then not read again on every build.
        var consumer = ItemsConsumer("server-cache");
        string[] onServer = ["-v:n", "-p:UseSharedCompilation=true"];
        try
        {
            var first = consumer.Build(onServer);
            AssertBuilt(first);
            Assert.Contains("enable-generator-cache", first.Output, StringComparison.Ordinal);
            Assert.DoesNotContain(consumer.GeneratedFiles().Values, text => text.Contains("DeleteItemAsync", StringComparison.Ordinal));

            // The kept state must not hide an edit: a new operation in the spec is a new method after the next build.
            AddDeleteItemOperation(consumer);

            var afterEdit = consumer.Build(onServer);
            AssertBuilt(afterEdit);
            Assert.Contains(consumer.GeneratedFiles().Values, text => text.Contains("DeleteItemAsync", StringComparison.Ordinal));

            // The project can say no.
            consumer.Write("Program.cs", File.ReadAllText(Path.Combine(consumer.Directory, "Program.cs")) + "// again\n");
            var optedOut = consumer.Build([.. onServer, "-p:SpecClientGeneratorCache=false"]);
            AssertBuilt(optedOut);
            Assert.DoesNotContain("Skipping target \"CoreCompile\"", optedOut.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("enable-generator-cache", optedOut.Output, StringComparison.Ordinal);
        }
        finally
        {
            // The server this test started must not outlive it.
            DotNet.Run(consumer.Directory, null, "build-server", "shutdown", "--vbcscompiler");
        }
    }

    public static TheoryData<string> BrokenSpecs => new() { "invalid-yaml", "dangling-ref", "duplicate-operation-id", "unknown-version", "empty-file" };

    [Theory]
    [MemberData(nameof(BrokenSpecs))]
    public void A_broken_spec_fails_the_build_with_a_located_SPEC_error(string broken)
    {
        var good = ConsumerProject.ReadAsset("items.yaml");
        var (spec, expectedId, expectedLine) = broken switch
        {
            "invalid-yaml" => ("openapi: 3.0.3\ninfo:\n  title: Broken\n  version: '1'\npaths:\n  /a:\n    get: [unclosed\n", "SPEC001", 7),
            "dangling-ref" => (ReplaceFirst(good, "$ref: '#/components/schemas/Item'", "$ref: '#/components/schemas/Missing'"), "SPEC004", 0),
            "duplicate-operation-id" => (good.Replace("operationId: createItem", "operationId: getItem", StringComparison.Ordinal), "SPEC005", 0),
            "unknown-version" => (good.Replace("openapi: 3.0.3", "openapi: 9.0.0", StringComparison.Ordinal), "SPEC003", 1),
            "empty-file" => (string.Empty, "SPEC002", 1),
            _ => throw new ArgumentOutOfRangeException(nameof(broken)),
        };
        Assert.True(broken == "empty-file" || broken == "invalid-yaml" || spec != good, "the broken spec equals the good one");
        expectedLine = broken switch
        {
            "dangling-ref" => LineOf(spec, "#/components/schemas/Missing"),
            "duplicate-operation-id" => LastLineOf(spec, "operationId: getItem"),
            _ => expectedLine,
        };

        var consumer = ConsumerProject.Create(_packages, broken, items: "    <OpenApiClient Include=\"api.yaml\" />")
            .Write("api.yaml", spec)
            .Write("Program.cs", "System.Console.WriteLine(\"never runs\");\n");

        var build = consumer.Build();
        Assert.False(build.Succeeded, $"The build of a spec with {broken} succeeded.\n{build}");
        AssertNoLoadOrCrashDiagnostics(build);

        var errors = BuildOutput.Diagnostics(build.Output).Where(d => d.Severity == "error").ToList();
        var error = errors.FirstOrDefault(d => d.Id == expectedId);
        Assert.True(error is not null, $"No {expectedId} error for {broken}.\n{build}");
        Assert.Equal("api.yaml", Path.GetFileName(error!.File));
        if (broken == "invalid-yaml")
        {
            // The parser notices the unclosed sequence on its line or where the document ends right after it.
            Assert.InRange(error.Line, expectedLine, expectedLine + 1);
        }
        else
        {
            Assert.Equal(expectedLine, error.Line);
        }

        Assert.True(error.Column >= 1, $"{expectedId} has no column.\n{build}");
        Assert.All(errors, e => Assert.StartsWith("SPEC", e.Id, StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_spec_file_is_SPEC006_naming_the_path()
    {
        var consumer = ConsumerProject.Create(_packages, "missing-file", items: "    <OpenApiClient Include=\"specs/not-there.yaml\" />")
            .Write("Program.cs", "System.Console.WriteLine(\"never runs\");\n");

        var build = consumer.Build();
        Assert.False(build.Succeeded, build.ToString());
        AssertNoLoadOrCrashDiagnostics(build);
        var error = BuildOutput.Diagnostics(build.Output).FirstOrDefault(d => d.Id == "SPEC006");
        Assert.True(error is not null, $"No SPEC006.\n{build}");
        Assert.Equal("error", error!.Severity);
        Assert.Contains("not-there.yaml", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_metadata_value_is_SPEC010()
    {
        var consumer = ConsumerProject.Create(_packages, "bad-option", items: "    <OpenApiClient Include=\"api.yaml\" Accessibility=\"protected\" />")
            .CopyAsset("items.yaml", "api.yaml")
            .Write("Program.cs", "System.Console.WriteLine(\"never runs\");\n");

        var build = consumer.Build();
        Assert.False(build.Succeeded, build.ToString());
        AssertNoLoadOrCrashDiagnostics(build);
        var error = BuildOutput.Diagnostics(build.Output).FirstOrDefault(d => d.Id == "SPEC010");
        Assert.True(error is not null, $"No SPEC010.\n{build}");
        Assert.Equal("error", error!.Severity);
        Assert.Contains("protected", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_globalconfig_changes_the_severity_of_a_spec_warning()
    {
        // A response without its required description: OpenAPI.NET's rules flag it (SPEC007), generation goes on.
        var spec = ConsumerProject.ReadAsset("items.yaml").Replace("          description: The created item.\n", string.Empty, StringComparison.Ordinal);
        var consumer = ConsumerProject.Create(_packages, "severity", items: "    <OpenApiClient Include=\"api.yaml\" />")
            .Write("api.yaml", spec)
            .Write("Program.cs", "System.Console.WriteLine(typeof(Consumer.ApiClient).Name);\n");

        var asWarning = consumer.Build();
        AssertBuilt(asWarning);
        var warning = BuildOutput.Diagnostics(asWarning.Output).FirstOrDefault(d => d.Id == "SPEC007");
        Assert.True(warning is not null && warning.Severity == "warning", $"No SPEC007 warning.\n{asWarning}");
        Assert.Equal("api.yaml", Path.GetFileName(warning!.File));

        consumer.Write(".globalconfig", "is_global = true\ndotnet_diagnostic.SPEC007.severity = error\n");
        var asError = consumer.Build();
        Assert.False(asError.Succeeded, $"SPEC007 raised to error did not fail the build.\n{asError}");
        Assert.Contains(BuildOutput.Diagnostics(asError.Output), d => d.Id == "SPEC007" && d.Severity == "error");

        consumer.Write(".globalconfig", "is_global = true\ndotnet_diagnostic.SPEC007.severity = none\n");
        var silenced = consumer.Build();
        AssertBuilt(silenced);
        Assert.DoesNotContain(BuildOutput.Diagnostics(silenced.Output), d => d.Id == "SPEC007");
    }

    // The spec edit both generator-state tests make: a DELETE beside GET /items/{id}, which the next build must turn into DeleteItemAsync.
    private static void AddDeleteItemOperation(ConsumerProject consumer)
    {
        var spec = File.ReadAllText(Path.Combine(consumer.Directory, "api.yaml"));
        var edited = spec.Replace(
            "  /items/{id}:\n    get:",
            "  /items/{id}:\n    delete:\n      operationId: deleteItem\n      parameters:\n        - name: id\n          in: path\n          required: true\n          schema:\n            type: integer\n            format: int32\n      responses:\n        '204':\n          description: Deleted.\n    get:",
            StringComparison.Ordinal);
        Assert.NotEqual(spec, edited);
        consumer.Write("api.yaml", edited);
    }

    private ConsumerProject ItemsConsumer(string name, string properties = "", string packageReferences = "") =>
        ItemsConsumer(_packages, name, properties, packageReferences);

    /// <summary>A consumer of items.yaml whose program calls its client against a loopback server (see <see cref="AssertRanAgainstLoopback"/>).</summary>
    internal static ConsumerProject ItemsConsumer(PackagesFixture packages, string name, string properties = "", string packageReferences = "") =>
        ConsumerProject.Create(packages, name, items: "    <OpenApiClient Include=\"api.yaml\" />", properties, packageReferences)
            .CopyAsset("items.yaml", "api.yaml")
            .CopyAsset("LoopbackServer.cs")
            .CopyAsset("ItemsProgram.cs", "Program.cs");

    internal static void AssertBuilt(ProcessResult build)
    {
        Assert.True(build.Succeeded, build.ToString());
        AssertNoLoadOrCrashDiagnostics(build);
    }

    private static void AssertNoLoadOrCrashDiagnostics(ProcessResult build)
    {
        foreach (var id in BuildOutput.LoadOrCrashIds)
        {
            Assert.False(build.Output.Contains(id + ":", StringComparison.Ordinal), $"The build reported {id}.\n{build}");
        }

        Assert.DoesNotContain("SPEC900", build.Output, StringComparison.Ordinal);
    }

    internal static void AssertRanAgainstLoopback(ProcessResult run)
    {
        Assert.True(run.Succeeded, run.ToString());
        Assert.Contains("GET -> 7 seven", run.Output, StringComparison.Ordinal);
        Assert.Contains("POST -> 8 eight", run.Output, StringComparison.Ordinal);
        Assert.Contains("404 -> ApiNotFoundException 404", run.Output, StringComparison.Ordinal);
        Assert.Contains("SERVER GET /items/7", run.Output, StringComparison.Ordinal);
        Assert.Contains("SERVER POST /items {\"id\":8,\"name\":\"eight\"}", run.Output, StringComparison.Ordinal);
    }

    private static string ReplaceFirst(string text, string oldValue, string newValue)
    {
        var index = text.IndexOf(oldValue, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{oldValue}' not in the spec");
        return string.Concat(text.AsSpan(0, index), newValue, text.AsSpan(index + oldValue.Length));
    }

    private static int LineOf(string text, string value) =>
        text.Split('\n').Select((line, i) => (line, i)).First(x => x.line.Contains(value, StringComparison.Ordinal)).i + 1;

    private static int LastLineOf(string text, string value) =>
        text.Split('\n').Select((line, i) => (line, i)).Last(x => x.line.Contains(value, StringComparison.Ordinal)).i + 1;
}
