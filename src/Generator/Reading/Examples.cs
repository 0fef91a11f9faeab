using Microsoft.OpenApi;

namespace SpecClient.Generator.Reading;

/// <summary>
/// OpenAPI 3.2's example values for the docs: an example's <c>serializedValue</c> (the text on the wire) or else its
/// <c>dataValue</c> (the data, written as JSON). Only the first example of a media type, cut to a readable length.
/// </summary>
internal static class Examples
{
    /// <summary>Longer examples are cut here (and end in an ellipsis): a doc line is no place for a whole payload.</summary>
    private const int MaxLength = 300;

    /// <summary>The data as written: no <c>\u003C</c> for <c>&lt;</c> or escapes for non-ASCII letters (the docs escape what XML needs).</summary>
    private static readonly System.Text.Json.JsonSerializerOptions AsWritten = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string? TextOf(IOpenApiMediaType? media)
    {
        if (media?.Examples is not { Count: > 0 } examples)
        {
            return null;
        }

        foreach (var entry in examples)
        {
            var example = entry.Value;
            var text = example?.SerializedValue ?? example?.DataValue?.ToJsonString(AsWritten);
            if (!string.IsNullOrWhiteSpace(text))
            {
                return text!.Length <= MaxLength ? text : text.Substring(0, MaxLength) + "…";
            }
        }

        return null;
    }
}
