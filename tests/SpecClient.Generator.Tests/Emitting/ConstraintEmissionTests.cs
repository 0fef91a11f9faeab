using System.Collections.Generic;
using System.IO;
using System.Linq;
using SpecClient.Generator.Tests.Infrastructure;

namespace SpecClient.Generator.Tests.Emitting;

/// <summary>
/// constraints.yaml with Validate="true": DataAnnotations, [ApiSchema], [Obsolete] with SPEC105 and the validation
/// class, as verified snapshots; the result compiles; spec text in a pattern cannot escape its literal.
/// </summary>
public class ConstraintEmissionTests
{
    public static readonly string[] SnapshotFiles = { "ConstraintsClient", "ConstraintsClient.Models", "ConstraintsClient.Validation" };

    public static GeneratorOutput Generate() =>
        GeneratorHarness.Run(new SpecFile(
            Path.Combine(RepoPaths.TestProject, "Analyzers", "constraints.yaml"),
            File.ReadAllText(Path.Combine(RepoPaths.TestProject, "Analyzers", "constraints.yaml")),
            new Dictionary<string, string> { ["ClassName"] = "ConstraintsClient", ["Namespace"] = "Constraints.Api", ["Validate"] = "true" }));

    [Fact]
    public void Constraint_attributes_and_validation_match_the_verified_snapshots_and_compile()
    {
        var output = Generate();

        Assert.Empty(output.CompilationProblems);
        var sources = output.Sources.ToDictionary(s => s.HintName.Replace(".g.cs", string.Empty)["Constraints.Api.".Length..], s => s.SourceText.ToString());
        Snapshot.VerifyAll(SnapshotFiles.Select(name => ("Constraints#" + name, sources[name])));
    }

    [Fact]
    public void Without_Validate_no_validation_is_generated()
    {
        var spec = Path.Combine(RepoPaths.TestProject, "Analyzers", "constraints.yaml");
        var output = GeneratorHarness.Run(new SpecFile(spec, File.ReadAllText(spec), new Dictionary<string, string> { ["ClassName"] = "ConstraintsClient" }));

        Assert.DoesNotContain(output.Sources, s => s.HintName.EndsWith("Validation.g.cs", System.StringComparison.Ordinal));
        Assert.DoesNotContain(output.Sources, s => s.SourceText.ToString().Contains("ApiValidation", System.StringComparison.Ordinal));
        Assert.Contains(output.Sources, s => s.SourceText.ToString().Contains("StringLength(20, MinimumLength = 3)", System.StringComparison.Ordinal));
        Assert.Empty(output.CompilationProblems);
    }

    [Fact]
    public void A_hostile_pattern_and_sunset_stay_inside_their_literals()
    {
        const string Spec = """
            openapi: 3.0.3
            info: { title: T, version: "1" }
            paths:
              /x:
                post:
                  operationId: send
                  deprecated: true
                  x-sunset: "2026-01-01\"); class Injected { //"
                  requestBody:
                    content:
                      application/json:
                        schema: { $ref: "#/components/schemas/Box" }
                  responses:
                    "204": { description: ok }
            components:
              schemas:
                Box:
                  type: object
                  properties:
                    code:
                      type: string
                      pattern: "^a\"\\)]\\s*class Injected2 \\{ \\}\n$"
            """;

        var output = GeneratorHarness.Run(new SpecFile("/specs/hostile.yaml", Spec, new Dictionary<string, string> { ["ClassName"] = "HostileClient", ["Validate"] = "true" }));

        Assert.Empty(output.CompilationProblems);
        Assert.DoesNotContain(output.Compilation.GetSymbolsWithName(n => n.StartsWith("Injected", System.StringComparison.Ordinal)), _ => true);
        var box = output.Compilation.GetTypeByMetadataName("Consumer.Box")!;
        var pattern = box.GetMembers("Code").Single().GetAttributes().Single(a => a.AttributeClass!.Name == "RegularExpressionAttribute");
        Assert.Equal("^a\"\\)]\\s*class Injected2 \\{ \\}\n$", pattern.ConstructorArguments[0].Value);
    }
}
