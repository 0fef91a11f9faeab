using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace SpecClient.Generator.Emitting.Syntax;

/// <summary>
/// C# lexical helpers, and the one way for spec text to reach each C# context: <see cref="Identifier"/> for names,
/// <see cref="Literal"/> for string literals and attribute arguments, <see cref="DocComments.Escape"/> for XML
/// documentation and comments. Nothing else puts spec text into generated code.
/// </summary>
internal static class CSharp
{
    /// <summary>
    /// A name from the model as a C# identifier, keywords and <see cref="ContextualKeywords"/> escaped with <c>@</c>
    /// (legal on any identifier, and the same name to the compiler). The reader makes names valid identifiers;
    /// anything else fails generation (SPEC900) rather than reaching the code.
    /// </summary>
    public static string Identifier(string name)
    {
        if (!Microsoft.CodeAnalysis.CSharp.SyntaxFacts.IsValidIdentifier(name))
        {
            throw new System.ArgumentException("'" + DocComments.Escape(name) + "' is not a C# identifier.", nameof(name));
        }

        return Microsoft.CodeAnalysis.CSharp.SyntaxFacts.GetKeywordKind(name) != Microsoft.CodeAnalysis.CSharp.SyntaxKind.None || ContextualKeywords.Contains(name)
            ? "@" + name
            : name;
    }

    /// <summary>
    /// The contextual keywords C# may read as keywords where generated code puts a name: in a method body (<c>await</c>
    /// inside an async method, <c>var</c>, <c>nameof</c>, <c>when</c>, <c>with</c>, the pattern words), in a declaration
    /// (<c>async</c>, <c>partial</c>, <c>record</c>, <c>required</c>, <c>scoped</c>, <c>file</c>, <c>dynamic</c>, <c>global</c>,
    /// <c>extension</c>) or in an accessor (<c>value</c>, <c>field</c>, <c>init</c>). Left out, so names stay as written:
    /// the query words (<c>from</c>, <c>select</c>...), the attribute targets (<c>type</c>, <c>property</c>...) and
    /// <c>get</c>/<c>set</c>/<c>add</c>/<c>remove</c>, which are keywords only in a query, an attribute list or an
    /// accessor list, where the generator writes no name.
    /// </summary>
    private static readonly HashSet<string> ContextualKeywords = new(System.StringComparer.Ordinal)
    {
        "await", "async", "var", "dynamic", "nameof", "yield", "partial", "record", "global", "when", "with", "and", "or", "not",
        "value", "field", "init", "required", "scoped", "file", "managed", "unmanaged", "notnull", "allows", "extension",
    };

    /// <summary>Whether C# ends a line at <paramref name="c"/> (CR, LF, U+0085, U+2028, U+2029).</summary>
    public static bool IsLineBreak(char c) => c is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029';

    /// <summary>camelCase of a PascalCase identifier, for locals.</summary>
    public static string Camel(string pascal) =>
        pascal.Length == 0 ? pascal : char.ToLowerInvariant(pascal[0]) + pascal.Substring(1);

    /// <summary>
    /// A regular C# string literal with every special character escaped: also the form of a string attribute
    /// argument (<c>[Obsolete("...")]</c>). Line breaks, control characters and unpaired surrogates become
    /// <c>\uXXXX</c>, so the literal is one line and means exactly the spec's text.
    /// </summary>
    public static string Literal(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(c).Append(value[++i]);
                continue;
            }

            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\0': builder.Append("\\0"); break;
                default:
                    if (char.IsControl(c) || IsLineBreak(c) || char.IsSurrogate(c))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>An <c>int</c> literal of a value the model holds as text (an integer enum value); anything else fails generation.</summary>
    public static string IntLiteral(string value) =>
        int.Parse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);

    /// <summary>A UTF-8 string literal (<c>"..."u8</c>).</summary>
    public static string Utf8Literal(string value) => Literal(value) + "u8";
}
