using System.Collections.Generic;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using SharpYaml;
using SharpYaml.Events;

namespace SpecClient.Generator.Reading;

/// <summary>
/// Builds, from the parser events the line index already reads, the JSON nodes OpenAPI.NET's YAML reader would
/// build from the same text, so the YAML is parsed once instead of twice. It covers the plain case only: any
/// anchor, alias, duplicate key, non-scalar key, very long scalar or deep nesting gives up (<see cref="Result"/>
/// is null) and the document is read from its text by OpenAPI.NET as before, with its own findings.
/// </summary>
internal sealed class YamlJsonTree
{
    /// <summary>OpenAPI.NET's YAML reader refuses longer scalars (its default <c>MaxScalarLength</c>).</summary>
    private const int MaxScalarLength = 64 * 1024;

    /// <summary>Below OpenAPI.NET's and SharpYaml's nesting limit (64), so neither would stop where this goes on.</summary>
    private const int MaxDepth = 60;

    /// <summary>Far below OpenAPI.NET's node limit (5,000,000).</summary>
    private const int MaxNodes = 4_000_000;

    /// <summary>The YAML null spellings OpenAPI.NET's converter recognises in plain scalars.</summary>
    private static readonly HashSet<string> YamlNulls = new(System.StringComparer.Ordinal) { "~", "null", "Null", "NULL" };

    private readonly Stack<Container> _open = new();
    private JsonNode? _root;
    private int _nodes;
    private bool _givenUp;

    /// <summary>The document's root node, or null when the text is not in the plain case (or was not read to its end).</summary>
    public JsonNode? Result => _givenUp || _open.Count > 0 ? null : _root;

    public void GiveUp()
    {
        _givenUp = true;
        _open.Clear();
        _root = null;
    }

    /// <summary>Takes one parser event of the first document (stream and document events are ignored).</summary>
    public void Add(ParsingEvent current)
    {
        if (_givenUp)
        {
            return;
        }

        switch (current)
        {
            case MappingStart start when string.IsNullOrEmpty(start.Anchor):
                Open(new JsonObject());
                break;
            case SequenceStart start when string.IsNullOrEmpty(start.Anchor):
                Open(new JsonArray());
                break;
            case Scalar scalar when string.IsNullOrEmpty(scalar.Anchor) && scalar.Value.Length <= MaxScalarLength:
                AddScalar(scalar);
                break;
            case MappingEnd or SequenceEnd:
                Close();
                break;
            case StreamStart or StreamEnd or DocumentStart or DocumentEnd:
                break;
            default:
                // Anchors, aliases, over-long scalars, comment events: OpenAPI.NET's own reader decides about them.
                GiveUp();
                break;
        }
    }

    private void Open(JsonNode container)
    {
        if (_open.Count >= MaxDepth || !Count())
        {
            GiveUp();
            return;
        }

        _open.Push(new Container(container));
    }

    private void AddScalar(Scalar scalar)
    {
        if (_open.Count > 0 && _open.Peek().Node is JsonObject && _open.Peek().PendingKey is null)
        {
            // A key: the text as written, whatever its style.
            _open.Peek().PendingKey = scalar.Value;
            return;
        }

        if (!Count())
        {
            GiveUp();
            return;
        }

        Attach(ValueOf(scalar.Value, scalar.Style));
    }

    private void Close()
    {
        if (_open.Count == 0 || _open.Peek().PendingKey is not null)
        {
            GiveUp();
            return;
        }

        Attach(_open.Pop().Node);
    }

    private void Attach(JsonNode? node)
    {
        if (_open.Count == 0)
        {
            if (_root is not null)
            {
                GiveUp();
                return;
            }

            _root = node;
            return;
        }

        var parent = _open.Peek();
        if (parent.Node is JsonArray array)
        {
            array.Add(node);
            return;
        }

        var key = parent.PendingKey;
        var map = (JsonObject)parent.Node;
        if (key is null || map.ContainsKey(key))
        {
            // A container as a key, or a key written twice: OpenAPI.NET reports those itself.
            GiveUp();
            return;
        }

        map.Add(key, node);
        parent.PendingKey = null;
    }

    private bool Count() => ++_nodes <= MaxNodes;

    /// <summary>What OpenAPI.NET's YAML converter makes of a scalar: plain ones are typed (number, boolean, null), the rest are strings.</summary>
    private static JsonNode? ValueOf(string value, ScalarStyle style)
    {
        if (style != ScalarStyle.Plain)
        {
            return JsonValue.Create(value);
        }

        if (decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return JsonValue.Create(number);
        }

        if (bool.TryParse(value, out var flag))
        {
            return JsonValue.Create(flag);
        }

        return YamlNulls.Contains(value) ? JsonNullSentinel.JsonNull.DeepClone() : JsonValue.Create(value);
    }

    private sealed class Container
    {
        public Container(JsonNode node) => Node = node;

        public JsonNode Node { get; }

        /// <summary>In a mapping: the key read, waiting for its value.</summary>
        public string? PendingKey { get; set; }
    }
}
