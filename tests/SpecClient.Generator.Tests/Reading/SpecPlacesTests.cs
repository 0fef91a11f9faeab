using System.Linq;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Tests.Reading;

/// <summary>
/// The reader hands the places of what the binder may report on beside the read model (which holds no locations):
/// schemas (component or inline), operations and security schemes, by JSON pointer.
/// </summary>
public class SpecPlacesTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: {title: t, version: '1'}
        paths:
          /pets:
            post:
              requestBody:
                content:
                  application/json:
                    schema:
                      type: object
                      properties: {name: {type: string}}
              responses:
                '200': {description: ok}
        components:
          schemas:
            Pet:
              type: object
              properties: {id: {type: string}}
          securitySchemes:
            bearer: {type: http, scheme: bearer}
        """;

    private static SourceLocation? Place(string pointer) =>
        ReaderHarness.Read(Spec).Places.Entries.SingleOrDefault(e => e.Pointer == pointer)?.Location;

    [Theory]
    [InlineData("/components/schemas/Pet", 15)]
    [InlineData("/paths/~1pets/post/requestBody/content/application~1json/schema", 8)]
    public void A_schema_is_placed_by_its_pointer_component_or_inline(string pointer, int line)
    {
        var location = Place(pointer);

        Assert.Equal(("/specs/test.yaml", line), (location!.FilePath, location.StartLine));
    }

    [Fact]
    public void An_operation_is_placed()
    {
        Assert.Equal(4, Place("/paths/~1pets/post")!.StartLine);
    }

    [Fact]
    public void A_security_scheme_is_placed()
    {
        Assert.Equal(19, Place("/components/securitySchemes/bearer")!.StartLine);
    }

    [Fact]
    public void The_model_beside_the_places_holds_no_location()
    {
        var moved = ReaderHarness.Read("\n\n\n" + Spec);

        Assert.Equal(ReaderHarness.Read(Spec).Spec, moved.Spec);
        Assert.NotEqual(ReaderHarness.Read(Spec).Places, moved.Places);
    }
}
