using System;
using System.Collections.Generic;

namespace SpecClient.Generator.Reading.Bundling;

/// <summary>
/// What a <c>$ref</c> string names: a place in the same document (<c>#/a/b</c>), a URL (never
/// fetched), or another file with an optional pointer into it (<c>../models/pet.yml#/Pet</c>).
/// </summary>
internal static class RefText
{
    public static bool IsLocal(string reference) => reference.StartsWith("#", StringComparison.Ordinal);

    /// <summary>A scheme such as <c>https:</c> or <c>urn:</c>; a one-letter "scheme" is a Windows drive.</summary>
    public static bool IsUrl(string reference)
    {
        var colon = reference.IndexOf(':');
        var slash = reference.IndexOfAny(new[] { '/', '\\', '#' });
        return colon > 1 && (slash < 0 || colon < slash);
    }

    public static bool IsFileReference(string reference) =>
        reference.Trim().Length > 0 && !IsLocal(reference) && !IsUrl(reference);

    /// <summary>Splits <c>file#/pointer</c>; the file part is percent-decoded, the pointer keeps RFC 6901 escapes.</summary>
    public static (string File, string Pointer) Split(string reference)
    {
        var hash = reference.IndexOf('#');
        var file = hash < 0 ? reference : reference.Substring(0, hash);
        var pointer = hash < 0 ? string.Empty : reference.Substring(hash + 1);
        return (Uri.UnescapeDataString(file.Trim()), Uri.UnescapeDataString(pointer));
    }

    /// <summary>The pointer's segments with <c>~1</c> and <c>~0</c> undone.</summary>
    public static IReadOnlyList<string> Segments(string pointer)
    {
        var trimmed = pointer.Trim('/');
        if (trimmed.Length == 0)
        {
            return Array.Empty<string>();
        }

        var parts = trimmed.Split('/');
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = parts[i].Replace("~1", "/").Replace("~0", "~");
        }

        return parts;
    }
}
