using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using SpecClient.Generator.Tests.Infrastructure;

namespace SpecClient.Generator.Tests.EndToEnd;

/// <summary>The bundled Prolific spec through the real generator: verified output that compiles cleanly.</summary>
public class ProlificSpecTests
{
    internal static GeneratorOutput Generate() => GeneratorHarness.Run(new SpecFile(
        RepoPaths.Spec("prolific-credentials.yaml"),
        File.ReadAllText(RepoPaths.Spec("prolific-credentials.yaml")),
        new Dictionary<string, string> { ["ClassName"] = "ProlificCredentialsClient", ["Namespace"] = "Prolific.Credentials" }));

    [Fact]
    public void Generated_source_matches_the_verified_snapshots()
    {
        var output = Generate();

        Assert.Empty(output.GeneratorDiagnostics);
        Snapshot.VerifyAll(output.Sources.Select(s => ("Prolific#" + s.HintName.Replace(".g.cs", string.Empty), s.SourceText.ToString())));
    }

    [Fact]
    public void Generated_source_compiles_with_no_warnings_under_nullable_and_warnings_as_errors()
    {
        var output = Generate();

        // Client, interface, credentials, options, JSON context, and one file for the six models (they fit one file).
        Assert.Equal(6, output.Sources.Count);
        Assert.True(output.CompilationProblems.Count == 0, string.Join("\n", output.CompilationProblems));
    }

    [Fact]
    public void The_default_class_name_comes_from_the_file_name()
    {
        var output = GeneratorHarness.Run(new SpecFile(
            RepoPaths.Spec("prolific-credentials.yaml"),
            File.ReadAllText(RepoPaths.Spec("prolific-credentials.yaml"))));

        var client = output.Compilation.GetTypeByMetadataName("Consumer.ProlificCredentialsClient");
        Assert.NotNull(client);
        Assert.Equal(Accessibility.Public, client!.DeclaredAccessibility);
    }

    [Fact]
    public void Internal_accessibility_makes_every_generated_type_internal()
    {
        var output = GeneratorHarness.Run(new SpecFile(
            RepoPaths.Spec("prolific-credentials.yaml"),
            File.ReadAllText(RepoPaths.Spec("prolific-credentials.yaml")),
            new Dictionary<string, string> { ["Accessibility"] = "internal", ["Namespace"] = "Hidden" }));

        var generated = output.Compilation.GlobalNamespace.GetNamespaceMembers().Single(n => n.Name == "Hidden").GetTypeMembers();
        Assert.NotEmpty(generated);
        Assert.All(generated, type => Assert.Equal(Accessibility.Internal, type.DeclaredAccessibility));
        Assert.True(output.CompilationProblems.Count == 0, string.Join("\n", output.CompilationProblems));
    }
}
