using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace SpecClient.Generator.Tests.Hostile;

/// <summary>
/// Mutates an OpenAPI document (as a JSON tree) the way a careless or hostile author would: odd names for
/// schemas, properties, operations, parameters and responses; odd and huge enums; broken references;
/// values of the wrong type; hostile text in descriptions. Deterministic for a given <see cref="Random"/>.
/// </summary>
internal sealed class SpecMutator
{
    private static readonly string[] OddNames = Payloads.Each.Concat(new[]
    {
        string.Empty, " ", "1a", "a b", "名", "class", "EqualityContract", "ToString", "GetHashCode", "Equals", "Value",
        "IsKnown", "FuzzClient", "FuzzClientOptions", "FuzzClientCredentials", "Models", "JsonContext", "_", "@", "$ref",
        new string('x', 600), "\u0000", "a\u0301", "\uD800", "😀", "a.b", "A", "a", "Global", "System", "Task",
    }).ToArray();

    private static readonly string[] BrokenReferences =
    {
        "#/components/schemas/Missing", "./nope.yaml", "../../etc/passwd", "http://example.com/x.yaml", string.Empty, "#", "#/paths", "#/components/schemas/",
    };

    private readonly Random _random;

    public SpecMutator(Random random) => _random = random;

    public List<string> Applied { get; } = new();

    public void Mutate(JsonObject document)
    {
        var count = 1 + _random.Next(3);
        for (var i = 0; i < count; i++)
        {
            switch (_random.Next(9))
            {
                case 0: RenameSchema(document); break;
                case 1: RenameProperty(document); break;
                case 2: RenameOperation(document); break;
                case 3: OddEnum(document, huge: false); break;
                case 4: OddEnum(document, huge: true); break;
                case 5: BreakReference(document); break;
                case 6: FlipType(document); break;
                case 7: OddParameter(document); break;
                default: HostileText(document); break;
            }
        }
    }

    private string OddName() => OddNames[_random.Next(OddNames.Length)] + (_random.Next(3) == 0 ? OddNames[_random.Next(OddNames.Length)] : string.Empty);

    private T? Pick<T>(IReadOnlyList<T> items) where T : class => items.Count == 0 ? null : items[_random.Next(items.Count)];

    private static JsonObject? Schemas(JsonObject document) =>
        (document["components"] as JsonObject)?["schemas"] as JsonObject ?? document["definitions"] as JsonObject;

    private void RenameSchema(JsonObject document)
    {
        if (Schemas(document) is not { } schemas || Pick(schemas.Select(p => p.Key).ToList()) is not { } old)
        {
            return;
        }

        var name = OddName();
        if (schemas.ContainsKey(name))
        {
            return;
        }

        var value = schemas[old];
        schemas.Remove(old);
        schemas[name] = value;
        var prefix = document.ContainsKey("definitions") ? "#/definitions/" : "#/components/schemas/";
        var escaped = Uri.EscapeDataString(name.Replace("~", "~0").Replace("/", "~1"));
        foreach (var node in All(document).OfType<JsonObject>())
        {
            if (node["$ref"] is JsonValue reference && reference.ToString() == prefix + old)
            {
                node["$ref"] = prefix + escaped;
            }
        }

        Applied.Add("schema " + Show(old) + " -> " + Show(name));
    }

    private void RenameProperty(JsonObject document)
    {
        var owners = All(document).OfType<JsonObject>().Where(o => o["properties"] is JsonObject { Count: > 0 }).ToList();
        if (Pick(owners) is not { } owner)
        {
            return;
        }

        var properties = (JsonObject)owner["properties"]!;
        var old = properties.ElementAt(_random.Next(properties.Count)).Key;
        var name = OddName();
        if (properties.ContainsKey(name))
        {
            return;
        }

        var value = properties[old];
        properties.Remove(old);
        properties[name] = value;
        if (owner["required"] is JsonArray required)
        {
            foreach (var item in required.ToList())
            {
                if (item?.ToString() == old)
                {
                    required[required.IndexOf(item)] = name;
                }
            }
        }

        if (_random.Next(2) == 0 && value is JsonObject property)
        {
            property["deprecated"] = true;
            property["default"] = OddName();
        }

        Applied.Add("property " + Show(old) + " -> " + Show(name));
    }

