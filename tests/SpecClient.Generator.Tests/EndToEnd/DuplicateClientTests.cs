using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using SpecClient.Generator.Tests.Infrastructure;

namespace SpecClient.Generator.Tests.EndToEnd;

/// <summary>Two &lt;OpenApiClient&gt; items that end in the same namespace and class: one located error, the other client still generated.</summary>
public class DuplicateClientTests
{
    private const string Spec = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      operationId: getA\n      responses: {'204': {description: ok}}\n";

    private static SpecFile Item(string path) =>
        new(path, Spec, new Dictionary<string, string> { ["ClassName"] = "SameClient", ["Namespace"] = "Same.Api" });

    [Fact]
    public void The_second_item_reports_SPEC022_at_its_file_and_the_first_still_generates()
    {
        var output = GeneratorHarness.Run(Item("/specs/v2/api.yaml"), Item("/specs/v1/api.yaml"));

        Assert.DoesNotContain(output.GeneratorDiagnostics, d => d.Id is "CS8785" or "SPEC900");
        var duplicate = Assert.Single(output.GeneratorDiagnostics, d => d.Id == "SPEC022");
        Assert.Equal(DiagnosticSeverity.Error, duplicate.Severity);
        Assert.Equal("/specs/v2/api.yaml", duplicate.Location.GetLineSpan().Path);
        Assert.Contains("/specs/v1/api.yaml", duplicate.GetMessage(), System.StringComparison.Ordinal);
        Assert.Contains("Same.Api.SameClient", duplicate.GetMessage(), System.StringComparison.Ordinal);
        Assert.Empty(output.CompilationProblems);
        Assert.NotNull(output.Compilation.GetTypeByMetadataName("Same.Api.SameClient"));
        Assert.Equal(output.Sources.Count, output.Sources.Select(s => s.HintName).Distinct().Count());
    }

    [Fact]
    public void Items_with_different_classes_both_generate()
    {
        var other = new SpecFile("/specs/v2/api.yaml", Spec, new Dictionary<string, string> { ["ClassName"] = "OtherClient", ["Namespace"] = "Same.Api" });

        var output = GeneratorHarness.Run(Item("/specs/v1/api.yaml"), other);

        Assert.DoesNotContain(output.GeneratorDiagnostics, d => d.Id == "SPEC022");
        Assert.NotNull(output.Compilation.GetTypeByMetadataName("Same.Api.SameClient"));
        Assert.NotNull(output.Compilation.GetTypeByMetadataName("Same.Api.OtherClient"));
    }
}
