using System;
using System.Net.Http;
using System.Net.Http.Headers;

namespace SpecClient.Internal;

/// <summary>Reads a response's media type and tells whether it is JSON.</summary>
internal static class MediaTypes
{
    /// <summary>Gets whether the response's Content-Type is JSON (see <see cref="IsJsonHeaderValue"/>); true when there is none.</summary>
    public static bool IsJson(HttpResponseMessage response) => ContentHeaders.Of(response.Content).IsJson;

    /// <summary>
    /// Gets whether one Content-Type header value (parameters allowed, <c>application/json; charset=utf-8</c>) is JSON:
    /// <c>application/json</c>, <c>text/json</c> or any <c>+json</c>; an empty one counts as none, which is JSON too.
    /// </summary>
    public static bool IsJsonHeaderValue(ReadOnlySpan<char> value)
    {
        int semicolon = value.IndexOf(';');
        ReadOnlySpan<char> mediaType = (semicolon >= 0 ? value.Slice(0, semicolon) : value).Trim();
        return mediaType.Length == 0
            || mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || mediaType.Equals("text/json", StringComparison.OrdinalIgnoreCase)
            || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Gets the media type of the response's Content-Type header (lowercase, no parameters), or null when absent or empty.</summary>
    public static string? Of(HttpResponseMessage response)
    {
        if (response.Content is null || !response.Content.Headers.NonValidated.TryGetValues("Content-Type", out HeaderStringValues values))
        {
            return null;
        }

        foreach (string value in values)
        {
            int semicolon = value.IndexOf(';', StringComparison.Ordinal);
            string mediaType = (semicolon >= 0 ? value.Substring(0, semicolon) : value).Trim().ToLowerInvariant();
            return mediaType.Length == 0 ? null : mediaType;
        }

        return null;
    }
}
