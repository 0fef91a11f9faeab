using System.Collections.Generic;
using System.Text;

namespace SpecClient.Generator.Reading;

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
    public static string PascalWords(string? text)
    {
        var builder = new StringBuilder();
        foreach (var word in SplitWords(text ?? string.Empty))
        {
            AppendCapitalized(builder, word);
        }

        return builder.ToString();
    }

    /// <summary><c>X-Request-Id</c> -> <c>xRequestId</c>; never empty, never starts with a digit.</summary>
    public static string CamelCase(string? text, string fallback = "value")
    {
        var builder = new StringBuilder();
        foreach (var word in SplitWords(text ?? string.Empty))
        {
            if (builder.Length == 0)
            {
                builder.Append(word.ToLowerInvariant());
            }
            else
            {
                AppendCapitalized(builder, word);
            }
        }

        return ToIdentifier(builder.ToString(), fallback);
    }

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

    private static void Flush(List<string> words, StringBuilder current)
    {
        if (current.Length > 0)
        {
            words.Add(current.ToString());
            current.Clear();
        }
    }

    private static void AppendCapitalized(StringBuilder builder, string word)
    {
        builder.Append(char.ToUpperInvariant(word[0]));
        builder.Append(word.Substring(1).ToLowerInvariant());
    }

    /// <summary>C# identifiers cannot start with a digit; an empty name takes the fallback.</summary>
    private static string ToIdentifier(string name, string fallback)
    {
        if (name.Length == 0)
        {
            return fallback;
        }

        return char.IsDigit(name[0]) ? "_" + name : name;
    }
}

/// <summary>Hands out names unique within one scope (case-insensitively, since hint names and file systems ignore case).</summary>
internal sealed class UniqueNames
{
    private readonly HashSet<string> _taken = new(System.StringComparer.OrdinalIgnoreCase);

    public bool IsTaken(string name) => _taken.Contains(name);

    public void Reserve(string name) => _taken.Add(name);

    /// <summary>Claims <paramref name="desired"/>, or <c>desired2</c>, <c>desired3</c>... when it is taken.</summary>
    /// <returns>The claimed name; compare with <paramref name="desired"/> to tell whether it collided.</returns>
    public string Claim(string desired)
    {
        if (_taken.Add(desired))
        {
            return desired;
        }

        for (var suffix = 2; ; suffix++)
        {
            var candidate = desired + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (_taken.Add(candidate))
            {
                return candidate;
            }
        }
    }
}
