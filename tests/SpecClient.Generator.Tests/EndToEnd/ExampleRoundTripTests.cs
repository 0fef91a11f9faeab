using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using SpecClient.Generator.Tests.Infrastructure;
using Xunit.Abstractions;

namespace SpecClient.Generator.Tests.EndToEnd;

/// <summary>
/// Every example a spec gives (<c>example</c>/<c>examples</c> on a schema or a media type) deserializes into the
/// generated type and serializes back to equivalent JSON, through the generated converters, compiled and loaded.
/// The examples are read with OpenAPI.NET here, independently of the generator.
/// </summary>
public class ExampleRoundTripTests
{
    private const string Namespace = "RoundTrip.Client";
    private readonly ITestOutputHelper _output;

    public ExampleRoundTripTests(ITestOutputHelper output) => _output = output;

    // Every spec whose JSON examples land on generated types, and how many (a lower count would mean lost coverage).
    // The other corpus specs have no such example; openai.yaml's contradict its own schemas (an object-typed
    // "error" given as a string), so they prove nothing about the converters.
    public static TheoryData<string, int> SpecsWithExamples => new()
    {
        { "specs/prolific-credentials.yaml", 4 },
        { "corpus/redocly-museum.yaml", 10 },
        { "corpus/oai-v3.0-uspto.yaml", 1 },
        { "corpus/twilio-conversations-v1.json", 151 },
        { "corpus/twilio-api-v2010.yaml", 287 },
    };

    [Theory]
    [MemberData(nameof(SpecsWithExamples))]
    public void Every_example_round_trips_through_the_generated_type(string spec, int expectedExamples)
    {
        var path = spec.StartsWith("corpus/", StringComparison.Ordinal)
            ? Path.Combine(RepoPaths.Corpus, spec["corpus/".Length..])
            : Path.Combine(RepoPaths.Root, spec);
        var text = File.ReadAllText(path);
        var output = GeneratorHarness.Run(new SpecFile(path, text, new Dictionary<string, string> { ["Namespace"] = Namespace, ["ClassName"] = "ExamplesClient" }));
        var model = SpecClient.Generator.Reading.SpecReader.Read(new Model.SpecInput
        {
            Entry = new Model.SpecDocument(path, text),
            Options = new Model.ClientOptions { ClassName = "ExamplesClient", Namespace = Namespace },
        }).Spec!;
        var typesBySchema = model.Types.ToDictionary(t => t.SchemaName, t => t.Name);

        var context = new AssemblyLoadContext("round-trip", isCollectible: true);
        try
        {
            var assembly = Load(output, context);
            var options = (JsonSerializerOptions)assembly.GetType($"{Namespace}.ExamplesClientJsonContext")!
                .GetProperty("Options")!.GetValue(assembly.GetType($"{Namespace}.ExamplesClientJsonContext")!.GetProperty("Default")!.GetValue(null))!;

            var checkedCount = 0;
            foreach (var (schemaName, where, example) in Examples(text))
            {
                if (!typesBySchema.TryGetValue(schemaName, out var typeName))
                {
                    continue;
                }

                var type = assembly.GetType($"{Namespace}.{typeName}", throwOnError: true)!;
                // OpenAPI.NET keeps a YAML null as a sentinel string; put the null back.
                var json = example.ToJsonString().Replace("\"openapi-json-null-sentinel-value-2BF93600-0FE4-4250-987A-E5DDB203E464\"", "null");
                var value = JsonSerializer.Deserialize(json, type, options);
                var back = JsonSerializer.Serialize(value, type, options);
                Assert.True(
                    JsonEquivalent(JsonNode.Parse(json), JsonNode.Parse(back)),
                    $"{where} as {typeName}:\n  example:  {json}\n  written: {back}");
                checkedCount++;
            }

            _output.WriteLine($"{spec}: {checkedCount} examples round-tripped");
            Assert.Equal(expectedExamples, checkedCount);
        }
        finally
        {
            context.Unload();
        }
    }

    [Fact]
    public void The_equivalence_check_sees_a_changed_value()
    {
        Assert.False(JsonEquivalent(JsonNode.Parse("{\"a\":1,\"b\":[\"x\"]}"), JsonNode.Parse("{\"a\":1,\"b\":[\"y\"]}")));
        Assert.False(JsonEquivalent(JsonNode.Parse("{\"a\":1}"), JsonNode.Parse("{\"a\":1,\"b\":2}")));
        Assert.True(JsonEquivalent(JsonNode.Parse("{\"a\":1.0,\"b\":null}"), JsonNode.Parse("{\"a\":1}")));
    }

    private static Assembly Load(GeneratorOutput output, AssemblyLoadContext context)
    {
        using var image = new MemoryStream();
        var result = output.Compilation.Emit(image);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        image.Position = 0;
        return context.LoadFromStream(image);
    }