    private void RenameOperation(JsonObject document)
    {
        if (Pick(Operations(document)) is not { } operation)
        {
            return;
        }

        var name = OddName();
        operation["operationId"] = name;
        operation["deprecated"] = _random.Next(2) == 0;
        if (_random.Next(2) == 0 && operation["responses"] is JsonObject responses)
        {
            var key = OddName();
            if (!responses.ContainsKey(key))
            {
                responses[key] = new JsonObject { ["description"] = OddName() };
            }
        }

        Applied.Add("operationId " + Show(name));
    }

    private void OddEnum(JsonObject document, bool huge)
    {
        var candidates = All(document).OfType<JsonObject>().Where(o => o["type"]?.ToString() is "string" or "integer").ToList();
        if (Pick(candidates) is not { } schema)
        {
            return;
        }

        var values = new JsonArray();
        var count = huge ? 1000 + _random.Next(1000) : 1 + _random.Next(8);
        var integer = schema["type"]?.ToString() == "integer";
        for (var i = 0; i < count; i++)
        {
            values.Add(integer ? JsonValue.Create(_random.Next(int.MinValue, int.MaxValue)) : JsonValue.Create(huge ? OddName() + i : OddName()));
        }

        schema["enum"] = values;
        Applied.Add((huge ? "huge " : "odd ") + (integer ? "integer" : "string") + " enum of " + count);
    }

    private void BreakReference(JsonObject document)
    {
        var holders = All(document).OfType<JsonObject>().Where(o => o.ContainsKey("$ref")).ToList();
        if (Pick(holders) is not { } holder)
        {
            return;
        }

        var broken = BrokenReferences[_random.Next(BrokenReferences.Length)];
        holder["$ref"] = broken;
        Applied.Add("$ref -> " + Show(broken));
    }

    private void FlipType(JsonObject document)
    {
        var objects = All(document).OfType<JsonObject>().Where(o => o.Count > 0).ToList();
        if (Pick(objects) is not { } owner)
        {
            return;
        }

        var key = owner.ElementAt(_random.Next(owner.Count)).Key;
        JsonNode? replacement = _random.Next(4) switch
        {
            0 => JsonValue.Create(42),
            1 => new JsonArray(JsonValue.Create("x")),
            2 => null,
            _ => JsonValue.Create(OddName()),
        };
        owner[key] = replacement;
        Applied.Add("value of " + Show(key) + " -> " + (replacement?.ToJsonString() ?? "null"));
    }

    private void OddParameter(JsonObject document)
    {
        if (Pick(Operations(document)) is not { } operation)
        {
            return;
        }

        var name = OddName();
        var location = new[] { "query", "header", "cookie", "path" }[_random.Next(4)];
        var parameter = new JsonObject { ["name"] = name, ["in"] = location, ["schema"] = new JsonObject { ["type"] = "string", ["default"] = OddName() } };
        if (location == "path")
        {
            parameter["required"] = true;
            parameter["style"] = _random.Next(2) == 0 ? "matrix" : "label";
        }

        if (operation["parameters"] is not JsonArray parameters)
        {
            operation["parameters"] = parameters = new JsonArray();
        }

        parameters.Add(parameter);
        Applied.Add(location + " parameter " + Show(name));
    }

    private void HostileText(JsonObject document)
    {
        foreach (var node in All(document).OfType<JsonObject>().Where(o => o.ContainsKey("description") || o.ContainsKey("summary") || o.ContainsKey("title")).ToList())
        {
            foreach (var key in new[] { "description", "summary", "title" })
            {
                if (node.ContainsKey(key))
                {
                    node[key] = Payloads.All;
                }
            }
        }

        Applied.Add("hostile descriptions");
    }

    private static List<JsonObject> Operations(JsonObject document) =>
        (document["paths"] as JsonObject ?? new JsonObject())
            .Select(p => p.Value).OfType<JsonObject>()
            .SelectMany(path => path.Where(m => m.Key is "get" or "put" or "post" or "delete" or "patch").Select(m => m.Value).OfType<JsonObject>())
            .ToList();

    private static IEnumerable<JsonNode> All(JsonNode? node)
    {
        if (node is null)
        {
            yield break;
        }

        yield return node;
        var children = node switch
        {
            JsonObject obj => obj.Select(p => p.Value),
            JsonArray array => array.AsEnumerable(),
            _ => Enumerable.Empty<JsonNode?>(),
        };
        foreach (var child in children.ToList())
        {
            foreach (var descendant in All(child))
            {
                yield return descendant;
            }
        }
    }

    private static string Show(string text) =>
        System.Text.Json.JsonSerializer.Serialize(text.Length > 40 ? text.Substring(0, 40) + "…" : text);
}
