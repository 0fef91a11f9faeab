using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using SpecClient.Generator.Tests.Reading;

namespace SpecClient.Generator.Tests.Build;

/// <summary>
/// What src/Generator/build/SpecClient.Generator.props hands the compiler, evaluated by the real MSBuild on a
/// throwaway project: the spec parts under the spec root, and nothing a .NET or Node project keeps beside them.
/// </summary>
public sealed class ItemMappingTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "specclient-items-" + Guid.NewGuid().ToString("N"));

    public ItemMappingTests()
    {
        foreach (var file in new[]
        {
            "app/spec/api.yaml", "app/spec/paths/pets.yaml", "app/common/Error.yaml", "app/common/Problem.json",
            "app/node_modules/lib/package.json", "app/node_modules/lib/openapi.yaml", "app/bin/Debug/app.deps.json",
            "app/obj/project.assets.json", "app/.vscode/settings.json", "app/.git/x.json", "app/appsettings.json",
            "app/appsettings.Development.json", "app/Properties/launchSettings.json", "app/package.json",
            "app/tsconfig.json", "shared/Shared.yaml",
        })
        {
            var path = Path.Combine(_folder, file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, "{}");
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private (string Path, string Item, string? Root)[] AdditionalFiles(string clientMetadata, string include = "spec/api.yaml")
    {
        var props = Path.Combine(ReaderHarness.RepoRoot(), "src/Generator/build/SpecClient.Generator.props");
        File.WriteAllText(Path.Combine(_folder, "app/app.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="{props}" />
              <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
              <ItemGroup><OpenApiClient Include="{include}" {clientMetadata} /></ItemGroup>
            </Project>
            """);
        var json = RunDotNet(Path.Combine(_folder, "app"), "msbuild", "-nologo", "-t:SpecClientCollectOpenApiClients", "-getItem:AdditionalFiles");
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("Items").GetProperty("AdditionalFiles").EnumerateArray()
            .Select(item => (
                Path.GetRelativePath(_folder, item.GetProperty("Identity").GetString()!).Replace('\\', '/'),
                item.TryGetProperty("SpecClientItem", out var kind) ? kind.GetString()! : string.Empty,
                item.TryGetProperty("SpecRoot", out var root) && root.GetString() is { Length: > 0 } value ? value : null))
            .ToArray();
    }

    [Fact]
    public void Parts_come_from_the_project_folder_without_build_output_packages_hidden_folders_or_settings()
    {
        var files = AdditionalFiles(string.Empty);

        var parts = files.Where(f => f.Item == "OpenApiClientPart").Select(f => f.Path).OrderBy(p => p, StringComparer.Ordinal);
        Assert.Equal(new[] { "app/common/Error.yaml", "app/common/Problem.json", "app/spec/paths/pets.yaml" }, parts);
        var entry = Assert.Single(files, f => f.Item == "OpenApiClient");
        Assert.Equal("app/spec/api.yaml", entry.Path);
        Assert.Equal(Path.Combine(_folder, "app") + Path.DirectorySeparatorChar, entry.Root);
    }

    [Fact]
    public void SpecRoot_widens_the_parts_to_another_folder_and_reaches_the_generator_as_a_full_path()
    {
        var files = AdditionalFiles("SpecRoot=\"..\"");

        Assert.Contains(files, f => f.Path == "shared/Shared.yaml" && f.Item == "OpenApiClientPart");
        Assert.DoesNotContain(files, f => f.Path.Contains("node_modules", StringComparison.Ordinal) || f.Path.Contains("appsettings", StringComparison.Ordinal));
        Assert.Equal(_folder + Path.DirectorySeparatorChar, Assert.Single(files, f => f.Item == "OpenApiClient").Root);
    }

    [Fact]
    public void A_spec_outside_the_project_folder_has_its_own_folder_as_root()
    {
        var files = AdditionalFiles(string.Empty, "../shared/Shared.yaml");

        var entry = Assert.Single(files, f => f.Item == "OpenApiClient");
        Assert.Equal(Path.Combine(_folder, "shared") + Path.DirectorySeparatorChar, entry.Root);
        Assert.DoesNotContain(files, f => f.Item == "OpenApiClientPart");
    }

    private static string RunDotNet(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // `dotnet test` sets MSBuild variables for its own build; the child evaluation must not inherit them.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(key);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, output + errors.Result);
        return output;
    }
}
