using System;

namespace SpecClient.Generator.Reading.Selection;

/// <summary>
/// A path pattern over the spec's path templates, segment by segment: <c>*</c> is one whole segment,
/// <c>**</c> any number of segments (none included), a <c>*</c> inside a segment any run of its characters;
/// everything else is literal, so <c>/files/{file_id}</c> matches that template exactly.
/// </summary>
internal sealed class PathPattern
{
    private readonly string[] _segments;

    public PathPattern(string pattern) => _segments = Segments(pattern);

    public bool Matches(string path) => Match(_segments, 0, Segments(path), 0);

    private static string[] Segments(string text) => text.Trim('/').Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);

    private static bool Match(string[] pattern, int p, string[] path, int s)
    {
        while (p < pattern.Length)
        {
            if (pattern[p] == "**")
            {
                // Try every split point; patterns are a few segments long, so this stays small.
                for (var rest = s; rest <= path.Length; rest++)
                {
                    if (Match(pattern, p + 1, path, rest))
                    {
                        return true;
                    }
                }

                return false;
            }

            if (s >= path.Length || !SegmentMatches(pattern[p], path[s]))
            {
                return false;
            }

            p++;
            s++;
        }

        return s == path.Length;
    }

    /// <summary>Glob within one segment: <c>*</c> matches any run of characters, all else is compared ordinally.</summary>
    private static bool SegmentMatches(string pattern, string segment)
    {
        int p = 0, s = 0, star = -1, resume = 0;
        while (s < segment.Length)
        {
            if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                resume = s;
            }
            else if (p < pattern.Length && pattern[p] == segment[s])
            {
                p++;
                s++;
            }
            else if (star >= 0)
            {
                p = star + 1;
                s = ++resume;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }
}
