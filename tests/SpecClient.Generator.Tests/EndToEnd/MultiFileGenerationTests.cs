using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SpecClient.Generator.Tests.Infrastructure;

namespace SpecClient.Generator.Tests.EndToEnd;

/// <summary>
/// A multi-file spec through the real generator: the files the entry reaches come in as
/// OpenApiClientPart additional files (as SpecClient.Generator.props passes them), editing one
/// regenerates, and an edit elsewhere re-reads nothing.
/// </summary>
public class MultiFileGenerationTests
{
    private const string EntryText = """
        openapi: 3.0.3
        info: {title: Pets, version: '1'}
        paths:
          /pets:
            get:
              $ref: 'resources/pets_list.yml'
        """;

    private const string OperationText = """
        operationId: listPets
        responses:
          '200':
            description: ok
            content:
              application/json:
                schema: {type: array, items: {$ref: '../models/pet.yml'}}
        """;

    private const string PetText = "type: object\nproperties:\n  name: {type: string}\n";

    private static SpecFile Entry(string folder) =>
        new(folder + "/openapi.yaml", EntryText, new Dictionary<string, string> { ["ClassName"] = "PetsClient", ["Namespace"] = "Pets" + folder.Length });

    private static SpecFile Part(string path, string text) =>
        new(path, text, new Dictionary<string, string> { ["SpecClientItem"] = "OpenApiClientPart" });

    private static SpecFile[] PetSpec(string folder = "/repo/api") => new[]
    {
        Entry(folder),
        Part(folder + "/resources/pets_list.yml", OperationText),
        Part(folder + "/models/pet.yml", PetText),
    };

    [Fact]
    public void Parts_under_the_entry_folder_produce_the_operations_and_types_and_the_code_compiles()
    {
        var output = GeneratorHarness.Run(PetSpec());

        Assert.Empty(output.GeneratorDiagnostics);
        Assert.Empty(output.CompilationProblems);
        var client = output.Compilation.GetTypeByMetadataName("Pets9.PetsClient");
        Assert.NotNull(client);
        Assert.Contains(client!.GetMembers(), m => m.Name == "ListPetsAsync");
        Assert.NotNull(output.Compilation.GetTypeByMetadataName("Pets9.Pet"));
    }

    [Fact]
    public void A_part_outside_the_reference_root_is_not_used_and_the_reference_is_a_located_SPEC021()
    {
        // The reference does reach /repo/shared/pet.yml, but without SpecRoot metadata the root is the entry's folder.
        var operation = OperationText.Replace("../models/pet.yml", "../../shared/pet.yml", StringComparison.Ordinal);
        var output = GeneratorHarness.Run(Entry("/repo/api"), Part("/repo/api/resources/pets_list.yml", operation), Part("/repo/shared/pet.yml", PetText));

        var error = Assert.Single(output.GeneratorDiagnostics, d => d.Id == "SPEC021");
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal("/repo/api/resources/pets_list.yml", error.Location.GetLineSpan().Path);
        Assert.Equal(6, error.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void An_edit_to_a_part_rereads_the_spec_and_changes_the_output()
    {
        var compilation = GeneratorHarness.CreateCompilation("namespace Consumer { internal static class First { } }");
        var driver = GeneratorHarness.CreateDriver(PetSpec(), out var texts).RunGenerators(compilation);
        var before = driver.GetRunResult().Results.Single().GeneratedSources.Select(s => s.SourceText.ToString()).ToList();

        var pet = texts.Single(t => t.Path.EndsWith("pet.yml", StringComparison.Ordinal));
        driver = driver.ReplaceAdditionalText(pet, new InMemoryAdditionalText(pet.Path, PetText + "  nickname: {type: string}\n"));
        var run = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.Contains(IncrementalStepRunReason.Modified, run.TrackedSteps[TrackingNames.ReadResults].SelectMany(s => s.Outputs).Select(o => o.Reason));
        var after = run.GeneratedSources.Select(s => s.SourceText.ToString()).ToList();
        Assert.NotEqual(before, after);
        Assert.Contains(after, text => text.Contains("Nickname", StringComparison.Ordinal));
    }

    [Fact]
    public void An_edit_to_an_unrelated_csharp_file_rereads_nothing()
    {
        var compilation = GeneratorHarness.CreateCompilation("namespace Consumer { internal static class First { } }");
        var driver = GeneratorHarness.CreateDriver(PetSpec()).RunGenerators(compilation);

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(
            "namespace Consumer { internal static class Second { } }", GeneratorHarness.ParseOptions, path: "Second.cs"));
        var steps = driver.RunGenerators(edited).GetRunResult().Results.Single().TrackedSteps;

        foreach (var name in new[] { TrackingNames.SpecParts, TrackingNames.SpecRequestsWithParts, TrackingNames.ReadResults, TrackingNames.ClientModels })
        {
            var reasons = steps[name].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
            Assert.NotEmpty(reasons);
            Assert.All(reasons, reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{name} re-ran: {reason}"));
        }
    }

    [Fact]
    public void An_edit_to_another_clients_part_leaves_this_client_unread()
    {
        var compilation = GeneratorHarness.CreateCompilation("namespace Consumer { internal static class First { } }");
        var specs = PetSpec("/repo/a").Concat(PetSpec("/repo/bb")).ToArray();
        var driver = GeneratorHarness.CreateDriver(specs, out var texts).RunGenerators(compilation);

        var otherPet = texts.Single(t => t.Path == "/repo/bb/models/pet.yml");
        driver = driver.ReplaceAdditionalText(otherPet, new InMemoryAdditionalText(otherPet.Path, PetText + "  nickname: {type: string}\n"));
        var reads = driver.RunGenerators(compilation).GetRunResult().Results.Single().TrackedSteps[TrackingNames.ReadResults];

        // Cached, not merely Unchanged: client a's inputs did not change, so its spec was not read again.
        var reasons = reads.SelectMany(s => s.Outputs).Select(o => o.Reason).OrderBy(r => r).ToList();
        Assert.Equal(new[] { IncrementalStepRunReason.Modified, IncrementalStepRunReason.Cached }.OrderBy(r => r), reasons);
    }
}
