using System;
using System.Globalization;
using System.Threading;

namespace SpecClient.Runtime.Tests;

public sealed class WireTests
{
    private readonly struct WireEnum(string value)
    {
        public override string ToString() => value;
    }

    private enum Color
    {
        DarkRed,
    }

    [Fact]
    public void Formats_with_invariant_culture_even_under_another_culture()
    {
        CultureInfo previous = CultureInfo.CurrentCulture;
        CultureInfo previousUi = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            CultureInfo.CurrentUICulture = new CultureInfo("de-DE");

            Assert.Equal("s", ApiWire.Format("s"));
            Assert.Equal("true", ApiWire.Format(true));
            Assert.Equal("false", ApiWire.Format(false));
            Assert.Equal("-1234567", ApiWire.Format(-1234567));
            Assert.Equal("9007199254740993", ApiWire.Format(9007199254740993L));
            Assert.Equal("1.5", ApiWire.Format(1.5f));
            Assert.Equal("0.1", ApiWire.Format(0.1));
            Assert.Equal("1E+300", ApiWire.Format(1e300));
            Assert.Equal("1234.5678", ApiWire.Format(1234.5678m));
            Assert.Equal("0f8fad5b-d9cb-469f-a165-70867728950e", ApiWire.Format(Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e")));
            Assert.Equal("2024-01-02T03:04:05.0060000+01:00", ApiWire.Format(new DateTimeOffset(2024, 1, 2, 3, 4, 5, 6, TimeSpan.FromHours(1))));
            Assert.Equal("2024-12-31", ApiWire.Format(new DateOnly(2024, 12, 31)));
            Assert.Equal("13:05:00", ApiWire.Format(new TimeOnly(13, 5)));
            Assert.Equal("https://h/a b", ApiWire.Format(new Uri("https://h/a b")));
            Assert.Equal("wire-value", ApiWire.Format(new WireEnum("wire-value")));
            Assert.Equal("DarkRed", ApiWire.Format(Color.DarkRed));
            Assert.Equal("12.5", ApiWire.Format<IFormattable>(12.5));
            Assert.Equal("2024-12-31", ApiWire.Format<object>(new DateOnly(2024, 12, 31)));
            Assert.Equal("2024-01-02T03:04:05.0000000+00:00", ApiWire.Format<object>(new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero)));
            Assert.Equal("true", ApiWire.Format<object>(true));
            Assert.Equal("3.25", ApiWire.Format<object>(3.25m));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
            CultureInfo.CurrentUICulture = previousUi;
        }
    }
}
