using System;
using System.Text;

namespace SpecClient.Generator.Emitting.Syntax;

/// <summary>
/// A string builder that keeps indentation, so emitters write code line by line at the right depth.
/// A line can never hold a line break: spec text that slipped past its escaping function (CSharp.Literal,
/// DocComments.Escape, CSharp.Identifier) and carried one would end a comment or a literal and start code,
/// so such a line fails generation (SPEC900) instead.
/// </summary>
internal sealed class SourceWriter
{
    private const string IndentUnit = "    ";
    private readonly StringBuilder _builder = new();
    private int _indent;

    public SourceWriter(int indent = 0) => _indent = indent;

    public void WriteLine(string line = "")
    {
        if (line.Length == 0)
        {
            _builder.Append('\n');
            return;
        }

        if (CSharp.LineBreakAt(line) is var at and >= 0)
        {
            throw new System.ArgumentException(
                "A generated line holds a line break (U+" + ((int)line[at]).ToString("X4", System.Globalization.CultureInfo.InvariantCulture) + ") at " + at.ToString(System.Globalization.CultureInfo.InvariantCulture) + "; spec text must pass through its escaping function.",
                nameof(line));
        }

        for (var i = 0; i < _indent; i++)
        {
            _builder.Append(IndentUnit);
        }

        _builder.Append(line).Append('\n');
    }

    /// <summary>Writes <c>{</c> and indents what follows.</summary>
    public void OpenBlock(string? header = null)
    {
        if (header is not null)
        {
            WriteLine(header);
        }

        WriteLine("{");
        _indent++;
    }

    /// <summary>Unindents and writes <c>}</c> (with an optional suffix such as <c>;</c>).</summary>
    public void CloseBlock(string suffix = "")
    {
        if (_indent == 0)
        {
            throw new InvalidOperationException("Unbalanced block.");
        }

        _indent--;
        WriteLine("}" + suffix);
    }

    public void Indent() => _indent++;

    public void Unindent() => _indent--;

    public override string ToString() => _builder.ToString();
}
