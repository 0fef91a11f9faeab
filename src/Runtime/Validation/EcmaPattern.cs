using System;
using System.Text;

namespace SpecClient.Internal;

/// <summary>
/// Translates a JSON Schema <c>pattern</c> (ECMA-262, without flags) into a .NET expression with the same meaning that
/// <see cref="System.Text.RegularExpressions.RegexOptions.NonBacktracking"/> can run, or says it cannot. Where the two
/// dialects differ the translation spells ECMA-262's meaning out: <c>\d</c>, <c>\w</c> and <c>\s</c> become their ECMA
/// sets (.NET's are Unicode-wide), <c>.</c> leaves out every ECMA line terminator, <c>$</c> is the end of the input (.NET's
/// also matches before a final line feed). What has no faithful translation is refused: backreferences and lookarounds
/// (which the non-backtracking engine cannot run), <c>\b</c>, .NET-only syntax (inline options such as <c>(?x)</c>,
/// comments, atomic groups, conditionals, class subtraction), escapes whose meaning differs (<c>\A</c>, <c>\Z</c>,
/// <c>\e</c>...), <c>[]</c> and <c>[^]</c>.
/// </summary>
/// <remarks>Plain string work only, so the generator's analyzer (netstandard2.0) can compile the same file.</remarks>
internal static class EcmaPattern
{
    private const string Digit = "0-9";
    private const string Word = "a-zA-Z0-9_";
    private const string Space = @"\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff";
    private const string AnyButLineTerminator = @"[^\n\r\u2028\u2029]";

    /// <summary>The .NET expression for <paramref name="pattern"/>, or <see langword="null"/> when it cannot be translated faithfully.</summary>
    public static string? Translate(string pattern)
    {
        var output = new StringBuilder(pattern.Length + 16);
        bool inClass = false;
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            if (c == '\\')
            {
                if (i + 1 >= pattern.Length || !Escape(pattern, ref i, inClass, output))
                {
                    return null;
                }

                continue;
            }

            if (inClass)
            {
                switch (c)
                {
                    case ']':
                        inClass = false;
                        output.Append(']');
                        break;
                    case '[':
                        output.Append(@"\[");   // literal in ECMA; in .NET "-[" would start a subtraction
                        break;
                    default:
                        output.Append(c);
                        break;
                }

                continue;
            }

            switch (c)
            {
                case '[':
                    inClass = true;
                    output.Append('[');
                    if (i + 1 < pattern.Length && pattern[i + 1] == '^')
                    {
                        output.Append('^');
                        i++;
                    }

                    if (i + 1 < pattern.Length && pattern[i + 1] == ']')
                    {
                        return null;   // [] and [^] match nothing / anything in ECMA; .NET reads the ] as a member
                    }

                    break;
                case '(':
                    if (i + 1 < pattern.Length && pattern[i + 1] == '?')
                    {
                        // Group moves i past "(?:" or "(?<name>"; what follows is read by the loop, not as another '('.
                        if (!Group(pattern, ref i, output))
                        {
                            return null;
                        }
                    }
                    else
                    {
                        output.Append('(');
                    }

                    break;
                case '.':
                    output.Append(AnyButLineTerminator);
                    break;
                case '$':
                    output.Append(@"\z");
                    break;
                default:
                    output.Append(c);
                    break;
            }
        }

        return inClass ? null : output.ToString();
    }

    // "(?" at i: a non-capturing or named group; anything else has no faithful translation.
    private static bool Group(string pattern, ref int i, StringBuilder output)
    {
        if (i + 2 >= pattern.Length)
        {
            return false;
        }

        if (pattern[i + 2] == ':')
        {
            output.Append("(?:");
            i += 2;
            return true;
        }

        if (pattern[i + 2] != '<' || i + 3 >= pattern.Length || pattern[i + 3] is '=' or '!')
        {
            return false;   // lookarounds, inline options, comments, atomic groups, conditionals
        }

        int end = pattern.IndexOf('>', i + 3);
        if (end < 0)
        {
            return false;
        }

        string name = pattern.Substring(i + 3, end - i - 3);
        if (name.Length == 0 || char.IsDigit(name[0]))
        {
            return false;
        }

        foreach (char n in name)
        {
            if (!(n is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_'))
            {
                return false;
            }
        }

        output.Append("(?<").Append(name).Append('>');
        i = end;
        return true;
    }

    // The escape at i (a backslash with at least one character after it); advances i to its last character.
    private static bool Escape(string pattern, ref int i, bool inClass, StringBuilder output)
    {
        char n = pattern[i + 1];
        i++;
        switch (n)
        {
            case 'd':
                output.Append(inClass ? Digit : "[" + Digit + "]");
                return true;
            case 'w':
                output.Append(inClass ? Word : "[" + Word + "]");
                return true;
            case 's':
                output.Append(inClass ? Space : "[" + Space + "]");
                return true;
            case 'D' or 'W' or 'S':
                if (inClass)
                {
                    return false;   // a complement inside a class has no .NET spelling
                }

                output.Append("[^").Append(n == 'D' ? Digit : n == 'W' ? Word : Space).Append(']');
                return true;
            case 'b':
                if (!inClass)
                {
                    return false;   // a word boundary: .NET's words are Unicode-wide
                }

                output.Append(@"\b");   // backspace, in both
                return true;
            case 't' or 'n' or 'v' or 'f' or 'r':
                output.Append('\\').Append(n);
                return true;
            case '0':
                if (i + 1 < pattern.Length && char.IsDigit(pattern[i + 1]))
                {
                    return false;
                }

                output.Append(@"\x00");
                return true;
            case 'x':
                return Hex(pattern, ref i, 2, 'x', output);
            case 'u':
                return Hex(pattern, ref i, 4, 'u', output);
            case 'c':
                if (i + 1 < pattern.Length && pattern[i + 1] is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z'))
                {
                    output.Append(@"\c").Append(pattern[i + 1]);
                    i++;
                    return true;
                }

                return false;
            case 'p' or 'P':
                int close = i + 1 < pattern.Length && pattern[i + 1] == '{' ? pattern.IndexOf('}', i + 1) : -1;
                if (close < 0 || pattern.IndexOf('=', i + 1, close - i - 1) >= 0)
                {
                    return false;
                }

                output.Append('\\').Append(pattern, i, close - i + 1);
                i = close;
                return true;
            default:
                if (char.IsLetterOrDigit(n) || n == '_')
                {
                    return false;   // backreferences, \k, and letters whose meaning differs (\A, \Z, \z, \G, \e...)
                }

                output.Append('\\').Append(n);
                return true;
        }
    }

    private static bool Hex(string pattern, ref int i, int digits, char kind, StringBuilder output)
    {
        if (i + digits >= pattern.Length)
        {
            return false;
        }

        for (int d = 1; d <= digits; d++)
        {
            if (!Uri.IsHexDigit(pattern[i + d]))
            {
                return false;
            }
        }

        output.Append('\\').Append(kind).Append(pattern, i + 1, digits);
        i += digits;
        return true;
    }
}
