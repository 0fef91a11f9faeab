using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;

namespace SpecClient.Internal;

/// <summary>
/// What a success body's reader needs from the content headers (is it JSON, how long does it say it is), read in one
/// pass over the headers as they are stored. The typed properties (<see cref="HttpContentHeaders.ContentLength"/>,
/// <see cref="HttpContentHeaders.ContentType"/>) would parse a received header into a new object and store it, and a
/// look-up by name resolves the name first on every call; neither is needed to answer these two questions.
/// </summary>
internal readonly struct ContentHeaders
{
    private ContentHeaders(bool isJson, long? declaredLength)
    {
        IsJson = isJson;
        DeclaredLength = declaredLength;
    }

    /// <summary>Gets whether the Content-Type is JSON (see <see cref="MediaTypes.IsJsonHeaderValue"/>); true when there is none.</summary>
    public bool IsJson { get; }

    /// <summary>Gets the Content-Length header's value, or null when it is absent or not one non-negative number.</summary>
    public long? DeclaredLength { get; }

    /// <summary>Reads the Content-Type and Content-Length of <paramref name="content"/>.</summary>
    public static ContentHeaders Of(HttpContent? content)
    {
        bool isJson = true;
        bool typeSeen = false;
        long? length = null;
        if (content is null)
        {
            return new ContentHeaders(isJson, length);
        }

        foreach (KeyValuePair<string, HeaderStringValues> header in content.Headers.NonValidated)
        {
            // Header names from HttpClient are its own interned constants: Equals finds them by reference first.
            if (!typeSeen && string.Equals(header.Key, "Content-Type", StringComparison.OrdinalIgnoreCase))
            {
                typeSeen = true;
                foreach (string value in header.Value)
                {
                    isJson = MediaTypes.IsJsonHeaderValue(value);
                    break;
                }
            }
            else if (string.Equals(header.Key, "Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                length = ParseLength(header.Value);
            }
        }

        return new ContentHeaders(isJson, length);
    }

    /// <summary>Gets what is left to read of a seekable stream (an in-memory body), or null for any other.</summary>
    public static long? LengthOf(Stream stream) => stream.CanSeek ? Math.Max(0, stream.Length - stream.Position) : null;

    // As HttpContentHeaders.ContentLength reads it: one value, digits only (surrounding whitespace allowed); anything else is no length.
    private static long? ParseLength(HeaderStringValues values)
    {
        if (values.Count != 1)
        {
            return null;
        }

        return long.TryParse(values.ToString().AsSpan().Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out long length) ? length : null;
    }
}
