using System.Linq;
using SpecClient.Generator.Model;
using static SpecClient.Generator.Tests.Reading.ReaderHarness;

namespace SpecClient.Generator.Tests.Reading;

/// <summary>
/// The smaller OpenAPI 3.2 additions, read without loss: <c>in: querystring</c>, <c>$self</c> and server <c>name</c>,
/// discriminator <c>defaultMapping</c>, the <c>deviceAuthorization</c> flow and <c>oauth2MetadataUrl</c>, deprecated
/// security schemes, examples' <c>dataValue</c>/<c>serializedValue</c>, and response <c>summary</c>.
/// </summary>
public class OpenApi32RestTests
{
    private const string Spec = """
        openapi: 3.2.0
        $self: https://api.example.com/specs/v2/pets.yaml
        info: {title: t, version: '1'}
        servers:
          - url: ../../v2
            name: production
        paths:
          /pets:
            get:
              operationId: listPets
              parameters:
                - name: filter
                  in: querystring
                  content:
                    application/x-www-form-urlencoded:
                      schema:
                        type: object
                        properties:
                          species: {type: string}
                          tags: {type: array, items: {type: string}}
              responses:
                '200':
                  summary: Found pets
                  description: The pets that match.
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Animal'}
                      examples:
                        one:
                          dataValue: {kind: cat, name: "Tíbbles <3"}
            post:
              operationId: addPet
              parameters:
                - name: raw
                  in: querystring
                  content:
                    text/plain:
                      schema: {type: string}
              requestBody:
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/Cat'}
                    examples:
                      wire:
                        serializedValue: '{"kind":"cat","name":"<Tom>"}'
              responses: {'204': {description: added}}
        components:
          schemas:
            Animal:
              oneOf:
                - {$ref: '#/components/schemas/Cat'}
                - {$ref: '#/components/schemas/Dog'}
                - {$ref: '#/components/schemas/Other'}
              discriminator:
                propertyName: kind
                mapping: {cat: '#/components/schemas/Cat', dog: '#/components/schemas/Dog'}
                defaultMapping: '#/components/schemas/Other'
            Cat: {type: object, required: [kind], properties: {kind: {type: string}, name: {type: string}}}
            Dog: {type: object, required: [kind], properties: {kind: {type: string}, bark: {type: boolean}}}
            Other: {type: object, required: [kind], properties: {kind: {type: string}}}
          securitySchemes:
            legacyKey: {type: apiKey, in: header, name: X-Key, deprecated: true}
            device:
              type: oauth2
              oauth2MetadataUrl: https://auth.example.com/.well-known/oauth-authorization-server
              flows:
                deviceAuthorization:
                  deviceAuthorizationUrl: https://auth.example.com/device
                  tokenUrl: https://auth.example.com/token
                  scopes: {}
                clientCredentials:
                  tokenUrl: https://auth.example.com/token
                  scopes: {}
        """;

    [Fact]
    public void A_querystring_parameter_is_one_object_whose_properties_are_the_query()
    {
        var parameter = Assert.Single(ReadBound(Spec).Spec!.Operation("ListPets").Parameters);
        Assert.Equal(ParameterLocation.QueryString, parameter.In);
        Assert.Equal(TypeKind.Named, parameter.Type.Kind);
        Assert.Equal((ParameterStyle.Form, true), (parameter.Style, parameter.Explode));
    }

    [Fact]
    public void A_querystring_parameter_that_is_no_object_is_SPEC008_at_the_parameter_and_left_out()
    {
        var read = ReadBound(Spec);
        Assert.Empty(read.Spec!.Operation("AddPet").Parameters);
        var finding = Assert.Single(read.Diagnostics, d => d.Id == "SPEC008");
        Assert.Contains("querystring", finding.MessageArgs[0], System.StringComparison.Ordinal);
        Assert.Equal(33, finding.Location!.StartLine);
    }

    [Fact]
    public void A_relative_server_URL_is_resolved_against_self_and_the_server_name_is_kept()
    {
        var client = ReadBound(Spec).Spec!;
        Assert.Equal("https://api.example.com/v2", client.DefaultBaseUrl);
        Assert.Equal("production", client.ServerName);
        Assert.Equal("https://api.example.com/specs/v2/pets.yaml", client.SelfUrl);
    }

    [Fact]
    public void Without_self_a_relative_server_URL_stays_as_written()
    {
        var client = ReadBound(Spec.Replace("$self: https://api.example.com/specs/v2/pets.yaml\n", string.Empty, System.StringComparison.Ordinal)).Spec!;
        Assert.Equal("../../v2", client.DefaultBaseUrl);
        Assert.Null(client.SelfUrl);
    }

    [Fact]
    public void The_default_mapping_names_the_case_an_unknown_discriminator_value_is_read_as()
    {
        var animal = ReadBound(Spec).Spec!.Type("Animal");
        Assert.Equal("kind", animal.Discriminator);
        Assert.Equal(2, animal.DefaultCase);
        Assert.Equal("Other", animal.UnionCases[animal.DefaultCase!.Value].Type.Name);
    }

    [Fact]
    public void The_device_authorization_flow_is_an_info_at_the_flow_and_named_with_the_metadata_URL()
    {
        var read = ReadBound(Spec);
        var finding = Assert.Single(read.Diagnostics, d => d.Id == "SPEC034");
        Assert.Equal(new[] { "device", "deviceAuthorization" }, finding.MessageArgs);
        Assert.Equal(66, finding.Location!.StartLine);
        Assert.False(IsError(finding));

        var device = read.Spec!.SecuritySchemes.Single(s => s.SchemeName == "device");
        Assert.Equal(new[] { "clientCredentials (https://auth.example.com/token)", "deviceAuthorization (https://auth.example.com/device)" }, device.OAuthFlows);
        Assert.Equal("https://auth.example.com/.well-known/oauth-authorization-server", device.OAuthMetadataUrl);
    }

    [Fact]
    public void A_deprecated_security_scheme_is_marked()
    {
        var schemes = ReadBound(Spec).Spec!.SecuritySchemes;
        Assert.True(schemes.Single(s => s.SchemeName == "legacyKey").IsDeprecated);
        Assert.False(schemes.Single(s => s.SchemeName == "device").IsDeprecated);
    }

    [Fact]
    public void Examples_and_the_response_summary_reach_the_docs_text()
    {
        var client = ReadBound(Spec).Spec!;
        Assert.Equal("{\"kind\":\"cat\",\"name\":\"<Tom>\"}", client.Operation("AddPet").Body!.Example);
        var list = client.Operation("ListPets");
        Assert.Equal("Found pets. The pets that match. Example: {\"kind\":\"cat\",\"name\":\"Tíbbles <3\"}", list.Result.Description);
    }
}
