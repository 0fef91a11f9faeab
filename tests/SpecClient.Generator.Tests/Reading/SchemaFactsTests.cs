using System.Linq;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using SpecClient.Generator.Reading;

namespace SpecClient.Generator.Tests.Reading;

/// <summary>
/// A <c>$ref</c> schema's keywords are read from its target found once; a keyword written beside the <c>$ref</c>
/// still wins, exactly as OpenAPI.NET's own getters say.
/// </summary>
public class SchemaFactsTests
{
    private const string Spec = """
        openapi: 3.1.0
        info: {title: t, version: '1'}
        paths: {}
        components:
          schemas:
            Name: {type: string, maxLength: 20, description: A name.}
            Alias: {$ref: '#/components/schemas/Name'}
            Pet:
              type: object
              properties:
                plain: {$ref: '#/components/schemas/Name'}
                described: {$ref: '#/components/schemas/Name', description: Beside the ref.}
                readOnly: {$ref: '#/components/schemas/Name', readOnly: false}
                chained: {$ref: '#/components/schemas/Alias'}
        """;

    private static readonly OpenApiDocument Document = Load();

    private static IOpenApiSchema Property(string name) => Document.Components!.Schemas!["Pet"].Properties![name];

    [Fact]
    public void A_reference_with_nothing_beside_it_reads_as_its_target()
    {
        var facts = new SchemaFacts();
        var reference = (OpenApiSchemaReference)Property("plain");

        var read = facts.Of(reference);

        Assert.Same(Document.Components!.Schemas!["Name"], read);
        Assert.Equal(reference.MaxLength, read.MaxLength);
        Assert.Equal(reference.Description, read.Description);
        Assert.Same(read, facts.Of(reference));
    }

    [Theory]
    [InlineData("described")]
    [InlineData("readOnly")]
    public void A_keyword_beside_the_reference_keeps_the_reference_itself(string property)
    {
        var reference = Property(property);

        Assert.Same(reference, new SchemaFacts().Of(reference));
    }

    [Fact]
    public void References_to_references_are_followed()
    {
        Assert.Same(Document.Components!.Schemas!["Name"], new SchemaFacts().Of(Property("chained")));
    }

    [Fact]
    public void The_model_carries_the_targets_constraints_and_the_keywords_beside_a_reference()
    {
        var pet = ReaderHarness.ReadSpec(Spec).Type("Pet");

        Assert.Equal(20, pet.Property("plain").Constraints!.MaxLength);
        Assert.Equal("A name.", pet.Property("plain").Description);
        Assert.Equal("Beside the ref.", pet.Property("described").Description);
        Assert.Equal(20, pet.Property("chained").Constraints!.MaxLength);
    }

    private static OpenApiDocument Load()
    {
        var settings = new OpenApiReaderSettings();
        settings.AddYamlReader();
        return OpenApiDocument.Parse(Spec, "yaml", settings).Document!;
    }
}
