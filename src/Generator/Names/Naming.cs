using System.Collections.Generic;
using System.Text;

namespace SpecClient.Generator.Names;

/// <summary>
/// Turns spec names (operationIds, schema keys, wire names) into C# identifiers.
/// Words are split on anything that is not a letter or digit and on camel humps, so
/// <c>list-credential-pools</c>, <c>listCredentialPools</c> and <c>LIST_CREDENTIAL_POOLS</c> agree.
/// </summary>
internal static class Naming
{
    /// <summary><c>getURLInfo</c> -> <c>GetUrlInfo</c>; never empty, never starts with a digit.</summary>
    public static string PascalCase(string? text, string fallback = "Value") => ToIdentifier(PascalWords(text), fallback);

    /// <summary>
    /// The PascalCase words alone, for the tail of a composed name (<c>404</c> in <c>CreatePet404Error</c>):
    /// may be empty or start with a digit, so it must follow a valid identifier.
    /// </summary>
    public static string PascalWords(string? text) => Join(text ?? string.Empty, lowerFirstWord: false);

    /// <summary><c>X-Request-Id</c> -> <c>xRequestId</c>; never empty, never starts with a digit.</summary>
    public static string CamelCase(string? text, string fallback = "value") =>
        ToIdentifier(Join(text ?? string.Empty, lowerFirstWord: true), fallback);

    /// <summary>
    /// Splits on non-alphanumerics and camel humps; an upper-case run keeps its last letter for
    /// the next word (<c>URLInfo</c> -> <c>URL</c>, <c>Info</c>); digits stay with the word before them.
    /// </summary>
    public static List<string> SplitWords(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!char.IsLetterOrDigit(c))
            {
                Flush(words, current);
                continue;
            }

            if (current.Length > 0 && char.IsUpper(c))
            {
                var previous = current[current.Length - 1];
                var nextIsLower = i + 1 < text.Length && char.IsLower(text[i + 1]);
                if (char.IsLower(previous) || char.IsDigit(previous) || (char.IsUpper(previous) && nextIsLower))
                {
                    Flush(words, current);
                }
            }

            current.Append(c);
        }

        Flush(words, current);
        return words;
    }

    /// <summary>The words of <see cref="SplitWords"/> capitalised and joined, written straight into one builder.</summary>
    private static string Join(string text, bool lowerFirstWord)
    {
        var builder = new StringBuilder(text.Length);
        var start = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!char.IsLetterOrDigit(c))
            {
                AppendWord(builder, text, start, i, lowerFirstWord);
                start = -1;
                continue;
            }

            if (start >= 0 && char.IsUpper(c))
            {
                var previous = text[i - 1];
                var nextIsLower = i + 1 < text.Length && char.IsLower(text[i + 1]);
                if (char.IsLower(previous) || char.IsDigit(previous) || (char.IsUpper(previous) && nextIsLower))
                {
                    AppendWord(builder, text, start, i, lowerFirstWord);
                    start = -1;
                }
            }

            if (start < 0)
            {
                start = i;
            }
        }

        AppendWord(builder, text, start, text.Length, lowerFirstWord);
        return builder.ToString();
    }

    /// <summary>The word <c>text[start..end]</c> capitalised (all lower case when it is the first of a camelCase name).</summary>
    private static void AppendWord(StringBuilder builder, string text, int start, int end, bool lowerFirstWord)
    {
        if (start < 0 || end <= start)
        {
            return;
        }

        var first = lowerFirstWord && builder.Length == 0 ? char.ToLowerInvariant(text[start]) : char.ToUpperInvariant(text[start]);
        builder.Append(first);
        for (var i = start + 1; i < end; i++)
        {
            builder.Append(char.ToLowerInvariant(text[i]));
        }
    }

    private static void Flush(List<string> words, StringBuilder current)
    {
        if (current.Length > 0)
        {
            words.Add(current.ToString());
            current.Clear();
        }
    }

    /// <summary>C# identifiers cannot start with a digit; an empty name takes the fallback; a long one is cut (<see cref="Fit"/>).</summary>
    private static string ToIdentifier(string name, string fallback)
    {
        if (name.Length == 0)
        {
            return fallback;
        }

        return Fit(char.IsDigit(name[0]) ? "_" + name : name);
    }

    /// <summary>
    /// The most characters a name from the spec keeps: C# compilers stop at 512, and the generator composes names on
    /// these (<c>{Name}WithResponseAsync</c>, <c>{Type}Converter</c>, <c>From{Case}</c>, <c>{name}Credential</c>, a
    /// number for a name already taken), so 32 are left for that.
    /// </summary>
    public const int MaxLength = 512 - 32;

    /// <summary>
    /// The most UTF-8 bytes a name keeps: metadata holds a name in at most 1023 bytes (CS7013), and three-byte letters
    /// reach that long before 512 characters; the same room is left for composed names (and the compiler's own, such as
    /// an async method's <c>&lt;{Name}&gt;d__12</c>).
    /// </summary>
    public const int MaxUtf8Bytes = 1023 - 63;

    /// <summary>
    /// <paramref name="name"/> itself when it is at most <see cref="MaxLength"/> characters and <see cref="MaxUtf8Bytes"/>
    /// bytes; otherwise its start, <c>_</c> and eight hex digits of a hash of the whole name (FNV-1a over its UTF-16
    /// code units: the same on every machine and in every build), so two long names that differ only past the cut stay apart.
    /// </summary>
    public static string Fit(string name)
    {
        if (name.Length <= MaxUtf8Bytes / 3 || (name.Length <= MaxLength && Utf8Length(name) <= MaxUtf8Bytes))
        {
            return name;
        }

        const int suffixLength = 9;
        var keep = 0;
        var bytes = 0;
        while (keep < name.Length && keep < MaxLength - suffixLength && bytes + Utf8Length(name[keep]) <= MaxUtf8Bytes - suffixLength)
        {
            bytes += Utf8Length(name[keep]);
            keep++;
        }

        if (keep > 0 && char.IsHighSurrogate(name[keep - 1]))
        {
            keep--;
        }

        return name.Substring(0, keep) + "_" + StableHash(name).ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static uint StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return hash;
    }

    private static int Utf8Length(string text)
    {
        var bytes = 0;
        foreach (var c in text)
        {
            bytes += Utf8Length(c);
        }

        return bytes;
    }

    /// <summary>The UTF-8 bytes of one UTF-16 code unit (each half of a surrogate pair counts two of the pair's four).</summary>
    private static int Utf8Length(char c) => c < 0x80 ? 1 : c < 0x800 ? 2 : char.IsSurrogate(c) ? 2 : 3;
}
