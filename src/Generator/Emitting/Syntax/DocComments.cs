using System;
using System.Collections.Generic;

namespace SpecClient.Generator.Emitting.Syntax;

/// <summary>Writes XML documentation comments from the spec's summaries and descriptions.</summary>
internal static class DocComments
{
    public static void Summary(SourceWriter writer, string? summary, string? description = null)
    {
        var lines = new List<string>();
        AddParagraph(lines, summary);
        if (!string.Equals(summary?.Trim(), description?.Trim(), StringComparison.Ordinal))
        {
            if (lines.Count > 0 && !string.IsNullOrWhiteSpace(description))
            {
                WriteElement(writer, "summary", lines);
                lines.Clear();
                AddParagraph(lines, description);
                WriteElement(writer, "remarks", lines);
                return;
            }

            AddParagraph(lines, description);
        }

        WriteElement(writer, "summary", lines);
    }

    public static void Param(SourceWriter writer, string name, string? text)
    {
        var lines = new List<string>();
        AddParagraph(lines, text);
        if (lines.Count == 0)
        {
            return;
        }

        writer.WriteLine($"/// <param name=\"{name}\">{string.Join(" ", lines)}</param>");
    }

    public static void Returns(SourceWriter writer, string? text)
    {
        var lines = new List<string>();
        AddParagraph(lines, text);
        if (lines.Count > 0)
        {
            writer.WriteLine($"/// <returns>{string.Join(" ", lines)}</returns>");
        }
    }

    /// <summary>
    /// Spec text as one line of XML documentation (or of a <c>//</c> comment): markup characters escaped, every line
    /// break C# knows (CR, LF, U+0085, U+2028, U+2029) turned into a space, so the text cannot end the comment and start
    /// code, and what XML 1.0 does not allow in a document dropped (control characters other than tab, U+FFFE, U+FFFF,
    /// unpaired surrogates), so the comment stays well-formed (CS1570).
    /// </summary>
    public static string Escape(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
                continue;
            }

            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                default:
                    if (CSharp.IsLineBreak(c))
                    {
                        builder.Append(' ');
                    }
                    else if (IsXmlChar(c))
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>Whether XML 1.0 allows <paramref name="c"/> on its own (a surrogate only in a pair, handled by the caller).</summary>
    private static bool IsXmlChar(char c) =>
        c == '\t' || (c >= '\u0020' && c <= '\uD7FF') || (c >= '\uE000' && c <= '\uFFFD');

    private static void AddParagraph(List<string> lines, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        foreach (var raw in text!.Replace("\r\n", "\n").Replace('\r', '\n').Replace('\u2028', '\n').Replace('\u2029', '\n').Replace('\u0085', '\n').Split('\n'))
        {
            // Trimmed again: what XML does not allow may have stood before trailing spaces.
            var line = Escape(raw.TrimEnd()).TrimEnd();
            if (line.Length > 0)
            {
                lines.Add(line);
            }
        }
    }

    private static void WriteElement(SourceWriter writer, string element, List<string> lines)
    {
        if (lines.Count == 0)
        {
            return;
        }

        if (lines.Count == 1)
        {
            writer.WriteLine($"/// <{element}>{lines[0]}</{element}>");
            return;
        }

        writer.WriteLine($"/// <{element}>");
        foreach (var line in lines)
        {
            writer.WriteLine("/// " + line);
        }

        writer.WriteLine($"/// </{element}>");
    }
}
