using System;
using System.Buffers;
using System.Text;

namespace SpecClient.Internal;

/// <summary>Escapes path parameter values.</summary>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public static class ApiPath
{
    /// <summary>
    /// Escapes a path parameter value so that it stays one path segment whatever it holds: every character other than
    /// the RFC 3986 unreserved ones (<c>A-Z a-z 0-9 - . _ ~</c>) is percent-encoded as UTF-8 (so <c>/</c>, <c>?</c>,
    /// <c>#</c>, <c>%</c>, spaces and non-ASCII are all escaped), and the dot segments <c>.</c> and <c>..</c> become
    /// <c>%2E</c> and <c>%2E%2E</c>.
    /// </summary>
    /// <param name="value">The raw value.</param>
    /// <returns>The escaped segment text.</returns>
    /// <remarks>
    /// <see cref="ApiUri.Create"/> builds the request URI without canonicalizing its path, so these escapes reach the
    /// server as written (a plain <see cref="Uri"/> would turn <c>%2E%2E</c> back into <c>..</c> and remove it).
    /// </remarks>
    public static string Escape(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value == ".")
        {
            return "%2E";
        }

        if (value == "..")
        {
            return "%2E%2E";
        }

        // Most values (ids) need no escape: then the value itself is the segment, and no string is made.
        if (IsAllUnreserved(value))
        {
            return value;
        }

        var builder = new StringBuilder(value.Length + 8);
        UriEscaping.Append(builder, value, UriEscaping.IsUnreserved);
        return builder.ToString();
    }

    private static bool IsAllUnreserved(string value) => !value.AsSpan().ContainsAnyExcept(Unreserved);

    // RFC 3986 unreserved (UriEscaping.IsUnreserved), searched vectorized: every path parameter is checked on every call.
    private static readonly SearchValues<char> Unreserved = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~");
}
