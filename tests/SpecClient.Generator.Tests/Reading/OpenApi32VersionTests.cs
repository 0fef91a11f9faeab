using System.Linq;
using SpecClient.Generator.Model;
using static SpecClient.Generator.Tests.Reading.ReaderHarness;

namespace SpecClient.Generator.Tests.Reading;

/// <summary>OpenAPI 3.2 is a version SpecClient reads; a version after it is still SPEC003 at the version key.</summary>
public class OpenApi32VersionTests
{
    private const string MinimalBody = """
        info: {title: t, version: '1'}
        paths:
          /pets:
            get:
              operationId: listPets
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: {type: array, items: {type: string}}
        """;

    [Theory]
    [InlineData("3.2.0")]
    [InlineData("3.2.1")]
    [InlineData("'3.2'")]
    public void A_3_2_document_reads_without_SPEC003(string version)
    {
        var result = Read("openapi: " + version + "\n" + MinimalBody);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "SPEC003");
        Assert.DoesNotContain(result.Diagnostics, IsError);
        Assert.True(result.Spec is not null, Describe(result));
        Assert.Equal("ListPets", result.Spec!.Operation("ListPets").Name);
    }

    [Fact]
    public void A_3_2_json_document_reads_without_SPEC003()
    {
        var result = Read("""
            {"openapi": "3.2.0", "info": {"title": "t", "version": "1"},
             "paths": {"/pets": {"get": {"operationId": "listPets", "responses": {"204": {"description": "none"}}}}}}
            """, "/specs/test.json");
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "SPEC003");
        Assert.NotNull(result.Spec);
    }

    [Theory]
    [InlineData("3.3.0")]
    [InlineData("3.20.0")]
    [InlineData("4.0.0")]
    public void A_later_version_is_still_SPEC003_at_its_line(string version)
    {
        var result = Read("# first line\n# second line\nopenapi: " + version + "\n" + MinimalBody);
        Assert.Null(result.Spec);
        var error = Assert.Single(result.Diagnostics, d => d.Id == "SPEC003");
        Assert.Equal(new[] { version }, error.MessageArgs);
        Assert.NotNull(error.Location);
        Assert.Equal((2, 0), (error.Location!.StartLine, error.Location.StartColumn));
        Assert.Equal("/specs/test.yaml", error.Location.FilePath);
    }
}
