using System.Globalization;
using System.IO.Compression;

namespace SpecClient.Packaging.Tests;

/// <summary>
/// Packs SpecClient.Runtime and SpecClient.Generator once per test run, into a temporary folder feed, with a
/// prerelease version no earlier run used (so no NuGet cache can serve a stale copy). Consumers restore into a
/// fresh NUGET_PACKAGES folder of their own: our packages come only from the feed (package source mapping), the
/// rest (Polly.Core, Microsoft.Net.Compilers.Toolset) from nuget.org, a few seconds of download in all.
/// Set SPECCLIENT_KEEP_PACKAGING_TEMP=1 to keep the temporary folder for a look after the run.
/// </summary>
public sealed class PackagesFixture : IDisposable
{
    public PackagesFixture()
    {
        RepositoryRoot = FindRepositoryRoot();
        var stamp = DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        Version = $"0.1.0-test.{stamp}.{System.Environment.ProcessId}";
        Root = Path.Combine(Path.GetTempPath(), $"specclient-packaging-{stamp}-{System.Environment.ProcessId}");
        Feed = Path.Combine(Root, "feed");
        PackagesFolder = Path.Combine(Root, "nuget-packages");
        Directory.CreateDirectory(Feed);
        Directory.CreateDirectory(PackagesFolder);

        // Consumers live under Root: stop MSBuild's walk up for Directory.Build.* files at Root.
        File.WriteAllText(Path.Combine(Root, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(Root, "Directory.Build.targets"), "<Project />\n");

        // The packages' zip entries carry the last commit's time; remember it so a repack can use the same one
        // even if someone commits meanwhile.
        CommitTime = GitCommitTime(RepositoryRoot);

        foreach (var project in new[] { "src/Runtime/Runtime.csproj", "src/Generator/Generator.csproj" })
        {
            var name = Path.GetFileNameWithoutExtension(project);
            var result = DotNet.Run(
                RepositoryRoot,
                null,
                "pack", Path.Combine(RepositoryRoot, project),
                "-c", "Release",
                "-o", Feed,
                "--artifacts-path", Path.Combine(Root, "artifacts", name),
                $"-p:Version={Version}",
                "-p:ContinuousIntegrationBuild=true");
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"Packing {project} failed.\n{result}");
            }

            PackOutput += result + "\n";
        }

        GeneratorPackage = Path.Combine(Feed, $"SpecClient.Generator.{Version}.nupkg");
        RuntimePackage = Path.Combine(Feed, $"SpecClient.Runtime.{Version}.nupkg");
    }

    public string RepositoryRoot { get; }

    /// <summary>The version both packages were packed with.</summary>
    public string Version { get; }

    /// <summary>The temporary folder holding the feed, the package folder and every consumer.</summary>
    public string Root { get; }

    public string Feed { get; }

    public string PackagesFolder { get; }

    public string GeneratorPackage { get; }

    public string RuntimePackage { get; }

    public string PackOutput { get; } = string.Empty;

    /// <summary>The Unix time of the last commit when packing started (what the packages' zip entries carry), or null without git.</summary>
    public string? CommitTime { get; }

    /// <summary>The environment of every consumer process.</summary>
    public IReadOnlyDictionary<string, string?> Environment => new Dictionary<string, string?>
    {
        ["NUGET_PACKAGES"] = PackagesFolder,
    };

    public static IReadOnlyList<string> Entries(string package)
    {
        using var zip = ZipFile.OpenRead(package);
        return zip.Entries.Select(e => e.FullName).OrderBy(n => n, StringComparer.Ordinal).ToList();
    }

    public static string ReadEntry(string package, string entry)
    {
        using var zip = ZipFile.OpenRead(package);
        using var reader = new StreamReader(zip.GetEntry(entry)!.Open());
        return reader.ReadToEnd();
    }

    public void Dispose()
    {
        if (System.Environment.GetEnvironmentVariable("SPECCLIENT_KEEP_PACKAGING_TEMP") == "1")
        {
            return;
        }

        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a lingering build server may still hold a file.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static string? GitCommitTime(string repository)
    {
        try
        {
            var start = new System.Diagnostics.ProcessStartInfo("git") { WorkingDirectory = repository, RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add("log");
            start.ArgumentList.Add("-1");
            start.ArgumentList.Add("--format=%ct");
            using var process = System.Diagnostics.Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            return process.ExitCode == 0 && output.Length > 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    internal static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Generator.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Generator.sln not found above " + AppContext.BaseDirectory);
    }
}

[CollectionDefinition(Name)]
public sealed class PackagingCollection : ICollectionFixture<PackagesFixture>
{
    public const string Name = "Packaging";
}
