using System.Collections.Generic;
using System.IO;
using System.Linq;
using SpecClient.Generator.Tests.Infrastructure;

namespace SpecClient.Generator.Tests.EndToEnd;

/// <summary>
/// paging.yaml (one list operation per paging convention) through the real generator with the <c>Pagination</c>
/// metadata: the client's <c>{Operation}AllAsync</c> shells and their interface declarations as verified snapshots,
/// compiling cleanly.
/// </summary>
public class PagingSpecTests
{
    /// <summary>The files whose snapshots are kept: the client (its AllAsync shells) and the interface (their declarations).</summary>
    public static readonly IReadOnlyList<string> SnapshotFiles = new[] { "Paging.Api.PagingClient", "Paging.Api.PagingClient.Interface" };

    private static readonly string SpecPath = Path.Combine(RepoPaths.TestProject, "Binding", "paging.yaml");

    public static GeneratorOutput Generate() => GeneratorHarness.Run(new SpecFile(
        SpecPath,
        File.ReadAllText(SpecPath),
        new Dictionary<string, string>
        {
            ["ClassName"] = "PagingClient",
            ["Namespace"] = "Paging.Api",
            ["Pagination"] = "listChanges=cursor:since:continuation@changes,listLogs=off",
        }));

    [Fact]
    public void The_AllAsync_methods_match_the_verified_snapshots_and_compile_cleanly()
    {
        var output = Generate();

        Assert.Empty(output.GeneratorDiagnostics);
        Assert.True(output.CompilationProblems.Count == 0, string.Join("\n", output.CompilationProblems));
        Snapshot.VerifyAll(output.Sources
            .Where(s => SnapshotFiles.Contains(s.HintName.Replace(".g.cs", string.Empty)))
            .Select(s => ("Paging#" + s.HintName.Replace(".g.cs", string.Empty), s.SourceText.ToString())));
    }

    [Fact]
    public void Every_detected_or_named_convention_has_its_AllAsync_method_and_the_one_turned_off_has_none()
    {
        var client = Generate().Sources.Single(s => s.HintName == "Paging.Api.PagingClient.g.cs").SourceText.ToString();

        var paged = System.Text.RegularExpressions.Regex.Matches(client, @" (\w+)AllAsync\(").Select(m => m.Groups[1].Value).OrderBy(n => n);
        Assert.Equal(
            new[]
            {
                "ListArtists", "ListChanges", "ListCharges", "ListConversation", "ListDocuments", "ListDroplets", "ListEvents", "ListFiles",
                "ListFolderItems", "ListMessage", "ListOperations", "ListRecords", "ListRepos", "ListVaults",
            },
            paged);
    }

    [Fact]
    public void AllAsync_compiles_on_a_tag_group_too()
    {
        var text = File.ReadAllText(SpecPath).Replace("      operationId: listFiles\n", "      operationId: listFiles\n      tags: [files]\n").Replace("      operationId: listRepos\n", "      operationId: listRepos\n      tags: [files]\n");
        var output = GeneratorHarness.Run(new SpecFile(SpecPath, text, new Dictionary<string, string> { ["ClassName"] = "PagingClient", ["GroupByTag"] = "true" }));

        Assert.Empty(output.GeneratorDiagnostics);
        Assert.True(output.CompilationProblems.Count == 0, string.Join("\n", output.CompilationProblems));
        var client = output.Sources.Single(s => s.HintName.EndsWith("PagingClient.g.cs", System.StringComparison.Ordinal)).SourceText.ToString();
        Assert.Contains("(cursor, options, ct) => ListFilesWithResponseAsync(cursor, limit, options, ct)", client, System.StringComparison.Ordinal);
        Assert.Contains("_client._httpClient.BaseAddress", client, System.StringComparison.Ordinal);
    }
}
