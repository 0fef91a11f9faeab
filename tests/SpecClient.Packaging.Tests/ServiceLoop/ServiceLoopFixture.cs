using System.Diagnostics;

namespace SpecClient.Packaging.Tests.ServiceLoop;

/// <summary>
/// A copy of tests/ServiceLoop (an ASP.NET Core service and a client generated from the document its build writes) in a
/// temporary folder, built once with `dotnet build` for every test of the collection. The repository's own projects
/// build into the copy's artifacts folder, so nothing here touches the worktree's bin/ and obj/.
/// </summary>
public sealed class ServiceLoopFixture : IDisposable
{
    public ServiceLoopFixture()
    {
        RepositoryRoot = PackagesFixture.FindRepositoryRoot();
        Root = Path.Combine(Path.GetTempPath(), $"specclient-serviceloop-{DateTime.UtcNow:yyyyMMddHHmmss}-{System.Environment.ProcessId}");
        Loop = Path.Combine(Root, "loop");
        CopyLoop(Path.Combine(RepositoryRoot, "tests", "ServiceLoop"), Loop);

        var watch = Stopwatch.StartNew();
        FirstBuild = Build();
        FirstBuildTime = watch.Elapsed;
    }

    public string RepositoryRoot { get; }

    public string Root { get; }

    /// <summary>The copy of the loop: Service/, Client/ and the solution.</summary>
    public string Loop { get; }

    public ProcessResult FirstBuild { get; }

    public TimeSpan FirstBuildTime { get; }

    public string Artifacts => Path.Combine(Root, "artifacts");

    public string ServiceDll => Path.Combine(Artifacts, "bin", "Service", "debug", "Service.dll");

    public string ClientDll => Path.Combine(Artifacts, "bin", "Client", "debug", "Client.dll");

    /// <summary>The generator's output for the client (EmitCompilerGeneratedFiles).</summary>
    public string GeneratedDirectory => Path.Combine(Artifacts, "obj", "Client", "generated");

    /// <summary>The document the service's build writes.</summary>
    public string Document => Path.Combine(Loop, "Service", "openapi", "Service.json");

    /// <summary>Builds the loop's solution as a user would, with the generator and runtime taken from this repository.</summary>
    public ProcessResult Build() => DotNet.Run(
        Loop,
        null,
        "build", Path.Combine(Loop, "ServiceLoop.slnx"), "-nologo",
        "--artifacts-path", Artifacts,
        "-p:SpecClientRoot=" + RepositoryRoot + Path.DirectorySeparatorChar);

    /// <summary>Every generated file of the client, concatenated.</summary>
    public string GeneratedSource() => Directory.Exists(GeneratedDirectory)
        ? string.Concat(Directory.EnumerateFiles(GeneratedDirectory, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllText))
        : string.Empty;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    // What a checkout of the loop holds: no build output, no document from an earlier build.
    private static void CopyLoop(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            var parts = relative.Split(Path.DirectorySeparatorChar);
            if (parts.Any(p => p is "bin" or "obj" or "openapi"))
            {
                continue;
            }

            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ServiceLoopCollection : ICollectionFixture<ServiceLoopFixture>
{
    public const string Name = "ServiceLoop";
}
