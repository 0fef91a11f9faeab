using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SpecClient.Generator.Tests.Infrastructure;

namespace SpecClient.Generator.Tests.EndToEnd;

/// <summary>DI registration is emitted exactly when the consumer references Microsoft.Extensions.Http, and compiles then.</summary>
public class DependencyInjectionEmissionTests
{
    private static SpecFile Prolific() => new(
        RepoPaths.Spec("prolific-credentials.yaml"),
        File.ReadAllText(RepoPaths.Spec("prolific-credentials.yaml")),
        new Dictionary<string, string> { ["ClassName"] = "ProlificCredentialsClient", ["Namespace"] = "Prolific.Credentials" });

    [Fact]
    public void Without_microsoft_extensions_http_nothing_di_related_is_emitted()
    {
        var output = GeneratorHarness.Run(Prolific());

        Assert.Null(output.Compilation.GetTypeByMetadataName("Prolific.Credentials.ProlificCredentialsClientServiceCollectionExtensions"));
        Assert.DoesNotContain(output.Sources, s => s.SourceText.ToString().Contains("Microsoft.Extensions", StringComparison.Ordinal));
        Assert.Empty(output.CompilationProblems);
    }

    [Fact]
    public void With_microsoft_extensions_http_the_registration_is_emitted_and_compiles_cleanly()
    {
        var extensions = Directory.GetFiles(AppContext.BaseDirectory, "Microsoft.Extensions.*.dll")
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path));
        var compilation = GeneratorHarness.CreateCompilation("namespace Consumer { internal static class Anchor { } }")
            .AddReferences(extensions);

        var output = GeneratorHarness.Run(compilation, Prolific());

        var registration = output.Compilation.GetTypeByMetadataName("Prolific.Credentials.ProlificCredentialsClientServiceCollectionExtensions");
        Assert.NotNull(registration);
        Assert.Contains(registration!.GetMembers("AddProlificCredentialsClient").OfType<IMethodSymbol>(),
            m => m.ReturnType.Name == "IHttpClientBuilder" && m.Parameters.Any(p => p.Type.Name == "IConfiguration"));
        Assert.True(output.CompilationProblems.Count == 0, string.Join("\n", output.CompilationProblems));
    }
}
