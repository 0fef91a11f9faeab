using System;
using System.Globalization;

namespace SpecClient.Internal;

/// <summary>Formats parameter values as wire text, with the invariant culture.</summary>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public static class ApiWire
{
    /// <summary>Returns the string itself.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The wire text.</returns>
    public static string Format(string value) => value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>Formats <c>true</c> or <c>false</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The wire text.</returns>
    public static string Format(bool value) => value ? "true" : "false";

    /// <summary>Formats an integer.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The wire text.</returns>
    public static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Formats an integer.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The wire text.</returns>
    public static string Format(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Formats a number (shortest round-trippable form).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The wire text.</returns>
    public static string Format(float value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Formats a number (shortest round-trippable form).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The wire text.</returns>
    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Formats a decimal number.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The wire text.</returns>
    public static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Formats a UUID as <c>xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The wire text.</returns>
    public static string Format(Guid value) => value.ToString("D", CultureInfo.InvariantCulture);

    /// <summary>Formats a date-time in the round-trip (<c>O</c>) format, e.g. <c>2024-01-02T03:04:05.0000000+00:00</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The wire text.</returns>
    public static string Format(DateTimeOffset value) => value.ToString("O", CultureInfo.InvariantCulture);

    /// <summary>Formats a date-time in the round-trip (<c>O</c>) format.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The wire text.</returns>
    public static string Format(DateTime value) => value.ToString("O", CultureInfo.InvariantCulture);

    /// <summary>Formats a date as <c>yyyy-MM-dd</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The wire text.</returns>
    public static string Format(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Formats a time as <c>HH:mm:ss</c> with fractional seconds only when present.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The wire text.</returns>
    public static string Format(TimeOnly value) => value.ToString("HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);

    /// <summary>Returns the URI's original string.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The wire text.</returns>
    public static string Format(Uri value) => (value ?? throw new ArgumentNullException(nameof(value))).OriginalString;

    /// <summary>
    /// Formats any other value: <see cref="IFormattable"/> values with the invariant culture, others with
    /// <see cref="object.ToString"/> (generated enum structs return their wire value there).
    /// </summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The wire text.</returns>
    public static string Format<T>(T value) where T : notnull
    {
        if (value is null)
        {
            throw new ArgumentNullException(nameof(value));
        }

        return value switch
        {
            string s => s,
            bool b => Format(b),
            float f => Format(f),
            double d => Format(d),
            Guid g => Format(g),
            DateTimeOffset dto => Format(dto),
            DateTime dt => Format(dt),
            DateOnly date => Format(date),
            TimeOnly time => Format(time),
            Uri uri => Format(uri),
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? string.Empty,
        };
    }
}
