using System;
using System.IO;

namespace SpecClient.Contract.Tests;

public static class CorpusPaths
{
    public static string Spec(string name)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Generator.sln")))
        {
            directory = directory.Parent;
        }

        return Path.GetFullPath(Path.Combine(directory!.FullName, "..", "shared", "corpus", name));
    }
}
