using SpecClient.Generator.Binding;
using SpecClient.Generator.Reading;

namespace SpecClient.Generator.Tests.Reading;

/// <summary>
/// The reader locates constructs for the binder's diagnostics (the model itself holds no locations): schemas by
/// component key or inline pointer, operations by path and method, security schemes by key.
/// </summary>
public class SpecLocatorTests
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
              responses:
                '200': {description: ok}
        components:
          schemas:
            Pet:
              type: object
          securitySchemes:
            bearer: {type: http, scheme: bearer}
        """;

    private static ISpecLocator Locator() => new ReadContext(SpecLineIndex.Build("/specs/test.yaml", Spec));

    [Theory]
    [InlineData("Pet", 14)]
    [InlineData("#/paths/~1pets/post/requestBody/content/application~1json/schema", 8)]
    public void A_schema_is_found_by_its_component_key_or_its_inline_pointer(string schemaName, int line)
    {
        var location = Locator().Schema(schemaName);

        Assert.Equal(("/specs/test.yaml", line), (location!.FilePath, location.StartLine));
    }

    [Fact]
    public void An_operation_is_found_by_its_path_and_method()
    {
        Assert.Equal(4, Locator().Operation("/pets", "POST")!.StartLine);
    }

    [Fact]
    public void A_security_scheme_is_found_by_its_key()
    {
        Assert.Equal(17, Locator().SecurityScheme("bearer")!.StartLine);
    }
}
