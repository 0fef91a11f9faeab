using System.Linq;
using SpecClient.Generator.Tests.Infrastructure;

namespace SpecClient.Generator.Tests.Compiling;

/// <summary>
/// An OpenAPI 3.2 document with every 3.2 construct SpecClient maps compiles without a warning, and the emitted code
/// says what the spec says: QUERY and an own method sent as written, stream readers by framing, sequences sent, the
/// union's default case, an obsolete credential, escaped example and summary text.
/// </summary>
public class OpenApi32EmissionTests
{
    private const string Spec = """
        openapi: 3.2.0
        $self: https://api.example.com/specs/pets.yaml
        info: {title: t, version: '1'}
        servers: [{url: /v2, name: "production <eu>"}]
        paths:
          /pets:
            query:
              operationId: searchPets
              requestBody:
                content:
                  application/json:
                    schema: {type: object, properties: {name: {type: string}}}
                    examples:
                      one: {serializedValue: '{"name":"<Tom> & co"}'}
              responses:
                '200':
                  summary: Found </summary> pets
                  description: The pets.
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Animal'}
            additionalOperations:
              PURGE:
                operationId: purgePets
                responses: {'204': {description: gone}}
              "m-search.v2~1!":
                responses: {'204': {description: a token of every kind of character without an operationId}}
          /numbers:
            get:
              operationId: countUp
              responses:
                '200':
                  description: numbers
                  content:
                    application/json-seq:
                      itemSchema: {type: integer, format: int64}
          /upload:
            post:
              operationId: uploadNumbers
              requestBody:
                content:
                  application/jsonl:
                    itemSchema: {type: integer, format: int32}
              responses: {'204': {description: ok}}
          /search:
            get:
              operationId: find
              parameters:
                - name: q
                  in: querystring
                  required: true
                  content:
                    application/x-www-form-urlencoded:
                      schema:
                        type: object
                        properties:
                          term: {type: string}
                          page: {type: integer}
                          ids: {type: array, items: {type: integer, format: int64}}
              responses: {'204': {description: ok}}
        components:
          schemas:
            Animal:
              oneOf:
                - {$ref: '#/components/schemas/Cat'}
                - {$ref: '#/components/schemas/Other'}
              discriminator:
                propertyName: kind
                mapping: {cat: '#/components/schemas/Cat'}
                defaultMapping: '#/components/schemas/Other'
            Cat: {type: object, required: [kind], properties: {kind: {type: string}}}
            Other: {type: object, required: [kind], properties: {kind: {type: string}}}
          securitySchemes:
            legacyKey: {type: apiKey, in: header, name: X-Key, deprecated: true}
            device:
              type: oauth2
              oauth2MetadataUrl: https://auth.example.com/meta
              flows:
                deviceAuthorization:
                  deviceAuthorizationUrl: https://auth.example.com/device
                  tokenUrl: https://auth.example.com/token
                  scopes: {}
        """;

    [Fact]
    public void Every_3_2_construct_compiles_and_is_emitted_as_the_spec_says()
    {
        var output = GeneratorHarness.Run(new SpecFile("/specs/pets32.yaml", Spec));
        Assert.Empty(output.GeneratorDiagnostics.Where(d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning));
        Assert.Empty(output.CompilationProblems);

        var client = Source(output, "Client.g.cs");
        Assert.Contains("CreateRequest(new _s::Net.Http.HttpMethod(\"QUERY\"), s_", client, System.StringComparison.Ordinal);
        Assert.Contains("CreateRequest(new _s::Net.Http.HttpMethod(\"PURGE\"), s_", client, System.StringComparison.Ordinal);
        Assert.Contains("CreateRequest(new _s::Net.Http.HttpMethod(\"m-search.v2~1!\"), s_", client, System.StringComparison.Ordinal);
        Assert.Contains(" MSearchV21Pets", client, System.StringComparison.Ordinal);
        Assert.Contains("public const string DefaultBaseUrl = \"https://api.example.com/v2\";", client, System.StringComparison.Ordinal);
        Assert.Contains("(the server 'production &lt;eu&gt;')", client, System.StringComparison.Ordinal);
        Assert.Contains("_i::ApiJsonSequence.ReadAsync(", client, System.StringComparison.Ordinal);
        Assert.Contains("\"application/json-seq\"", client, System.StringComparison.Ordinal);
        Assert.Contains("_i::ApiJsonSequence.Content(body, ", client, System.StringComparison.Ordinal);
        Assert.Contains("query.AddValues(\"ids\", ", client, System.StringComparison.Ordinal);

        var contract = Source(output, "Client.Interface.g.cs");
        Assert.Contains("_g::IAsyncEnumerable<long> CountUpStreamAsync(", contract, System.StringComparison.Ordinal);
        Assert.Contains("_g::IAsyncEnumerable<int>? body = null", contract, System.StringComparison.Ordinal);
        Assert.Contains("Example: {\"name\":\"&lt;Tom&gt; &amp; co\"}", contract, System.StringComparison.Ordinal);
        Assert.Contains("Found &lt;/summary&gt; pets. The pets.", contract, System.StringComparison.Ordinal);

        var credentials = Source(output, "Client.Credentials.g.cs");
        Assert.Contains("[_s::Obsolete(\"The security scheme 'legacyKey' is deprecated in the API description.\", DiagnosticId = \"SPEC105\")]", credentials, System.StringComparison.Ordinal);
        Assert.Contains("Obtain it through the flow deviceAuthorization (https://auth.example.com/device). The authorization server's metadata: https://auth.example.com/meta.", credentials, System.StringComparison.Ordinal);

        var models = string.Concat(output.Sources.Where(s => s.HintName.Contains("Model", System.StringComparison.Ordinal) || s.HintName.Contains("Json", System.StringComparison.Ordinal)).Select(s => s.SourceText.ToString()));
        Assert.Contains("default: return new(1, ", models, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Setting_the_credential_of_a_deprecated_security_scheme_warns_SPEC105_where_the_caller_sets_it()
    {
        const string user = """
            namespace Consumer
            {
                internal static class Use
                {
                    public static object Legacy() => new Pets.Api.PetsClientCredentials { LegacyKey = "k" };

                    public static object Current() => new Pets.Api.PetsClientCredentials { Device = "t" };
                }
            }
            """;
        var metadata = new System.Collections.Generic.Dictionary<string, string> { ["ClassName"] = "PetsClient", ["Namespace"] = "Pets.Api" };
        var output = GeneratorHarness.Run(GeneratorHarness.CreateCompilation(user), new SpecFile("/specs/pets32.yaml", Spec, metadata));

        var warning = Assert.Single(output.CompilationProblems);
        Assert.Equal("SPEC105", warning.Id);
        Assert.Contains("legacyKey", warning.GetMessage(), System.StringComparison.Ordinal);
        Assert.Contains("Legacy()", warning.Location.SourceTree!.GetText().Lines[warning.Location.GetLineSpan().StartLinePosition.Line].ToString(), System.StringComparison.Ordinal);
    }

    private static string Source(GeneratorOutput output, string hintEnd) =>
        output.Sources.Single(s => s.HintName.EndsWith(hintEnd, System.StringComparison.Ordinal)).SourceText.ToString();
}
