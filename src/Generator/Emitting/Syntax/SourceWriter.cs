using System;
using System.Runtime.CompilerServices;
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

    /// <summary>The buffer the last interpolated line on this thread was put together in (a line inside a line takes a new one).</summary>
    [ThreadStatic]
    private static char[]? t_line;

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

    public void WriteLine(string line = "") => AppendLine(line, null, line.Length);

    /// <summary>
    /// Writes an interpolated line (<c>writer.WriteLine($"...")</c> binds here): its parts go straight into a reused
    /// buffer and from there into the text, so no string of the whole line is made. Same rules as the string overload.
    /// </summary>
    public void WriteLine([InterpolatedStringHandlerArgument("")] ref Line line)
    {
        var (buffer, length) = line.Finish();
        try
        {
            AppendLine(null, buffer, length);
        }
        finally
        {
            t_line = buffer;
        }
    }

    /// <summary>
    /// The one place a line is checked and written, whether it came as a string (<paramref name="text"/>) or as the first
    /// <paramref name="length"/> characters of an interpolation buffer (<paramref name="chars"/>): never after the text
    /// was taken, never holding a line break, indented unless empty.
    /// </summary>
    private void AppendLine(string? text, char[]? chars, int length)
    {
        if (_text is not null)
        {
            throw new InvalidOperationException("The writer's text was already taken.");
        }

        if (length == 0)
        {
            _builder.Append('\n');
            return;
        }

        for (var i = 0; i < length; i++)
        {
            var c = text is not null ? text[i] : chars![i];
            if (CSharp.IsLineBreak(c))
            {
                throw LineBreak(c, i);
            }
        }

        for (var i = 0; i < _indent; i++)
        {
            _builder.Append(IndentUnit);
        }

        _ = text is not null ? _builder.Append(text) : _builder.Append(chars, 0, length);
        _builder.Append('\n');
    }

    private static ArgumentException LineBreak(char c, int at) =>
        new(
            "A generated line holds a line break (U+" + ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture) + ") at " + at.ToString(System.Globalization.CultureInfo.InvariantCulture) + "; spec text must pass through its escaping function.",
            "line");

    /// <summary>Writes an interpolated header line, then <c>{</c>, and indents what follows.</summary>
    public void OpenBlock([InterpolatedStringHandlerArgument("")] ref Line header)
    {
        WriteLine(ref header);
        WriteLine("{");
        _indent++;
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

    /// <summary>
    /// The parts of one interpolated line, formatted as string interpolation formats them (a value's
    /// <see cref="IFormattable.ToString(string, IFormatProvider)"/> with no provider, else its <c>ToString()</c>; an
    /// alignment pads with spaces), into a buffer taken from the thread and handed back when the line is written.
    /// </summary>
    [InterpolatedStringHandler]
    public struct Line
    {
        private char[] _buffer;
        private int _length;

        public Line(int literalLength, int formattedCount, SourceWriter writer)
        {
            _ = writer;
            var buffer = t_line;
            t_line = null;
            _buffer = buffer is not null && buffer.Length >= literalLength + (formattedCount * 16) ? buffer : new char[Math.Max(256, literalLength + (formattedCount * 16))];
            _length = 0;
        }

        public void AppendLiteral(string value) => Append(value);

        public void AppendFormatted(string? value) => Append(value);

        public void AppendFormatted(string? value, int alignment) => Pad(value, alignment);

        public void AppendFormatted<T>(T value) => Append(Format(value, null));

        public void AppendFormatted<T>(T value, string? format) => Append(Format(value, format));

        public void AppendFormatted<T>(T value, int alignment) => Pad(Format(value, null), alignment);

        public void AppendFormatted<T>(T value, int alignment, string? format) => Pad(Format(value, format), alignment);

        internal (char[] Buffer, int Length) Finish() => (_buffer, _length);

        private static string? Format<T>(T value, string? format) =>
            value is IFormattable formattable ? formattable.ToString(format, null) : value?.ToString();

        private void Pad(string? value, int alignment)
        {
            var padding = Math.Abs(alignment) - (value?.Length ?? 0);
            if (alignment > 0 && padding > 0)
            {
                Append(new string(' ', padding));
            }

            Append(value);
            if (alignment < 0 && padding > 0)
            {
                Append(new string(' ', padding));
            }
        }

        private void Append(string? value)
        {
            if (value is null || value.Length == 0)
            {
                return;
            }

            if (_length + value.Length > _buffer.Length)
            {
                var grown = new char[Math.Max(_buffer.Length * 2, _length + value.Length)];
                Array.Copy(_buffer, grown, _length);
                _buffer = grown;
            }

            value.CopyTo(0, _buffer, _length, value.Length);
            _length += value.Length;
        }
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
