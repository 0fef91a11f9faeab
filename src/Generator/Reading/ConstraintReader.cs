using System.Globalization;
using System.Text.RegularExpressions;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Reading;

/// <summary>
/// Reads what a schema says a value must be (pattern, lengths, bounds, item counts, format) and when a
/// deprecated member goes away. Numbers are kept only when they are plain JSON numbers, so nothing the
/// spec writes reaches generated code except through a value the emitter formats itself.
/// </summary>
internal static class ConstraintReader
{
    private static readonly Regex JsonNumber = new(@"^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$", RegexOptions.CultureInvariant);

    /// <summary>An ISO date after a word that announces an end: "Sunset: 2025-06-30", "will be removed on 2025-06-30".</summary>
    private static readonly Regex SunsetInText = new(
        @"(?i)\b(sunset|removed|retired?|discontinued|end[- ]of[- ]life)\b[^.\n]{0,60}?(\d{4}-\d{2}-\d{2})",
        RegexOptions.CultureInvariant,
        System.TimeSpan.FromMilliseconds(200));

    private static readonly Regex IsoDate = new(@"^\d{4}-\d{2}-\d{2}([T ][0-9:.+\-Z]*)?$", RegexOptions.CultureInvariant);

    /// <summary>The schema's constraints, or null when it has none and no format worth carrying.</summary>
    /// <param name="isWriteOnly">The member is <c>writeOnly</c> (its value is then a secret too).</param>
    /// <param name="untranslatable">Told of a <c>pattern</c> with no faithful ECMA-262 translation that runs without
    /// backtracking (see <c>EcmaPattern</c>): it gets no check, here, at run time or in the call-site analyzer.</param>
    public static ConstraintSpec? Read(SchemaKeywords? schema, bool isWriteOnly = false, System.Action<string>? untranslatable = null)
    {
        if (schema is null)
        {
            return null;
        }

        var (minimum, minimumExclusive) = Bound(schema.Minimum, schema.ExclusiveMinimum);
        var (maximum, maximumExclusive) = Bound(schema.Maximum, schema.ExclusiveMaximum);
        var format = string.IsNullOrWhiteSpace(schema.Format) ? null : schema.Format!.Trim();
        var spec = new ConstraintSpec
        {
            Pattern = UsablePattern(schema.Pattern, untranslatable),
            MinLength = NonNegative(schema.MinLength),
            MaxLength = NonNegative(schema.MaxLength),
            Minimum = minimum,
            MinimumIsExclusive = minimumExclusive,
            Maximum = maximum,
            MaximumIsExclusive = maximumExclusive,
            MinItems = NonNegative(schema.MinItems),
            MaxItems = NonNegative(schema.MaxItems),
            Format = format,
            IsSecret = isWriteOnly || schema.WriteOnly || string.Equals(format, "password", System.StringComparison.OrdinalIgnoreCase),
        };
        return spec.HasRules || spec.Format is not null || spec.IsSecret ? spec : null;
    }

    /// <summary>
    /// The sunset date of a deprecated member: <c>x-sunset</c>, else <c>x-deprecated-at</c>, else an ISO date
    /// the description announces as an end. Read from the text, so the extension's value is taken as written.
    /// </summary>
    public static string? Sunset(ReadContext context, string pointer, bool isDeprecated, string? description)
    {
        foreach (var key in new[] { "x-sunset", "x-deprecated-at" })
        {
            if (context.Lines.ScalarAt(pointer, key) is { } value && IsoDate.IsMatch(value.Trim()))
            {
                return value.Trim();
            }
        }

        if (!isDeprecated || string.IsNullOrEmpty(description))
        {
            return null;
        }

        try
        {
            var match = SunsetInText.Match(description);
            return match.Success ? match.Groups[2].Value : null;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    /// <summary>
    /// 3.1 writes an exclusive bound as a number in <c>exclusiveMinimum</c>; 3.0 writes <c>exclusiveMinimum: true</c>
    /// beside <c>minimum</c>. Both become (bound, exclusive).
    /// </summary>
    private static (string? Bound, bool Exclusive) Bound(string? inclusive, string? exclusive)
    {
        var exclusiveText = exclusive?.Trim();
        if (exclusiveText is not null && JsonNumber.IsMatch(exclusiveText))
        {
            return (exclusiveText, true);
        }

        var inclusiveText = inclusive?.Trim();
        if (inclusiveText is null || !JsonNumber.IsMatch(inclusiveText) || !IsFinite(inclusiveText))
        {
            return (null, false);
        }

        return (inclusiveText, string.Equals(exclusiveText, "true", System.StringComparison.OrdinalIgnoreCase));
    }

    private static bool IsFinite(string number) =>
        double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && !double.IsInfinity(value);

    private static int? NonNegative(int? value) => value is >= 0 ? value : null;

    /// <summary>A pattern .NET cannot parse is dropped (the analyzer and validation would only fail on it).</summary>
    /// <summary>The pattern, when it has a faithful translation that .NET compiles; null (and the caller told) otherwise.</summary>
    private static string? UsablePattern(string? pattern, System.Action<string>? untranslatable)
    {
        if (string.IsNullOrEmpty(pattern))
        {
            return null;
        }

        if (SpecClient.Internal.EcmaPattern.Translate(pattern!) is { } translated && IsUsablePattern(translated))
        {
            return pattern;
        }

        untranslatable?.Invoke(pattern!);
        return null;
    }

    private static bool IsUsablePattern(string pattern)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.None, System.TimeSpan.FromMilliseconds(100));
            return true;
        }
        catch (System.ArgumentException)
        {
            return false;
        }
    }
}
