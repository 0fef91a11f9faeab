using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using SpecClient.Generator.Tests.Infrastructure;

namespace SpecClient.Generator.Tests.Selection;

/// <summary>What the generator reports about <c>Operations</c>/<c>ExcludeOperations</c>, through the real pipeline (item metadata in).</summary>
public class SelectionDiagnosticsTests
{
    private const string SpecPath = "/repo/api/pets.yaml";

    private const string Spec = """
        openapi: 3.0.3
        info: {title: Pets, version: '1'}

        paths:
          /pets:
            get:
              operationId: listPets
              tags: [pets]
              responses:
                '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Pet'}}}}
          /stores:
            get:
              operationId: listStores
              responses:
                '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Store'}}}}
        components:
          schemas:
            Pet: {type: object, properties: {name: {type: string}}}
            Store: {type: object, properties: {name: {type: string}}}
            Owner: {type: object, properties: {name: {type: string}}}
        """;

    private static GeneratorOutput Run(string? operations, string? exclude = null)
    {
        var metadata = new Dictionary<string, string> { ["ClassName"] = "PetsClient", ["Namespace"] = "Pets.Api" };
        if (operations is not null)
        {
            metadata["Operations"] = operations;
        }

        if (exclude is not null)
        {
            metadata["ExcludeOperations"] = exclude;
        }

        return GeneratorHarness.Run(new SpecFile(SpecPath, Spec, metadata));
    }

    [Fact]
    public void An_entry_that_matches_nothing_is_a_warning_located_at_the_specs_paths_naming_the_metadata_and_the_entry()
    {
        var output = Run("listPets;listPet", "tag:nothing");

        var warnings = output.GeneratorDiagnostics.Where(d => d.Id == "SPEC030").ToList();
        Assert.Equal(2, warnings.Count);
        Assert.All(warnings, w => Assert.Equal(DiagnosticSeverity.Warning, w.Descriptor.DefaultSeverity));
        Assert.All(warnings, w => Assert.Equal(SpecPath, w.Location.GetLineSpan().Path));
        Assert.All(warnings, w => Assert.Equal(3, w.Location.GetLineSpan().StartLinePosition.Line));
        Assert.Contains(warnings, w => w.GetMessage().Contains("'Operations' has the entry 'listPet'", System.StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.GetMessage().Contains("'ExcludeOperations' has the entry 'tag:nothing'", System.StringComparison.Ordinal));
        Assert.Empty(output.CompilationProblems);
    }

    [Fact]
    public void An_info_says_how_many_operations_and_schemas_were_kept_out_of_how_many()
    {
        var output = Run("tag:pets");

        var info = Assert.Single(output.GeneratorDiagnostics, d => d.Id == "SPEC031");
        Assert.Equal(DiagnosticSeverity.Info, info.Descriptor.DefaultSeverity);
        Assert.Equal("Generated 1 of 2 operations; they reach 1 of 3 component schemas, which with their inline schemas give 1 types", info.GetMessage());
        Assert.DoesNotContain(output.GeneratorDiagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
    }

    [Fact]
    public void Only_the_kept_operations_and_reached_types_are_generated_and_they_compile()
    {
        var output = Run("listPets");

        Assert.Empty(output.CompilationProblems);
        var client = output.Compilation.GetTypeByMetadataName("Pets.Api.PetsClient")!;
        Assert.Contains(client.GetMembers(), m => m.Name == "ListPetsAsync");
        Assert.DoesNotContain(client.GetMembers(), m => m.Name == "ListStoresAsync");
        Assert.NotNull(output.Compilation.GetTypeByMetadataName("Pets.Api.Pet"));
        Assert.Null(output.Compilation.GetTypeByMetadataName("Pets.Api.Store"));
        Assert.Null(output.Compilation.GetTypeByMetadataName("Pets.Api.Owner"));
    }

    [Fact]
    public void Without_the_metadata_nothing_is_reported_and_every_schema_is_generated()
    {
        var output = Run(null);

        Assert.DoesNotContain(output.GeneratorDiagnostics, d => d.Id is "SPEC030" or "SPEC031");
        Assert.NotNull(output.Compilation.GetTypeByMetadataName("Pets.Api.Owner"));
    }
}
