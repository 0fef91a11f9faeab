using System.Collections.Generic;
using System.Linq;

namespace SpecClient.Generator.Tests.Hostile;

/// <summary>Text that would end a literal, a comment or a line if it reached C# unescaped.</summary>
internal static class Payloads
{
    /// <summary>One payload per way out of a C# context.</summary>
    public static readonly IReadOnlyList<string> Each = new[]
    {
        "q\"uote",
        "back\\slash\\",
        "end */ comment /*",
        "raw \"\"\" literal",
        "\n#error lf",
        "\r#error cr",
        "\r\n#error crlf",
        "\u2028#error ls",
        "\u2029#error ps",
        "\u0085#error nel",
        "</summary><tag attr=\"x\">&amp;",
        "}; class Injected { } //",
        "{0} {{1}} %s",
    };

    /// <summary>All of them in one string.</summary>
    public static readonly string All = string.Concat(Each.Select(p => p + " "));

    /// <summary>As a YAML double-quoted scalar, with every break spelled as an escape.</summary>
    public static string Yaml(string text)
    {
        var builder = new System.Text.StringBuilder("\"");
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\u2028' => "\\u2028",
                '\u2029' => "\\u2029",
                '\u0085' => "\\u0085",
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }
}
