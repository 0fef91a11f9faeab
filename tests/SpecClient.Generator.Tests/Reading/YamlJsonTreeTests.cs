using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using Microsoft.OpenApi.YamlReader;
using SharpYaml.Serialization;
using SpecClient.Generator.Reading;
using SpecClient.Generator.Tests.Infrastructure;

namespace SpecClient.Generator.Tests.Reading;

/// <summary>
/// The line index's scan builds the JSON nodes OpenAPI.NET reads, so the YAML is parsed once: they must be exactly
/// the nodes OpenAPI.NET's own YAML converter makes of the text, and anything outside the plain case must be left
/// to OpenAPI.NET's own parse.
/// </summary>
public class YamlJsonTreeTests
{
    private const string Scalars = """
        openapi: 3.1.0
        info: {title: "t", version: '1'}
        x-plain: [1, -2, 1.50, 1e3, .5, 0x1F, +3, true, True, TRUE, false, yes, no, ~, null, Null, NULL, '', abc, 2024-01-01, 1_000]
        x-quoted: ['1', "true", 'null', "~", "a\tb"]
        x-empty:
        x-block: |
          line one
          line two
        x-folded: >
          folded
          text
        x-multi: plain text
          over two lines
        x-nested: {a: {b: [{c: 1}, [2, 3]]}, "quoted key": 1, 10: ten, true: yes}
        paths: {}
        """;

    public static IEnumerable<object[]> YamlSpecs() =>
        Directory.GetFiles(RepoPaths.Corpus, "*.yaml").OrderBy(f => f, System.StringComparer.Ordinal).Select(f => new object[] { Path.GetFileName(f) });

    [Fact]
    public void Scalars_of_every_style_become_the_nodes_OpenAPI_NETs_converter_makes()
    {
        var tree = TreeOf(Scalars);

        Assert.NotNull(tree);
        Assert.True(JsonNode.DeepEquals(ConverterNodes(Scalars), tree), tree!.ToJsonString());
        Assert.Equal(1.50m, tree["x-plain"]![2]!.GetValue<decimal>());
        Assert.Equal("1", tree["x-quoted"]![0]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(YamlSpecs))]
    public void Every_yaml_corpus_spec_gives_the_nodes_OpenAPI_NETs_converter_makes(string file)
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Corpus, file));

        var tree = TreeOf(text);

        if (text.TrimStart().StartsWith("{", System.StringComparison.Ordinal))
        {
            // JSON text in a .yaml file: OpenAPI.NET reads it with its JSON reader, from the text.
            Assert.Null(tree);
            return;
        }

        Assert.NotNull(tree);
        Assert.True(JsonNode.DeepEquals(ConverterNodes(text), tree));
    }

    [Theory]
    [InlineData("openapi: 3.0.3\ninfo: &i {title: t, version: '1'}\nx-again: *i\npaths: {}\n")]
    [InlineData("openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\npaths: {}\n")]
    [InlineData("openapi: 3.0.3\ninfo: {title: t, version: '1'}\n? [a, b]\n: c\npaths: {}\n")]
    [InlineData("{\"openapi\": \"3.0.3\", \"info\": {\"title\": \"t\", \"version\": \"1\"}, \"paths\": {}}")]
    [InlineData("openapi: 3.0.3\ninfo: {title: t, version: '1'\n")]
    public void Anchors_duplicate_or_complex_keys_JSON_text_and_syntax_errors_are_left_to_OpenAPI_NET(string text)
    {
        Assert.Null(TreeOf(text));
    }

    [Fact]
    public void A_scalar_longer_than_OpenAPI_NETs_bound_is_left_to_it()
    {
        var text = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\nx-long: " + new string('a', 64 * 1024 + 1) + "\npaths: {}\n";

        Assert.Null(TreeOf(text));
        Assert.NotNull(TreeOf(text.Replace(new string('a', 64 * 1024 + 1), new string('a', 64 * 1024))));
    }

    [Fact]
    public void The_tree_is_handed_over_once_and_only_when_asked_for()
    {
        var index = SpecLineIndex.Build("/specs/test.yaml", Scalars, buildTree: true);

        Assert.NotNull(index.TakeTree());
        Assert.Null(index.TakeTree());
        Assert.Null(SpecLineIndex.Build("/specs/test.yaml", Scalars).TakeTree());
    }

    [Fact]
    public void A_spec_with_anchors_reads_to_the_same_model_as_without_them()
    {
        const string Plain = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      operationId: getA\n      responses:\n        '200': {description: ok, content: {application/json: {schema: {type: object, properties: {id: {type: integer}}}}}}\n";
        var anchored = Plain.Replace("{type: integer}", "&int {type: integer}") + "x-again: *int\n";

        var plain = ReaderHarness.ReadSpec(Plain);
        var fallback = ReaderHarness.ReadSpec(anchored);

        Assert.Equal(plain.Operations, fallback.Operations);
        Assert.Equal(plain.Types, fallback.Types);
    }

    private static JsonNode? TreeOf(string text) => SpecLineIndex.Build("/specs/test.yaml", text, buildTree: true).TakeTree();

    private static JsonNode ConverterNodes(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return stream.Documents[0].ToJsonNode();
    }
}
