using System;
using System.Collections.Generic;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Reading;

/// <summary>
/// The last line and each line's length of the spec files one read saw, so every finding points
/// inside its file: a parser at the end of a truncated text names a line past the last one.
/// Lines end where the compiler ends them (CR, LF, CRLF, U+0085, U+2028, U+2029).
/// </summary>
internal sealed class FileExtents
{
    private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _lineLengths = new(StringComparer.Ordinal);

    public FileExtents(SpecInput input)
    {
        foreach (var document in input.OtherDocuments)
        {
            _texts[document.Path] = document.Text;
        }

        _texts[input.Entry.Path] = input.Entry.Text;
    }

    public DiagnosticInfo Clamp(DiagnosticInfo diagnostic)
    {
        if (diagnostic.Location is not { } at || !_texts.TryGetValue(at.FilePath, out var text))
        {
            return diagnostic;
        }

        var lengths = LineLengths(at.FilePath, text);
        var (startLine, startColumn) = Inside(lengths, at.StartLine, at.StartColumn);
        var (endLine, endColumn) = Inside(lengths, at.EndLine, at.EndColumn);
        if (endLine < startLine || (endLine == startLine && endColumn < startColumn))
        {
            (endLine, endColumn) = (startLine, startColumn);
        }

        var clamped = new SourceLocation(at.FilePath, startLine, startColumn, endLine, endColumn);
        return clamped == at ? diagnostic : diagnostic with { Location = clamped };
    }

    private static (int Line, int Column) Inside(List<int> lengths, int line, int column)
    {
        if (line < 0)
        {
            return (0, 0);
        }

        if (line >= lengths.Count)
        {
            var last = lengths.Count - 1;
            return (last, lengths[last]);
        }

        return (line, Math.Max(0, Math.Min(column, lengths[line])));
    }

    private List<int> LineLengths(string path, string text)
    {
        if (_lineLengths.TryGetValue(path, out var known))
        {
            return known;
        }

        var lengths = new List<int>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029')
            {
                lengths.Add(i - start);
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        lengths.Add(text.Length - start);
        _lineLengths[path] = lengths;
        return lengths;
    }
}
