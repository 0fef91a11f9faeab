using System;
using System.Globalization;
using SpecClient.Generator.Emitting.Syntax;

namespace SpecClient.Generator.Tests.Emitting;

/// <summary>
/// An interpolated line (<c>writer.WriteLine($"...")</c>, written without a string of the whole line) reads as the
/// same line written as a string, and keeps the string overload's rules: no line breaks, nothing after the text is taken.
/// </summary>
public class SourceWriterTests
{
    [Fact]
    public void An_interpolated_line_reads_as_the_same_line_written_as_a_string()
    {
        var name = "Pet";
        string? none = null;
        var count = -1234;
        var price = 12.5m;
        var day = new DateTime(2026, 12, 7, 0, 0, 0, DateTimeKind.Utc);
        var kind = StringComparison.Ordinal;
        var longName = new string('x', 600);

        var interpolated = new SourceWriter(indent: 1);
        interpolated.WriteLine($"public {name} {none}Get{count}({price}, {count:X8}, {day:yyyy-MM-dd}, {kind}, {'c'}, {true})");
        interpolated.WriteLine($"[{name,6}][{name,-6}][{count,8:D5}][{null,3}]");
        interpolated.WriteLine($"{none}");
        interpolated.OpenBlock($"class {longName}{name}");
        interpolated.CloseBlock();
        var plain = new SourceWriter(indent: 1);
        plain.WriteLine(string.Format(CultureInfo.CurrentCulture, "public {0} {1}Get{2}({3}, {2:X8}, {4:yyyy-MM-dd}, {5}, {6}, {7})", name, none, count, price, day, kind, 'c', true));
        plain.WriteLine(string.Format(CultureInfo.CurrentCulture, "[{0,6}][{0,-6}][{1,8:D5}][{2,3}]", name, count, null));
        plain.WriteLine(string.Empty);
        plain.OpenBlock("class " + longName + name);
        plain.CloseBlock();

        Assert.Equal(plain.ToString(), interpolated.ToString());
        Assert.Contains("    [   Pet][Pet   ][  -01234][   ]\n\n    class x", interpolated.ToString());
    }

    [Theory]
    [InlineData("a\nb")]
    [InlineData("a\rb")]
    [InlineData("a\u2028b")]
    public void An_interpolated_line_with_a_line_break_in_a_value_fails(string value)
    {
        var writer = new SourceWriter();

        var error = Assert.Throws<ArgumentException>(() => writer.WriteLine($"var x = \"{value}\";"));

        Assert.Contains("line break", error.Message);
        Assert.Equal(string.Empty, writer.ToString());
    }

    [Fact]
    public void No_interpolated_line_after_the_text_was_taken()
    {
        var writer = new SourceWriter();
        var name = "Pet";
        writer.WriteLine($"class {name}");
        _ = writer.ToString();

        Assert.Throws<InvalidOperationException>(() => writer.WriteLine($"class {name}2"));
    }
}