    /// <summary>(schema name as the model records it, where the example stands, the example).</summary>
    private static IEnumerable<(string SchemaName, string Where, JsonNode Example)> Examples(string text)
    {
        var settings = new OpenApiReaderSettings { LoadExternalRefs = false };
        settings.AddYamlReader();
        var document = OpenApiDocument.Parse(text, text.TrimStart().StartsWith('{') ? "json" : "yaml", settings).Document!;

        foreach (var (name, schema) in document.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>())
        {
            foreach (var example in SchemaExamples(schema))
            {
                yield return (name, "#/components/schemas/" + name, example);
            }
        }

        foreach (var (pathKey, pathItem) in document.Paths)
        {
            foreach (var (method, operation) in pathItem.Operations ?? new Dictionary<System.Net.Http.HttpMethod, OpenApiOperation>())
            {
                var prefix = $"#/paths/{Escape(pathKey)}/{method.Method.ToLowerInvariant()}";
                foreach (var (mediaType, media) in JsonMedia(operation.RequestBody?.Content))
                {
                    foreach (var item in MediaExamples(media, $"{prefix}/requestBody/content/{Escape(mediaType)}/schema"))
                    {
                        yield return item;
                    }
                }

                foreach (var (status, response) in operation.Responses ?? new OpenApiResponses())
                {
                    foreach (var (mediaType, media) in JsonMedia(response.Content))
                    {
                        foreach (var item in MediaExamples(media, $"{prefix}/responses/{Escape(status)}/content/{Escape(mediaType)}/schema"))
                        {
                            yield return item;
                        }
                    }
                }
            }
        }
    }

    /// <summary>Only JSON bodies: a form or multipart example is not the JSON form of the type.</summary>
    private static IEnumerable<KeyValuePair<string, IOpenApiMediaType>> JsonMedia(IDictionary<string, IOpenApiMediaType>? content) =>
        (content ?? new Dictionary<string, IOpenApiMediaType>())
            .Where(m => m.Key.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) || m.Key.Contains("+json", StringComparison.OrdinalIgnoreCase));

    private static IEnumerable<JsonNode> SchemaExamples(IOpenApiSchema schema)
    {
        if (schema is OpenApiSchemaReference)
        {
            yield break;
        }

#pragma warning disable CS0618 // 3.0 documents carry a single example, which OpenAPI.NET keeps only here.
        if (schema.Example is { } example)
#pragma warning restore CS0618
        {
            yield return example;
        }

        foreach (var item in schema.Examples ?? new List<JsonNode>())
        {
            if (item is not null)
            {
                yield return item;
            }
        }
    }

    private static IEnumerable<(string, string, JsonNode)> MediaExamples(IOpenApiMediaType media, string inlinePointer)
    {
        if (media.Schema is null)
        {
            yield break;
        }

        var schemaName = media.Schema is OpenApiSchemaReference reference ? reference.Reference.Id! : inlinePointer;
        if (media.Example is { } example)
        {
            yield return (schemaName, inlinePointer, example);
        }

        foreach (var (name, value) in media.Examples ?? new Dictionary<string, IOpenApiExample>())
        {
            if (value.Value is { } node)
            {
                yield return (schemaName, inlinePointer + " example " + name, node);
            }
        }
    }

    private static string Escape(string segment) => segment.Replace("~", "~0").Replace("/", "~1");

    /// <summary>Equal JSON, where an absent property and an explicit null are the same, and numbers compare by value.</summary>
    private static bool JsonEquivalent(JsonNode? left, JsonNode? right)
    {
        switch (left, right)
        {
            case (null, null):
                return true;
            case (JsonObject a, JsonObject b):
                var keys = a.Where(p => p.Value is not null).Select(p => p.Key)
                    .Union(b.Where(p => p.Value is not null).Select(p => p.Key));
                return keys.All(k => JsonEquivalent(a[k], b[k]));
            case (JsonArray a, JsonArray b):
                return a.Count == b.Count && a.Zip(b).All(pair => JsonEquivalent(pair.First, pair.Second));
            case (JsonValue a, JsonValue b):
                var ea = a.GetValue<JsonElement>();
                var eb = b.GetValue<JsonElement>();
                if (ea.ValueKind == JsonValueKind.Number && eb.ValueKind == JsonValueKind.Number)
                {
                    return ea.GetDecimal() == eb.GetDecimal();
                }

                // Quoted numbers (Twilio's examples, and its API) are read as numbers and written as numbers.
                if (ea.ValueKind == JsonValueKind.String && eb.ValueKind == JsonValueKind.Number
                    && decimal.TryParse(ea.GetString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var quoted))
                {
                    return quoted == eb.GetDecimal();
                }

                if (ea.ValueKind == JsonValueKind.String && eb.ValueKind == JsonValueKind.String)
                {
                    return ea.GetString() == eb.GetString() || SameInstant(ea.GetString()!, eb.GetString()!);
                }

                return ea.ValueKind == eb.ValueKind && ea.GetRawText() == eb.GetRawText();
            default:
                return false;
        }
    }

    /// <summary>Date-times may be written back in another (round-trip) format: compare the instant.</summary>
    private static bool SameInstant(string a, string b) =>
        a.Contains('T') && DateTimeOffset.TryParse(a, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var x)
        && DateTimeOffset.TryParse(b, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var y)
        && x == y;
}
