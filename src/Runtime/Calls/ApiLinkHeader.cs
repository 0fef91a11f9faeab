using System;
using System.Collections.Generic;

namespace SpecClient.Internal;

/// <summary>
/// Finds the <c>rel="next"</c> target of a <c>Link</c> response header (RFC 8288), the way GitHub and many REST APIs
/// name their next page. Used by <see cref="ApiPager"/>.
/// </summary>
internal static class ApiLinkHeader
{
    /// <summary>The response header that carries web links.</summary>
    public const string HeaderName = "Link";

    /// <summary>Returns the target of the first link whose relation types include <c>next</c>, or <see langword="null"/>.</summary>
    /// <param name="headers">The response headers, keyed case-insensitively.</param>
    /// <returns>The link target as written between <c>&lt;</c> and <c>&gt;</c> (relative or absolute), or <see langword="null"/>.</returns>
    public static string? FindNext(IReadOnlyDictionary<string, IReadOnlyList<string>> headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        if (!headers.TryGetValue(HeaderName, out IReadOnlyList<string>? values))
        {
            return null;
        }

        foreach (string value in values)
        {
            if (FindNext(value.AsSpan()) is { } next)
            {
                return next;
            }
        }

        return null;
    }

    /// <summary>Returns the target of the first <c>rel="next"</c> link in one header value, or <see langword="null"/>.</summary>
    /// <param name="value">A <c>Link</c> header value: <c>&lt;uri&gt;; rel="next", &lt;uri&gt;; rel="last"</c>.</param>
    /// <returns>The target, or <see langword="null"/>.</returns>
    public static string? FindNext(ReadOnlySpan<char> value)
    {
        while (true)
        {
            int open = value.IndexOf('<');
            if (open < 0)
            {
                return null;
            }

            int close = value.Slice(open).IndexOf('>');
            if (close < 0)
            {
                return null;
            }

            ReadOnlySpan<char> target = value.Slice(open + 1, close - 1);
            ReadOnlySpan<char> rest = value.Slice(open + close + 1);

            // The link's parameters run to the next link (a ',' outside quotes followed by '<') or the end.
            int end = ParametersEnd(rest);
            if (HasNextRelation(rest.Slice(0, end)))
            {
                return target.Trim().ToString();
            }

            value = rest.Slice(end);
        }
    }

    private static int ParametersEnd(ReadOnlySpan<char> rest)
    {
        bool quoted = false;
        for (int i = 0; i < rest.Length; i++)
        {
            char c = rest[i];
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c == '<')
            {
                return i;
            }
        }

        return rest.Length;
    }

    private static bool HasNextRelation(ReadOnlySpan<char> parameters)
    {
        while (parameters.Length > 0)
        {
            int semicolon = parameters.IndexOf(';');
            ReadOnlySpan<char> parameter = (semicolon < 0 ? parameters : parameters.Slice(0, semicolon)).Trim();
            parameters = semicolon < 0 ? default : parameters.Slice(semicolon + 1);
            int equals = parameter.IndexOf('=');
            if (equals >= 0
                && parameter.Slice(0, equals).Trim().Equals("rel", StringComparison.OrdinalIgnoreCase)
                && HasWord(parameter.Slice(equals + 1).Trim().TrimEnd(',').Trim().Trim('"'), "next"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the space-separated list holds <paramref name="word"/> (relation types compare case-insensitively).</summary>
    private static bool HasWord(ReadOnlySpan<char> list, string word)
    {
        while (list.Length > 0)
        {
            int space = list.IndexOf(' ');
            if ((space < 0 ? list : list.Slice(0, space)).Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            list = space < 0 ? default : list.Slice(space + 1);
        }

        return false;
    }
}
