using System.Linq;
using SpecClient.Generator.Model;
using static SpecClient.Generator.Tests.Reading.ReaderHarness;

namespace SpecClient.Generator.Tests.Reading;

/// <summary>Each finding the reader makes: its ID, its arguments and its 0-based line and column.</summary>
public class DiagnosticTests
{
    private static DiagnosticInfo Only(BoundRead result, string id) => Only(new ReadResult(null, result.Diagnostics.ToEquatableArray()), id);

    private static DiagnosticInfo Only(ReadResult result, string id)
    {
        var found = result.Diagnostics.Where(d => d.Id == id).ToList();
        Assert.True(found.Count == 1, "expected one " + id + "; got: " + Describe(result));
        return found[0];
    }

    private static void AssertAt(DiagnosticInfo diagnostic, int line, int column)
    {
        Assert.NotNull(diagnostic.Location);
        Assert.Equal((line, column), (diagnostic.Location!.StartLine, diagnostic.Location.StartColumn));
        Assert.Equal("/specs/test.yaml", diagnostic.Location.FilePath);
    }

    [Fact]
    public void Invalid_yaml_is_SPEC001_at_the_parser_position()
    {
        var result = Read("""
            openapi: 3.0.3
            info:
              title: t
              version: [1
            paths: {}
            """);
        Assert.Null(result.Spec);
        var error = Only(result, "SPEC001");
        AssertAt(error, 4, 5);
        Assert.Contains("flow sequence", error.MessageArgs[0]);
    }

    [Fact]
    public void Invalid_json_is_SPEC001()
    {
        var result = Read("{\n  \"openapi\": \"3.0.3\",\n  \"info\": {\"title\": \"t\" \"version\": \"1\"}\n}", "/specs/test.json");
        Assert.Null(result.Spec);
        var error = Only(result, "SPEC001");
        Assert.Equal(2, error.Location!.StartLine);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n\t\n")]
    public void Empty_file_is_SPEC002(string text)
    {
        var result = Read(text);
        Assert.Null(result.Spec);
        var error = Only(result, "SPEC002");
        Assert.Equal(new[] { "test.yaml" }, error.MessageArgs);
        AssertAt(error, 0, 0);
    }

    [Fact]
    public void Unknown_version_is_SPEC003_at_the_version_key()
    {
        var result = Read("""
            # a comment first
            info: {title: t, version: '1'}
            openapi: 4.0.0
            paths: {}
            """);
        Assert.Null(result.Spec);
        var error = Only(result, "SPEC003");
        Assert.Equal(new[] { "4.0.0" }, error.MessageArgs);
        AssertAt(error, 2, 0);
    }

    [Fact]
    public void Unknown_swagger_version_is_SPEC003()
    {
        var result = Read("swagger: '1.2'\ninfo: {title: t, version: '1'}\npaths: {}\n");
        Assert.Equal(new[] { "1.2" }, Only(result, "SPEC003").MessageArgs);
    }

    [Fact]
    public void Missing_version_is_SPEC003_at_the_top()
    {
        var result = Read("info: {title: t, version: '1'}\npaths: {}\n");
        Assert.Null(result.Spec);
        var error = Only(result, "SPEC003");
        Assert.Equal(new[] { "none" }, error.MessageArgs);
        AssertAt(error, 0, 0);
    }

    [Fact]
    public void A_document_that_is_not_a_mapping_is_SPEC012()
    {
        var result = Read("- just\n- a list\n");
        Assert.Null(result.Spec);
        Only(result, "SPEC012");
    }

    [Fact]
    public void Dangling_ref_is_SPEC004_at_the_ref_and_falls_back_to_json()
    {
        var result = Read("""
            openapi: 3.0.3
            info: {title: t, version: '1'}
            paths:
              /a:
                get:
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema:
                            $ref: '#/components/schemas/Missing'
                    '404':
                      $ref: '#/components/responses/Gone'
            components:
              schemas:
                Pet:
                  type: object
                  properties:
                    owner: {$ref: '#/components/schemas/Owner'}
            """);
        var errors = result.Diagnostics.Where(d => d.Id == "SPEC004").ToList();
        Assert.True(errors.Count == 3, Describe(result));
        AssertAt(errors.Single(e => e.MessageArgs[0] == "#/components/schemas/Missing"), 11, 16);
        AssertAt(errors.Single(e => e.MessageArgs[0] == "#/components/responses/Gone"), 13, 10);
        AssertAt(errors.Single(e => e.MessageArgs[0] == "#/components/schemas/Owner"), 19, 16);
        Assert.Equal("Json", result.Spec!.Type("Pet").Property("owner").Type.Show());
        Assert.Equal("Json", result.Spec!.Operations[0].Responses[0].Type!.Show());
    }

    [Fact]
    public void Duplicate_operation_id_is_SPEC005_at_the_second_one()
    {
        var result = ReadBound("""
            openapi: 3.0.3
            info: {title: t, version: '1'}
            paths:
              /a:
                get:
                  operationId: fetch
                  responses: {'200': {description: ok}}
              /b:
                get:
                  operationId: fetch
                  responses: {'200': {description: ok}}
            """);
        var error = Only(result, "SPEC005");
        Assert.Equal(new[] { "fetch" }, error.MessageArgs);
        AssertAt(error, 9, 6);
        Assert.Equal(new[] { "Fetch", "Fetch2" }, result.Spec!.Operations.Select(o => o.Name));
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "SPEC011");
    }

