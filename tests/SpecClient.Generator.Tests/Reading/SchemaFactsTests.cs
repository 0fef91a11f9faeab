using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using SpecClient.Generator.Reading;
using SpecClient.Generator.Tests.Infrastructure;

namespace SpecClient.Generator.Tests.Reading;

/// <summary>
/// A <c>$ref</c> schema's keywords are read from its target found once; a keyword written beside the <c>$ref</c>
/// still wins, exactly as OpenAPI.NET's own getters say.
/// </summary>
public class SchemaFactsTests
{
    private const string Spec = """
        openapi: 3.1.0
        info: {title: t, version: '1'}
        paths: {}
        components:
          schemas:
            Name: {type: string, maxLength: 20, description: A name.}
            Alias: {$ref: '#/components/schemas/Name'}
            Pet:
              type: object
              properties:
                plain: {$ref: '#/components/schemas/Name'}
                described: {$ref: '#/components/schemas/Name', description: Beside the ref.}
                readOnly: {$ref: '#/components/schemas/Name', readOnly: false}
                chained: {$ref: '#/components/schemas/Alias'}
        """;

    private static readonly OpenApiDocument Document = Load();

    private static IOpenApiSchema Property(string name) => Document.Components!.Schemas!["Pet"].Properties![name];

    [Fact]
    public void A_reference_with_nothing_beside_it_reads_as_its_target()
    {
        var facts = new SchemaFacts();
        var reference = (OpenApiSchemaReference)Property("plain");

        var read = facts.Of(reference);

        Assert.Same(Document.Components!.Schemas!["Name"], read);
        Assert.Equal(reference.MaxLength, read.MaxLength);
        Assert.Equal(reference.Description, read.Description);
        Assert.Same(read, facts.Of(reference));
    }

    [Theory]
    [InlineData("described")]
    [InlineData("readOnly")]
    public void A_keyword_beside_the_reference_keeps_the_reference_itself(string property)
    {
        var reference = Property(property);

        Assert.Same(reference, new SchemaFacts().Of(reference));
    }

    [Fact]
    public void References_to_references_are_followed()
    {
        Assert.Same(Document.Components!.Schemas!["Name"], new SchemaFacts().Of(Property("chained")));
    }

    [Fact]
    public void The_model_carries_the_targets_constraints_and_the_keywords_beside_a_reference()
    {
        var pet = ReaderHarness.ReadSpec(Spec).Type("Pet");

        Assert.Equal(20, pet.Property("plain").Constraints!.MaxLength);
        Assert.Equal("A name.", pet.Property("plain").Description);
        Assert.Equal("Beside the ref.", pet.Property("described").Description);
        Assert.Equal(20, pet.Property("chained").Constraints!.MaxLength);
    }

    public static IEnumerable<object[]> CorpusSpecs() =>
        Directory.GetFiles(RepoPaths.Corpus).Where(f => f.EndsWith(".yaml", System.StringComparison.Ordinal) || f.EndsWith(".json", System.StringComparison.Ordinal))
            .OrderBy(f => f, System.StringComparer.Ordinal).Select(f => new object[] { Path.GetFileName(f) });

    [Fact]
    public void Keywords_beside_a_reference_win_over_its_targets_one_by_one()
    {
        var keywords = new SchemaFacts().KeywordsOf(Property("described"));

        Assert.Equal("Beside the ref.", keywords.Description);
        Assert.Equal(20, keywords.MaxLength);
        Assert.False(new SchemaFacts().KeywordsOf(Property("readOnly")).ReadOnly);
    }

    [Theory]
    [MemberData(nameof(CorpusSpecs))]
    public void Every_references_target_and_keywords_read_as_OpenAPI_NETs_getters_say(string file)
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Corpus, file));
        var document = Load(text, text.TrimStart().StartsWith("{", System.StringComparison.Ordinal) ? "json" : "yaml");
        var facts = new SchemaFacts();
        var withKeywordsBeside = 0;

        foreach (var schema in Reachable(document))
        {
            if (schema is OpenApiSchemaReference reference)
            {
                Assert.Same(reference.Target, facts.TargetOf(reference));
            }

            var read = facts.KeywordsOf(schema);
            Assert.Equal(schema.Description, read.Description);
            Assert.Equal(schema.Deprecated, read.Deprecated);
            Assert.Equal(schema.ReadOnly, read.ReadOnly);
            Assert.Equal(schema.WriteOnly, read.WriteOnly);
            Assert.True(JsonNode.DeepEquals(schema.Default, read.Default));
            Assert.Equal(schema.Format, read.Format);
            Assert.Equal(schema.Pattern, read.Pattern);
            Assert.Equal(schema.Minimum, read.Minimum);
            Assert.Equal(schema.Maximum, read.Maximum);
            Assert.Equal(schema.ExclusiveMinimum, read.ExclusiveMinimum);
            Assert.Equal(schema.ExclusiveMaximum, read.ExclusiveMaximum);
            Assert.Equal(schema.MinLength, read.MinLength);
            Assert.Equal(schema.MaxLength, read.MaxLength);
            Assert.Equal(schema.MinItems, read.MinItems);
            Assert.Equal(schema.MaxItems, read.MaxItems);
            withKeywordsBeside += schema is OpenApiSchemaReference && ReferenceEquals(facts.Of(schema), schema) ? 1 : 0;
        }

        if (file == "openai.yaml")
        {
            // Its 3.1 schemas write descriptions and defaults beside many a $ref: the keyword-by-keyword path is exercised.
            Assert.True(withKeywordsBeside > 100, "references with keywords beside them: " + withKeywordsBeside);
        }
    }

    /// <summary>Every schema under the components, through properties, items, extras and cases (references not followed).</summary>
    private static IEnumerable<IOpenApiSchema> Reachable(OpenApiDocument document)
    {
        var pending = new Stack<IOpenApiSchema>(document.Components?.Schemas?.Values.Where(s => s is not null) ?? Enumerable.Empty<IOpenApiSchema>());
        var seen = new HashSet<IOpenApiSchema>(ReferenceEqualityComparer.Instance);
        while (pending.Count > 0)
        {
            var schema = pending.Pop();
            if (!seen.Add(schema))
            {
                continue;
            }

            yield return schema;
            if (schema is OpenApiSchemaReference)
            {
                continue;
            }

            var children = (schema.Properties?.Values ?? Enumerable.Empty<IOpenApiSchema>())
                .Concat(schema.AllOf ?? Enumerable.Empty<IOpenApiSchema>())
                .Concat(schema.OneOf ?? Enumerable.Empty<IOpenApiSchema>())
                .Concat(schema.AnyOf ?? Enumerable.Empty<IOpenApiSchema>())
                .Append(schema.Items)
                .Append(schema.AdditionalProperties);
            foreach (var child in children.Where(c => c is not null))
            {
                pending.Push(child!);
            }
        }
    }

    private static OpenApiDocument Load(string text = Spec, string format = "yaml")
    {
        var settings = new OpenApiReaderSettings();
        settings.AddYamlReader();
        return OpenApiDocument.Parse(text, format, settings).Document!;
    }
}
