using System;
using System.Text;

namespace SpecClient.Generator.Emitting.Syntax;

/// <summary>A string builder that keeps indentation, so emitters write code line by line at the right depth.</summary>
internal sealed class SourceWriter
{
    private const string IndentUnit = "    ";
    private readonly StringBuilder _builder = new();
    private int _indent;

    public void WriteLine(string line = "")
    {
        if (line.Length == 0)
        {
            _builder.Append('\n');
            return;
        }

        // Multi-line text (e.g. a raw literal) is re-indented line by line; the parts are appended in place,
        // never split into new strings (emitted text is tens of megabytes on big specs).
        var start = 0;
        while (start <= line.Length)
        {
            var end = line.IndexOf('\n', start);
            if (end < 0)
            {
                end = line.Length;
            }

            if (end > start)
            {
                for (var i = 0; i < _indent; i++)
                {
                    _builder.Append(IndentUnit);
                }

                _builder.Append(line, start, end - start);
            }

            _builder.Append('\n');
            start = end + 1;
        }
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
