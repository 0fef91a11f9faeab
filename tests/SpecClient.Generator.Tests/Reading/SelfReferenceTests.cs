using System.Linq;
using static SpecClient.Generator.Tests.Reading.ReaderHarness;

namespace SpecClient.Generator.Tests.Reading;

/// <summary>
/// A <c>$ref</c> written as an absolute URI: to the document itself (OpenAPI 3.2's <c>$self</c>) it is a reference inside
/// it; to any other document it is a URL never fetched, never this document's schema of the same name.
/// </summary>
public class SelfReferenceTests
{
    private static string Spec(string self) => """
        openapi: 3.2.0
        SELF_LINE
        info: {title: t, version: '1'}
        paths: {}
        components:
          schemas:
            Owner:
              type: object
              properties: {name: {type: string}}
            Pet:
              type: object
              properties:
                owner: {$ref: 'https://api.example/specs/openapi.yaml#/components/schemas/Owner'}
                vet: {$ref: 'https://elsewhere.example/openapi.yaml#/components/schemas/Owner'}
        """.Replace("SELF_LINE", self, System.StringComparison.Ordinal);

    [Fact]
    public void An_absolute_reference_to_the_document_named_by_self_is_local()
    {
        var result = Read(Spec("$self: https://api.example/specs/openapi.yaml"));

        Assert.True(result.Spec is not null, Describe(result));
        var pet = Named(result.Spec!).Type("Pet");
        Assert.True(pet.Property("owner").Type.Name == "Owner", Describe(result));

        // Another document is still never fetched: SPEC009 at its $ref, and only there.
        var notFetched = Assert.Single(result.Diagnostics, d => d.Id == "SPEC009");
        Assert.Contains("elsewhere.example", notFetched.MessageArgs[0], System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_reference_to_another_document_never_takes_this_documents_schema_of_the_same_name()
    {
        var result = Read(Spec("$self: https://api.example/specs/openapi.yaml"));

        // OpenAPI.NET alone would resolve the fragment here and make 'vet' this document's Owner.
        Assert.Equal("Json", Named(result.Spec!).Type("Pet").Property("vet").Type.Show());
    }

    [Fact]
    public void Without_self_an_absolute_reference_is_a_url_that_is_never_fetched()
    {
        var result = Read(Spec("# no $self"));

        Assert.True(result.Diagnostics.Count(d => d.Id == "SPEC009") == 2, Describe(result));
        Assert.Equal("Json", Named(result.Spec!).Type("Pet").Property("owner").Type.Show());
    }
}
