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

    /// <summary>Inside <see cref="ReuseBuilders"/>: the builder the last finished writer on this thread left, grown to its size.</summary>
    [ThreadStatic]
    private static StringBuilder? t_spare;

    [ThreadStatic]
    private static int t_reuseScopes;

    private readonly StringBuilder _builder = TakeBuilder();
    private int _indent;
    private string? _text;

    /// <summary>
    /// While the returned scope is open, each writer on this thread writes into the builder the previous one finished
    /// with, so a run of files grows one builder instead of one per file; nothing is kept once the scope ends.
    /// </summary>
    public static IDisposable ReuseBuilders()
    {
        t_reuseScopes++;
        return new ReuseScope();
    }

    public SourceWriter(int indent = 0) => _indent = indent;

    public void WriteLine(string line = "")
    {
        if (_text is not null)
        {
            throw new InvalidOperationException("The writer's text was already taken.");
        }

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

    /// <summary>The text written; afterwards the writer takes no more lines (its builder may serve the next writer).</summary>
    public override string ToString()
    {
        if (_text is null)
        {
            _text = _builder.ToString();
            if (t_reuseScopes > 0)
            {
                _builder.Clear();
                t_spare = _builder;
            }
        }

        return _text;
    }

    private static StringBuilder TakeBuilder()
    {
        var spare = t_spare;
        t_spare = null;
        return spare ?? new StringBuilder();
    }

    private sealed class ReuseScope : IDisposable
    {
        private bool _disposed;

        public void Dispose()
        {
            if (!_disposed && --t_reuseScopes == 0)
            {
                t_spare = null;
            }

            _disposed = true;
        }
    }
}
