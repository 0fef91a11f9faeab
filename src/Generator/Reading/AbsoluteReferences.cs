using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace SpecClient.Generator.Reading;

/// <summary>
/// A <c>$ref</c> written as an absolute URI names a document. OpenAPI.NET, which fetches nothing here, would resolve it by
/// its fragment alone against this document, so a reference to another API's <c>#/components/schemas/Pet</c> would
/// silently become this one's <c>Pet</c>. The loader settles such references first: one that resolves to the document
/// itself, as named by OpenAPI 3.2's <c>$self</c>, becomes the local <c>#/...</c>; one that names a schema's own
/// <c>$id</c> in this document is left to OpenAPI.NET, which resolves it; any other is made unresolvable, so it is
/// reported where it stands (SPEC009 for a URL, which is never fetched) and mapped to raw JSON. Relative references are
/// files the bundler reads; they are left alone.
/// </summary>
internal static class AbsoluteReferences
{
    /// <summary>What a reference to another document is turned into: a pointer at nothing, so it stays unresolved.</summary>
    private const string Elsewhere = "#/x-specclient-reference-to-another-document";

    /// <returns>How many references were settled.</returns>
    public static int Settle(JsonNode tree)
    {
        if (tree is not JsonObject root)
        {
            return 0;
        }

        // One walk collects the absolute references and the $ids; the rewrite needs both.
        var references = new List<(JsonObject Holder, Uri Target)>();
        var identifiers = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<JsonNode>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (node is JsonObject map)
            {
                if (map["$ref"] is JsonValue reference && reference.TryGetValue<string>(out var text)
                    && Uri.TryCreate(text, UriKind.Absolute, out var target) && !target.IsFile)
                {
                    references.Add((map, target));
                }

                if (map["$id"] is JsonValue id && id.TryGetValue<string>(out var idText) && Uri.TryCreate(idText, UriKind.Absolute, out var idUri))
                {
                    identifiers.Add(WithoutFragment(idUri));
                }

                foreach (var child in map)
                {
                    if (child.Value is { } value && !IsData(child.Key))
                    {
                        pending.Push(value);
                    }
                }
            }
            else if (node is JsonArray array)
            {
                foreach (var item in array)
                {
                    if (item is not null)
                    {
                        pending.Push(item);
                    }
                }
            }
        }

        var document = root["$self"] is JsonValue selfValue && selfValue.TryGetValue<string>(out var self) && Uri.TryCreate(self, UriKind.Absolute, out var selfUri)
            ? WithoutFragment(selfUri)
            : null;
        var changed = 0;
        foreach (var (holder, target) in references)
        {
            var resource = WithoutFragment(target);
            if (identifiers.Contains(resource))
            {
                continue;
            }

            holder["$ref"] = resource == document
                ? (target.Fragment.Length == 0 ? "#" : Uri.UnescapeDataString(target.Fragment))
                : Elsewhere;
            changed++;
        }

        return changed;
    }

    /// <summary>Keys whose values are data (examples, defaults, extensions), where a <c>$ref</c> key is just a key.</summary>
    private static bool IsData(string key) =>
        key.StartsWith("x-", StringComparison.Ordinal) || key is "example" or "examples" or "default" or "enum" or "const" or "value" or "dataValue";

    private static string WithoutFragment(Uri uri) => uri.GetComponents(UriComponents.AbsoluteUri & ~UriComponents.Fragment, UriFormat.UriEscaped);
}
