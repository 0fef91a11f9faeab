using System.Collections.Generic;
using System.IO;
using System.Linq;
using SpecClient.Generator.Tests.Infrastructure;

namespace SpecClient.Generator.Tests.Selection;

/// <summary>The README's example: two operations of openai.yaml (288 operations, 1,422 schemas) generate a small client that compiles.</summary>
public class OpenAiSelectionTests
{
    [Fact]
    public void ListModels_and_createEmbedding_generate_under_300_K_characters_that_compile()
    {
        var path = Path.Combine(RepoPaths.Corpus, "openai.yaml");
        var metadata = new Dictionary<string, string>
        {
            ["ClassName"] = "OpenAiClient",
            ["Namespace"] = "OpenAi.Api",
            ["Operations"] = "listModels;createEmbedding",
        };

        var output = GeneratorHarness.Run(new SpecFile(path, File.ReadAllText(path), metadata));

        var characters = output.Sources.Sum(s => s.SourceText.Length);
        Assert.InRange(characters, 1, 299_999);
        Assert.Empty(output.CompilationProblems);
        var client = output.Compilation.GetTypeByMetadataName("OpenAi.Api.OpenAiClient")!;
        var operations = client.GetMembers().Where(m => m.DeclaredAccessibility == Microsoft.CodeAnalysis.Accessibility.Public && m.Name.EndsWith("Async", System.StringComparison.Ordinal)).Select(m => m.Name).Distinct().OrderBy(n => n);
        // Each kept operation has its plain method and its raw-response twin; nothing else public.
        Assert.Equal(new[] { "CreateEmbeddingAsync", "CreateEmbeddingWithResponseAsync", "ListModelsAsync", "ListModelsWithResponseAsync" }, operations);
        // The full spec gives webhook and rule warnings; none of them is about what the two operations reach.
        var info = Assert.Single(output.GeneratorDiagnostics);
        Assert.Equal("SPEC031", info.Id);
        Assert.StartsWith("Generated 2 of 2", info.GetMessage(), System.StringComparison.Ordinal);
    }
}
