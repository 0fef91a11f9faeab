using SpecClient.Generator.Model;
using SpecClient.Generator.Reading;

namespace SpecClient.Generator.Tests.Reading;

/// <summary>
/// The line index answers by JSON pointer from steps (parent, key), not pointer strings: escapes, the <c>#</c> prefix,
/// nearest placed ancestors, keys written twice and sequence items must read as RFC 6901 and the old index said.
/// </summary>
public class SpecLineIndexTests
{
    private const string Spec = """
        openapi: 3.0.3
        paths:
          /pets/{id}:
            get:
              parameters:
                - {name: id, in: path}
                - name: 'a~b'
          x-dup: first
          x-dup: second
        components:
          schemas:
            '0': {nullable: true}
          'x~y/z': escaped
        """;

    private static readonly SpecLineIndex Index = SpecLineIndex.Build("/specs/test.yaml", Spec);

    [Theory]
    [InlineData("/paths/~1pets~1{id}/get/parameters/0/name", "id")]
    [InlineData("#/paths/~1pets~1{id}/get/parameters/1/name", "a~b")]
    [InlineData("/paths/x-dup", "first")]
    [InlineData("/openapi", "3.0.3")]
    [InlineData("/components/schemas/0/nullable", "true")]
    [InlineData("/components/x~0y~1z", "escaped")]
    public void Scalars_are_found_by_escaped_pointer(string pointer, string expected)
    {
        Assert.Equal(expected, Index.ScalarAt(pointer));
    }

    [Theory]
    [InlineData("")]
    [InlineData("#")]
    [InlineData("/paths/~2pets")]
    [InlineData("/components/x~2y~1z")]
    [InlineData("/components/x~0y~1z~")]
    [InlineData("/components/x~y~1z")]
    [InlineData("paths")]
    [InlineData("/paths/~1pets~1{id}/get")]
    [InlineData("/paths/~1pets~1{id}/get/parameters/2")]
    public void Containers_the_root_and_what_is_not_there_have_no_scalar(string pointer)
    {
        Assert.Null(Index.ScalarAt(pointer));
    }

    [Fact]
    public void A_child_scalar_reads_the_same_with_and_without_building_its_pointer()
    {
        Assert.Equal("true", Index.ScalarAt("/components/schemas/0", "nullable"));
        Assert.True(Index.IsTrue("#/components/schemas/0", "nullable"));
        Assert.Equal("id", Index.ScalarAt("/paths/~1pets~1{id}/get/parameters/0", "name"));
        Assert.Equal("3.0.3", Index.ScalarAt(string.Empty, "openapi"));
        Assert.Null(Index.ScalarAt("/nowhere", "openapi"));
    }

    [Fact]
    public void A_pointer_past_the_text_is_placed_at_its_nearest_placed_ancestor()
    {
        var get = Index.Locate("/paths/~1pets~1{id}/get");

        Assert.Equal(new SourceLocation("/specs/test.yaml", 3, 4, 3, 7), get);
        Assert.Equal(get, Index.Locate("/paths/~1pets~1{id}/get/responses/200"));
        Assert.Equal(new SourceLocation("/specs/test.yaml", 5, 10, 5, 10), Index.Locate("/paths/~1pets~1{id}/get/parameters/0/schema"));
        Assert.Equal(new SourceLocation("/specs/test.yaml", 0, 0, 0, 0), Index.Locate("/nowhere/at/all"));
        Assert.True(Index.Contains("/paths/x-dup"));
        Assert.False(Index.Contains("/paths/x-dup/more"));
    }

    [Fact]
    public void A_bundled_index_keeps_each_nodes_file()
    {
        var index = SpecLineIndex.FromLocations("/specs/entry.yaml", new[]
        {
            new System.Collections.Generic.KeyValuePair<string, (SourceLocation, string?)>("/paths", (new SourceLocation("/specs/entry.yaml", 1, 0, 1, 5), null)),
            new("/paths/~1a", (new SourceLocation("/specs/entry.yaml", 2, 2, 2, 4), null)),
            new("/paths/~1a/summary", (new SourceLocation("/specs/part.yaml", 7, 0, 7, 12), "From the part")),
        });

        Assert.Equal("From the part", index.ScalarAt("/paths/~1a/summary"));
        Assert.Equal("/specs/part.yaml", index.Locate("/paths/~1a/summary/x").FilePath);
        Assert.Equal(new SourceLocation("/specs/entry.yaml", 2, 2, 2, 4), index.Locate("/paths/~1a/get"));
    }
}
