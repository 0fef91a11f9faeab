using System.Security;
using System.Text.RegularExpressions;

namespace SpecClient.Packaging.Tests;

/// <summary>A console project created from scratch in a temporary folder that references the packed SpecClient.Generator.</summary>
public sealed class ConsumerProject
{
    private static int _counter;
    private readonly PackagesFixture _packages;

    private ConsumerProject(PackagesFixture packages, string directory)
    {
        _packages = packages;
        Directory = directory;
    }

    public string Directory { get; }

    public string ProjectFile => Path.Combine(Directory, "Consumer.csproj");

    /// <summary>Where EmitCompilerGeneratedFiles puts the generator's output.</summary>
    public string GeneratedDirectory => Path.Combine(Directory, "generated");

    /// <summary>
    /// Creates the project. <paramref name="items"/> are the &lt;OpenApiClient&gt; (or other) items; <paramref name="properties"/>
    /// extra properties; <paramref name="packageReferences"/> extra package references.
    /// </summary>
    public static ConsumerProject Create(
        PackagesFixture packages,
        string name,
        string items,
        string properties = "",
        string packageReferences = "",
        bool referenceGenerator = true)
    {
        var directory = Path.Combine(packages.Root, $"{Interlocked.Increment(ref _counter):D2}-{name}");
        System.IO.Directory.CreateDirectory(directory);
        var consumer = new ConsumerProject(packages, directory);

        consumer.Write("nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="specclient-local" value="{SecurityElement.Escape(packages.Feed)}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
              <packageSourceMapping>
                <packageSource key="specclient-local">
                  <package pattern="SpecClient.*" />
                </packageSource>
                <packageSource key="nuget.org">
                  <package pattern="*" />
                </packageSource>
              </packageSourceMapping>
            </configuration>
            """);

        consumer.Write("Consumer.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <RootNamespace>Consumer</RootNamespace>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
                <CompilerGeneratedFilesOutputPath>generated</CompilerGeneratedFilesOutputPath>
            {properties}
              </PropertyGroup>
              <ItemGroup>
                <Compile Remove="generated/**" />
              </ItemGroup>
              <ItemGroup>
            {(referenceGenerator ? $"    <PackageReference Include=\"SpecClient.Generator\" Version=\"{packages.Version}\" />" : string.Empty)}
            {packageReferences}
              </ItemGroup>
              <ItemGroup>
            {items}
              </ItemGroup>
            </Project>
            """);
        return consumer;
    }

    public ConsumerProject Write(string relativePath, string content)
    {
        var path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return this;
    }

    /// <summary>Copies a file of the test's Consumer folder (a spec, a program, the loopback server) into the project.</summary>
    public ConsumerProject CopyAsset(string asset, string? relativePath = null) =>
        Write(relativePath ?? asset, ReadAsset(asset));

    public static string ReadAsset(string asset) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Consumer", asset));

    public ProcessResult Build(params string[] extraArguments) =>
        DotNet.Run(Directory, _packages.Environment, new[] { "build", ProjectFile, "-nologo" }.Concat(extraArguments).ToArray());

    public ProcessResult Run() =>
        DotNet.Run(Directory, _packages.Environment, "run", "--project", ProjectFile, "--no-build");

    /// <summary>Every generated file (path relative to <see cref="GeneratedDirectory"/>) with its text.</summary>
    public IReadOnlyDictionary<string, string> GeneratedFiles()
    {
        if (!System.IO.Directory.Exists(GeneratedDirectory))
        {
            return new Dictionary<string, string>();
        }

        return System.IO.Directory.EnumerateFiles(GeneratedDirectory, "*.cs", SearchOption.AllDirectories)
            .ToDictionary(path => Path.GetRelativePath(GeneratedDirectory, path), File.ReadAllText);
    }

    public IReadOnlyDictionary<string, DateTime> GeneratedFileTimes() =>
        System.IO.Directory.EnumerateFiles(GeneratedDirectory, "*.cs", SearchOption.AllDirectories)
            .ToDictionary(path => Path.GetRelativePath(GeneratedDirectory, path), File.GetLastWriteTimeUtc);
}

/// <summary>Reads compiler diagnostics out of build output.</summary>
public static partial class BuildOutput
{
    /// <summary>Diagnostics of the form <c>file(line,col): error|warning ID: message</c>, deduplicated (MSBuild repeats them in its summary).</summary>
    public static IReadOnlyList<Diagnostic> Diagnostics(string output) =>
        DiagnosticLine().Matches(output)
            .Select(m => new Diagnostic(
                m.Groups["file"].Value.Trim(),
                m.Groups["line"].Success ? int.Parse(m.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture) : 0,
                m.Groups["col"].Success ? int.Parse(m.Groups["col"].Value, System.Globalization.CultureInfo.InvariantCulture) : 0,
                m.Groups["severity"].Value,
                m.Groups["id"].Value,
                m.Groups["message"].Value.Trim()))
            .Distinct()
            .ToList();

    /// <summary>Diagnostic IDs the package must never cause: an analyzer that cannot load, throws, or crashes the generator.</summary>
    public static readonly string[] LoadOrCrashIds = { "CS8032", "CS8784", "CS8785", "AD0001" };

    [GeneratedRegex(@"^\s*(?<file>[^\r\n]*?)(\((?<line>\d+),(?<col>\d+)(,\d+,\d+)?\))?\s*:\s*(?<severity>error|warning)\s+(?<id>[A-Z]+\d+)\s*:\s*(?<message>[^\r\n]*)$", RegexOptions.Multiline)]
    private static partial Regex DiagnosticLine();
}

public sealed record Diagnostic(string File, int Line, int Column, string Severity, string Id, string Message);