    [Fact]
    public void Url_ref_is_SPEC009_and_json()
    {
        var result = Read("""
            openapi: 3.0.3
            info: {title: t, version: '1'}
            paths: {}
            components:
              schemas:
                Pet:
                  type: object
                  properties:
                    tag: {$ref: 'https://example.com/schemas/tag.json'}
            """);
        var warning = Only(result, "SPEC009");
        Assert.Equal(new[] { "https://example.com/schemas/tag.json" }, warning.MessageArgs);
        AssertAt(warning, 8, 14);
        Assert.Equal("Json", result.Spec!.Type("Pet").Property("tag").Type.Show());
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "SPEC004");
    }

    [Fact]
    public void Relative_file_ref_to_a_file_the_build_did_not_supply_is_SPEC004_and_json()
    {
        var result = Read("""
            openapi: 3.0.3
            info: {title: t, version: '1'}
            paths: {}
            components:
              schemas:
                Pet:
                  type: object
                  properties:
                    tag: {$ref: 'common.yaml#/components/schemas/Tag'}
            """);
        var error = Only(result, "SPEC004");
        Assert.Equal(new[] { "common.yaml#/components/schemas/Tag" }, error.MessageArgs);
        AssertAt(error, 8, 14);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "SPEC008");
        Assert.Equal("Json", result.Spec!.Type("Pet").Property("tag").Type.Show());
    }

    [Fact]
    public void Operations_written_as_refs_to_missing_files_are_each_a_located_SPEC004()
    {
        var result = Read("""
            openapi: 3.0.3
            info: {title: t, version: '1'}
            paths:
              /a:
                get:
                  $ref: 'resources/a_get.yml'
                post:
                  $ref: 'resources/a_post.yml'
              /b:
                get:
                  operationId: getB
                  responses: {'200': {description: ok}}
            """);
        var errors = result.Diagnostics.Where(d => d.Id == "SPEC004").ToList();
        Assert.Equal(new[] { "resources/a_get.yml", "resources/a_post.yml" }, errors.Select(e => e.MessageArgs[0]));
        AssertAt(errors[0], 5, 6);
        AssertAt(errors[1], 7, 6);
        Assert.Contains("GetB", result.Spec!.Operations.Select(o => o.Name));
    }

    [Fact]
    public void Spec_rule_findings_are_SPEC007_warnings_not_errors()
    {
        var result = Read("""
            openapi: 3.0.3
            info: {title: t, version: '1'}
            paths: {}
            components:
              schemas:
                Pet:
                  type: object
                  properties:
                    kind: {type: string}
                  discriminator:
                    propertyName: kind
            """);
        Assert.NotNull(result.Spec);
        var warning = Only(result, "SPEC007");
        Assert.Contains("discriminator", warning.MessageArgs[0]);
        Assert.True(warning.Location!.StartLine >= 5, Describe(result));
    }

    [Fact]
    public void Callbacks_webhooks_without_a_body_and_not_are_SPEC008_warnings()
    {
        var result = Read("""
            openapi: 3.1.0
            info: {title: t, version: '1'}
            paths:
              /subscribe:
                post:
                  operationId: subscribe
                  responses: {'201': {description: ok}}
                  callbacks:
                    onEvent:
                      '{$request.body#/url}':
                        post: {responses: {'200': {description: ok}}}
            webhooks:
              newPet:
                post: {responses: {'200': {description: ok}}}
            components:
              schemas:
                NotCat:
                  type: object
                  properties:
                    x: {not: {type: string}}
            """);
        Assert.NotNull(result.Spec);
        var warnings = result.Diagnostics.Where(d => d.Id == "SPEC008").ToList();
        Assert.True(warnings.Count == 3, Describe(result));
        // A webhook is read now; this one posts no JSON body, so there is nothing to read at its operation.
        Assert.Equal(new[] { 19, 7, 13 }, warnings.Select(w => w.Location!.StartLine));
        Assert.Single(result.Spec!.Operations);
        Assert.Empty(result.Spec.Webhooks);
    }

    [Fact]
    public void Diagnostics_are_data_that_compare_by_value()
    {
        var text = "openapi: 4.0.0\ninfo: {title: t, version: '1'}\npaths: {}\n";
        Assert.Equal(Read(text).Diagnostics, Read(text).Diagnostics);
    }
}
