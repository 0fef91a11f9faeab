using System;
using System.IO;

namespace SpecClient.Generator.Tests.Infrastructure;

/// <summary>Finds the repository (the folder with Generator.sln) and the shared corpus beside it.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> RootLazy = new(() =>
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Generator.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Generator.sln not found above " + AppContext.BaseDirectory);
    });

    public static string Root => RootLazy.Value;

    public static string Spec(string name) => Path.Combine(Root, "specs", name);

    public static string Corpus => Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpus"));

    /// <summary>The folder of this test project's sources (where snapshots are committed).</summary>
    public static string TestProject => Path.Combine(Root, "tests", "SpecClient.Generator.Tests");
}
