using System;
using System.Collections.Concurrent;
using System.ComponentModel;
using System.Globalization;
using System.Text.RegularExpressions;

namespace SpecClient.Internal;

/// <summary>
/// The checks clients generated with <c>Validate="true"</c> make before sending: no reflection, one call per
/// constrained member. A null value is not checked (required members are checked for null separately).
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ApiValidation
{
    private static readonly ConcurrentDictionary<string, Regex?> Patterns = new(StringComparer.Ordinal);

    /// <summary>Checks <c>minLength</c>/<c>maxLength</c> (in characters, as JSON Schema counts code points; surrogate pairs count once).</summary>
    public static void Length(string? value, int? minLength, int? maxLength, string member)
    {
        if (value is null)
        {
            return;
        }

        var length = CodePoints(value);
        if (minLength is { } min && length < min)
        {
            throw new ApiValidationException(member, "minLength " + min.ToString(CultureInfo.InvariantCulture));
        }

        if (maxLength is { } max && length > max)
        {
            throw new ApiValidationException(member, "maxLength " + max.ToString(CultureInfo.InvariantCulture));
        }
    }

    /// <summary>
    /// Checks <c>pattern</c>: the expression must match somewhere in the value (JSON Schema does not anchor it). It runs
    /// with ECMA-262's meaning (<see cref="EcmaPattern"/>) on .NET's non-backtracking engine, so its time grows linearly
    /// with the value whatever the pattern (<c>^(a+)+$</c> included). A pattern without a faithful translation is not
    /// checked (the generator reports it at build time and emits no check for it).
    /// </summary>
    public static void Pattern(string? value, string pattern, string member)
    {
        if (value is null || Patterns.GetOrAdd(pattern, Compile) is not { } regex)
        {
            return;
        }

        if (!regex.IsMatch(value))
        {
            throw new ApiValidationException(member, "pattern " + pattern);
        }
    }

    /// <summary>Checks <c>minimum</c>/<c>maximum</c> (and their exclusive forms) of an integer or floating-point value.</summary>
    public static void Range(double? value, double? minimum, bool minimumIsExclusive, double? maximum, bool maximumIsExclusive, string member)
    {
        if (value is not { } number)
        {
            return;
        }

        if (minimum is { } min && (minimumIsExclusive ? number <= min : number < min))
        {
            throw new ApiValidationException(member, (minimumIsExclusive ? "exclusiveMinimum " : "minimum ") + min.ToString("R", CultureInfo.InvariantCulture));
        }

        if (maximum is { } max && (maximumIsExclusive ? number >= max : number > max))
        {
            throw new ApiValidationException(member, (maximumIsExclusive ? "exclusiveMaximum " : "maximum ") + max.ToString("R", CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Checks <c>minimum</c>/<c>maximum</c> of a decimal value, without a round trip through double.</summary>
    public static void Range(decimal? value, decimal? minimum, bool minimumIsExclusive, decimal? maximum, bool maximumIsExclusive, string member)
    {
        if (value is not { } number)
        {
            return;
        }

        if (minimum is { } min && (minimumIsExclusive ? number <= min : number < min))
        {
            throw new ApiValidationException(member, (minimumIsExclusive ? "exclusiveMinimum " : "minimum ") + min.ToString(CultureInfo.InvariantCulture));
        }

        if (maximum is { } max && (maximumIsExclusive ? number >= max : number > max))
        {
            throw new ApiValidationException(member, (maximumIsExclusive ? "exclusiveMaximum " : "maximum ") + max.ToString(CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Checks <c>minItems</c>/<c>maxItems</c>.</summary>
    public static void Items(int? count, int? minItems, int? maxItems, string member)
    {
        if (count is not { } items)
        {
            return;
        }

        if (minItems is { } min && items < min)
        {
            throw new ApiValidationException(member, "minItems " + min.ToString(CultureInfo.InvariantCulture));
        }

        if (maxItems is { } max && items > max)
        {
            throw new ApiValidationException(member, "maxItems " + max.ToString(CultureInfo.InvariantCulture));
        }
    }

    private static Regex? Compile(string pattern)
    {
        if (EcmaPattern.Translate(pattern) is not { } translated)
        {
            return null;
        }

        try
        {
            return new Regex(translated, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    private static int CodePoints(string value)
    {
        var count = 0;
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }

            count++;
        }

        return count;
    }
}
