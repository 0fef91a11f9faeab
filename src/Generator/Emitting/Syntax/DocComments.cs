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

    /// <summary>Escapes text for use inside an XML doc element.</summary>
    public static string Escape(string text) =>
        text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    private static void AddParagraph(List<string> lines, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        foreach (var raw in text!.Replace("\r\n", "\n").Replace('\r', '\n').Replace('\u2028', '\n').Replace('\u2029', '\n').Replace('\u0085', '\n').Split('\n'))
        {
            var line = raw.TrimEnd();
            if (line.Length > 0)
            {
                lines.Add(Escape(line));
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
