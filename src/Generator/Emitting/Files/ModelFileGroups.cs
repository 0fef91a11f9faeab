using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace SpecClient.Generator.Emitting.Files;

/// <summary>
/// Groups the generated types into files by the start of their names: all in one file while they fit
/// <see cref="MaxChars"/>, otherwise by first letter, a letter that does not fit split by its second, and so on;
/// then neighbouring groups (in name order) are joined while they fit. A file is named after the name prefix
/// of its first group. The grouping depends only on the types' names and sizes, so it is deterministic, and an
/// edit to one schema changes only its own file unless it moves a group across the limit.
/// </summary>
internal static class ModelFileGroups
{
    /// <summary>About how many characters a model file holds before it is split (a group of one long prefix may exceed it).</summary>
    public const int MaxChars = 200_000;

    /// <summary>Prefixes longer than this are not split further.</summary>
    private const int MaxDepth = 32;

    /// <summary>The files in name order: each named by the name prefix its first types share ("" for a single file), with its types in name order.</summary>
    public static IReadOnlyList<(string Key, IReadOnlyList<TypeText> Types)> Group(IEnumerable<TypeText> types)
    {
        var sorted = types.OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase).ThenBy(t => t.Name, StringComparer.Ordinal).ToList();
        var groups = new List<(string Key, List<TypeText> Types)>();
        if (sorted.Count > 0)
        {
            Split(sorted, 0, groups);
        }

        var joined = new List<(string Key, IReadOnlyList<TypeText> Types)>();
        var size = 0;
        foreach (var (key, members) in groups)
        {
            var length = Length(members);
            if (joined.Count > 0 && size + length <= MaxChars)
            {
                ((List<TypeText>)joined[joined.Count - 1].Types).AddRange(members);
                size += length;
                continue;
            }

            joined.Add((key, new List<TypeText>(members)));
            size = length;
        }

        return joined;
    }

    private static void Split(List<TypeText> types, int depth, List<(string, List<TypeText>)> groups)
    {
        if (depth >= MaxDepth || Length(types) <= MaxChars)
        {
            groups.Add((Name(types[0].Name, depth), types));
            return;
        }

        // Every type here has the same key of length `depth`, so its key of length `depth + 1` differs only in the
        // character at `depth` (none for a shorter name, which sorts first): the buckets are those characters, in order.
        var buckets = new SortedDictionary<int, List<TypeText>>();
        foreach (var type in types)
        {
            var key = KeyChar(type.Name, depth);
            if (!buckets.TryGetValue(key, out var bucket))
            {
                buckets[key] = bucket = new List<TypeText>();
            }

            bucket.Add(type);
        }

        foreach (var bucket in buckets.Values)
        {
            Split(bucket, depth + 1, groups);
        }
    }

    private static int Length(List<TypeText> types)
    {
        var length = 0;
        foreach (var type in types)
        {
            length += type.Length;
        }

        return length;
    }

    /// <summary>The character the name's key (<see cref="Name"/>, upper-cased: case never splits a group) has at <paramref name="index"/>; -1 past its end.</summary>
    private static int KeyChar(string name, int index) =>
        index >= name.Length ? -1 : char.ToUpperInvariant(char.IsLetterOrDigit(name[index]) ? name[index] : '_');

    /// <summary>The first <paramref name="length"/> characters of the name as a file name part: anything but a letter or digit as <c>_</c>.</summary>
    private static string Name(string name, int length)
    {
        var key = new StringBuilder(length);
        for (var i = 0; i < length && i < name.Length; i++)
        {
            key.Append(char.IsLetterOrDigit(name[i]) ? name[i] : '_');
        }

        return key.ToString();
    }
}
