namespace SpecClient.Benchmarks;

/// <summary>Finds the repository and the shared corpus from wherever BenchmarkDotNet runs the benchmark process.</summary>
internal static class Paths
{
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>The corpus beside the repository (../shared/corpus), or SPECCLIENT_CORPUS when set.</summary>
    public static string Corpus =>
        Environment.GetEnvironmentVariable("SPECCLIENT_CORPUS") is { Length: > 0 } dir
            ? dir
            : Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "corpus"));

    /// <summary>Resolves a benchmark spec name: "prolific" is the bundled spec, anything else a corpus file.</summary>
    public static string Spec(string name) =>
        name == "prolific" ? Path.Combine(RepoRoot, "specs", "prolific-credentials.yaml") : Path.Combine(Corpus, name);

    private static string FindRepoRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Generator.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("Cannot find the repository root (Generator.sln) above " + AppContext.BaseDirectory);
    }
}
