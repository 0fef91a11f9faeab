using System;
using System.Globalization;
using System.Text;

namespace SpecClient.Internal;

/// <summary>
/// Makes text a server sent (a request id, a content type, a JSON path or reason naming its property names and values)
/// safe to put in an exception message: one line, no control or formatting characters, and capped in length.
/// </summary>
internal static class ServerText
{
    /// <summary>The most characters of one piece of server text a message carries.</summary>
    public const int MaxLength = 200;

    /// <summary>
    /// Replaces control characters, line and paragraph separators (CR, LF, U+0085, U+2028, U+2029) and invisible
    /// formatting characters (such as bidirectional overrides) with <c>?</c>, and cuts the text at
    /// <paramref name="maxLength"/> characters, ending it with <c>…</c>.
    /// </summary>
    public static string Sanitize(string? value, int maxLength = MaxLength)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(Math.Min(value.Length, maxLength + 1));
        for (int i = 0; i < value.Length; i++)
        {
            if (builder.Length >= maxLength)
            {
                builder.Append('…');
                break;
            }

            char c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(c).Append(value[i + 1]);
                i++;
                continue;
            }

            builder.Append(IsUnsafe(c) ? '?' : c);
        }

        return builder.ToString();
    }

    private static bool IsUnsafe(char c)
    {
        if (char.IsControl(c) || char.IsSurrogate(c))
        {
            return true;
        }

        UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Format;
    }
}
