using System.Collections.Generic;
using Microsoft.OpenApi;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Reading;

/// <summary>Chooses the media type a client sends or expects, and how its body is handled.</summary>
internal static class MediaTypes
{
    public const string Json = "application/json";

    /// <summary>The preferred entry: JSON, then form, multipart, binary, plain text, other text; ties keep spec order.</summary>
    public static KeyValuePair<string, IOpenApiMediaType>? Pick(IDictionary<string, IOpenApiMediaType>? content)
    {
        if (content is null)
        {
            return null;
        }

        KeyValuePair<string, IOpenApiMediaType>? best = null;
        var bestRank = int.MaxValue;
        foreach (var entry in content)
        {
            if (entry.Value is null)
            {
                // `application/json:` with nothing under it.
                continue;
            }

            var rank = Rank(entry.Key);
            if (rank < bestRank)
            {
                best = entry;
                bestRank = rank;
            }
        }

        return best;
    }

    public static BodyKind KindOf(string mediaType)
    {
        var type = Essence(mediaType);
        if (type == Json || type == "text/json" || type.EndsWith("+json", System.StringComparison.Ordinal))
        {
            return BodyKind.Json;
        }

        if (type == "application/x-www-form-urlencoded")
        {
            return BodyKind.FormUrlEncoded;
        }

        if (type.StartsWith("multipart/", System.StringComparison.Ordinal))
        {
            return BodyKind.Multipart;
        }

        return IsText(type) ? BodyKind.Text : BodyKind.Binary;
    }

    /// <summary>
    /// <c>*/*</c> with a structured schema means JSON in practice, and so does 2.0's
    /// <c>application/octet-stream</c>, which OpenAPI.NET assumes when a 2.0 spec declares no
    /// <c>produces</c>; reading such a body as a raw stream would lose the model the spec describes.
    /// </summary>
    public static bool IsJsonInDisguise(string mediaType, TypeRef? type, bool isSwagger2)
    {
        var essence = Essence(mediaType);
        var vague = essence == "*/*" || (isSwagger2 && essence == "application/octet-stream");
        return vague && type is not null && type.Kind is not (TypeKind.Stream or TypeKind.Bytes);
    }

    /// <summary>Whether the media type is a server-sent event stream (<c>text/event-stream</c>).</summary>
    public static bool IsEventStream(string mediaType) => Essence(mediaType) == "text/event-stream";

    /// <summary>Whether the media type is a sequence of JSON texts: JSON Lines, NDJSON or JSON text sequences (RFC 7464).</summary>
    public static bool IsJsonSequence(string mediaType) =>
        Essence(mediaType) is "application/jsonl" or "application/x-ndjson" or "application/json-seq";

    /// <summary>Whether the media type is JSON (<c>application/json</c>, <c>text/json</c>, <c>+json</c>).</summary>
    public static bool IsJson(string mediaType) => KindOf(mediaType) == BodyKind.Json;

    private static int Rank(string mediaType)
    {
        var kind = KindOf(mediaType);
        return kind switch
        {
            BodyKind.Json => 0,
            BodyKind.FormUrlEncoded => 1,
            BodyKind.Multipart => 2,
            BodyKind.Binary => 3,
            _ => Essence(mediaType) == "text/plain" ? 4 : 5,
        };
    }

    private static bool IsText(string type) =>
        type.StartsWith("text/", System.StringComparison.Ordinal) ||
        type == "application/xml" ||
        type.EndsWith("+xml", System.StringComparison.Ordinal);

    /// <summary>The type without parameters (<c>; charset=utf-8</c>), lower-cased.</summary>
    private static string Essence(string mediaType)
    {
        var semicolon = mediaType.IndexOf(';');
        var type = semicolon < 0 ? mediaType : mediaType.Substring(0, semicolon);
        return type.Trim().ToLowerInvariant();
    }
}
