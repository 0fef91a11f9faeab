using System.Linq;

namespace SpecClient.Generator.Tests.Selection;

/// <summary>Which operations <c>Operations</c> and <c>ExcludeOperations</c> keep: operationIds, tags, path patterns.</summary>
public class OperationSelectionTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: {title: Pets, version: '1'}
        paths:
          /pets:
            get:
              operationId: listPets
              tags: [pets]
              responses: {'204': {description: ok}}
            post:
              operationId: createPet
              tags: [pets]
              responses: {'204': {description: ok}}
          /pets/{id}:
            parameters: [{name: id, in: path, required: true, schema: {type: string}}]
            get:
              operationId: getPet
              tags: [pets]
              responses: {'204': {description: ok}}
            delete:
              operationId: deletePet
              tags: [pets, admin]
              responses: {'204': {description: ok}}
          /files/{id}/content:
            parameters: [{name: id, in: path, required: true, schema: {type: string}}]
            get:
              tags: [files]
              responses: {'204': {description: ok}}
          /stores:
            get:
              operationId: listStores
              tags: [stores]
              responses: {'204': {description: ok}}
        """;

    [Fact]
    public void Without_metadata_every_operation_is_generated() =>
        Assert.Equal(
            new[] { "listPets", "createPet", "getPet", "deletePet", "get /files/{id}/content", "listStores" },
            SelectionHarness.ReadSpec(Spec, null).OperationIds());

    [Theory]
    [InlineData("listPets", new[] { "listPets" })]
    [InlineData("listStores;listPets", new[] { "listPets", "listStores" })]
    [InlineData(" listPets ;\n  getPet ; ", new[] { "listPets", "getPet" })]
    [InlineData("tag:pets", new[] { "listPets", "createPet", "getPet", "deletePet" })]
    [InlineData("tag:admin;tag:stores", new[] { "deletePet", "listStores" })]
    [InlineData("/pets/**", new[] { "listPets", "createPet", "getPet", "deletePet" })]
    [InlineData("/pets/*", new[] { "getPet", "deletePet" })]
    [InlineData("/files/**", new[] { "get /files/{id}/content" })]
    [InlineData("/*/{id}/content", new[] { "get /files/{id}/content" })]
    public void Operations_keeps_what_its_entries_name_in_spec_order(string operations, string[] expected) =>
        Assert.Equal(expected, SelectionHarness.ReadSpec(Spec, operations).OperationIds());

    [Fact]
    public void ExcludeOperations_alone_drops_what_it_names() =>
        Assert.Equal(
            new[] { "listPets", "createPet", "getPet", "get /files/{id}/content" },
            SelectionHarness.ReadSpec(Spec, null, "tag:admin;listStores").OperationIds());

    [Fact]
    public void An_exclusion_wins_over_an_inclusion() =>
        Assert.Equal(
            new[] { "listPets", "getPet" },
            SelectionHarness.ReadSpec(Spec, "tag:pets", "createPet;tag:admin").OperationIds());

    [Fact]
    public void Entries_compare_exactly_as_the_spec_writes_them()
    {
        var result = SelectionHarness.Read(Spec, "ListPets;tag:Pets");

        Assert.Empty(result.Spec!.Operations);
        Assert.Equal(2, result.Diagnostics.Count(d => d.Id == "SPEC030"));
    }
}
