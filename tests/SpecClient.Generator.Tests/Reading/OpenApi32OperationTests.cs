using System.Linq;
using SpecClient.Generator.Model;
using static SpecClient.Generator.Tests.Reading.ReaderHarness;

namespace SpecClient.Generator.Tests.Reading;

/// <summary>
/// OpenAPI 3.2's <c>query</c> operations (HTTP QUERY with a body) and <c>additionalOperations</c> (any method token, sent
/// as written); a name that is no token is a located SPEC033 and only that operation is skipped.
/// </summary>
public class OpenApi32OperationTests
{
    private const string Spec = """
        openapi: 3.2.0
        info: {title: t, version: '1'}
        paths:
          /pets:
            get:
              operationId: listPets
              responses: {'204': {description: none}}
            query:
              operationId: searchPets
              requestBody:
                required: true
                content:
                  application/json:
                    schema: {type: object, properties: {name: {type: string}}}
              responses:
                '200':
                  description: found
                  content:
                    application/json:
                      schema: {type: array, items: {type: string}}
            additionalOperations:
              COPY:
                operationId: copyPets
                responses: {'204': {description: copied}}
              "BAD METHOD":
                operationId: badMethod
                responses: {'204': {description: never}}
              purge:
                responses: {'204': {description: purged}}
        """;

    [Fact]
    public void Query_and_additional_operations_are_read_with_their_methods_as_written()
    {
        var read = ReadBound(Spec);
        Assert.NotNull(read.Spec);
        var client = read.Spec!;
        Assert.Equal(new[] { "ListPets", "SearchPets", "CopyPets", "PurgePets" }, client.Operations.Select(o => o.Name));
        Assert.Equal("QUERY", client.Operation("SearchPets").HttpMethod);
        Assert.Equal("COPY", client.Operation("CopyPets").HttpMethod);
        Assert.Equal("purge", client.Operation("PurgePets").HttpMethod);

        var search = client.Operation("SearchPets");
        Assert.NotNull(search.Body);
        Assert.Equal(BodyKind.Json, search.Body!.Kind);
    }

    [Fact]
    public void A_method_name_that_is_no_token_is_SPEC033_at_its_key_and_only_that_operation_is_skipped()
    {
        var read = ReadBound(Spec);
        Assert.DoesNotContain(read.Diagnostics, d => d.Id == "SPEC001");
        var finding = Assert.Single(read.Diagnostics, d => d.Id == "SPEC033");
        Assert.Equal(new[] { "BAD METHOD" }, finding.MessageArgs);
        Assert.NotNull(finding.Location);
        Assert.Equal(24, finding.Location!.StartLine);
        Assert.DoesNotContain(read.Spec!.Operations, o => o.OperationId == "badMethod");
    }

    [Fact]
    public void The_same_holds_for_a_JSON_document()
    {
        var read = ReadBound("""
            {"openapi": "3.2.0", "info": {"title": "t", "version": "1"},
             "paths": {"/pets": {
               "query": {"operationId": "searchPets", "responses": {"204": {"description": "none"}}},
               "additionalOperations": {
                 "a(b)": {"operationId": "paren", "responses": {"204": {"description": "none"}}},
                 "LINK": {"operationId": "linkPets", "responses": {"204": {"description": "none"}}}}}}}
            """);
        Assert.NotNull(read.Spec);
        Assert.Equal(new[] { "QUERY", "LINK" }, read.Spec!.Operations.Select(o => o.HttpMethod));
        var finding = Assert.Single(read.Diagnostics, d => d.Id == "SPEC033");
        Assert.Equal(new[] { "a(b)" }, finding.MessageArgs);
        Assert.Equal(4, finding.Location!.StartLine);
    }

    [Theory]
    [InlineData("COPY", true)]
    [InlineData("purge", true)]
    [InlineData("X-Custom.Method~1!", true)]
    [InlineData("", false)]
    [InlineData("BAD METHOD", false)]
    [InlineData("a(b)", false)]
    [InlineData("caf\u00e9", false)]
    [InlineData("A\"B", false)]
    public void A_method_token_is_RFC_9110_token_characters(string method, bool valid) =>
        Assert.Equal(valid, SpecClient.Generator.Reading.MethodTokens.IsToken(method));
}
