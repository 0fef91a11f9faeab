using System;
using System.Globalization;
using System.Text.RegularExpressions;
using SpecClient.Generator.Diagnostics;
using SpecClient.Generator.Emitting.Syntax;

namespace SpecClient.Generator.Analyzers;

/// <summary>A rule a constant breaks: the diagnostic ID and the message arguments after the member's name (the spec place is added last).</summary>
internal sealed record Violation(string Id, string[] Arguments);

/// <summary>Checks one compile-time constant against a member's rules, as the server would (JSON Schema semantics).</summary>
internal static class ConstantChecks
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(500);

    public static Violation? CheckString(string value, MemberRules rules)
    {
        if (rules.Format is { } format && !IsValidFormat(value, format))
        {
            return new Violation(DiagnosticIds.InvalidFormat, new[] { format });
        }

        if (rules.MinLength is not null || rules.MaxLength is not null)
        {
            var length = CodePoints(value);
            if (length < (rules.MinLength ?? 0) || length > (rules.MaxLength ?? int.MaxValue))
            {
                return new Violation(DiagnosticIds.LengthOutOfRange, new[] { length.ToString(CultureInfo.InvariantCulture), LengthRule(rules) });
            }
        }

        if (rules.Pattern is { } pattern && !Matches(value, SchemaPatterns.FromAttribute(pattern)))
        {
            return new Violation(DiagnosticIds.PatternMismatch, new[] { SchemaPatterns.FromAttribute(pattern) });
        }

        return null;
    }

    public static Violation? CheckNumber(double value, MemberRules rules)
    {
        var tooLow = rules.Minimum is { } min && (rules.MinimumIsExclusive ? value <= min : value < min);
        var tooHigh = rules.Maximum is { } max && (rules.MaximumIsExclusive ? value >= max : value > max);
        return tooLow || tooHigh ? new Violation(DiagnosticIds.ValueOutOfRange, new[] { RangeRule(rules) }) : null;
    }

    /// <summary>Whether a literal is a valid <c>uuid</c>, <c>date-time</c> (RFC 3339) or <c>date</c> (full-date); other formats are not checked.</summary>
    public static bool IsValidFormat(string value, string format) => format switch
    {
        "uuid" => Guid.TryParse(value, out _),
        "date-time" => value.Length >= 20 && (value[10] == 'T' || value[10] == 't' || value[10] == ' ') &&
                       DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out _) &&
                       HasOffset(value),
        "date" => DateTime.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        _ => true,
    };

    private static bool HasOffset(string value)
    {
        var last = value[value.Length - 1];
        if (last is 'Z' or 'z')
        {
            return true;
        }

        var sign = value.LastIndexOfAny(new[] { '+', '-' });
        return sign > 10 && value.IndexOf(':', sign) > sign;
    }

    /// <summary>
    /// The runtime's rule (<c>ApiValidation.Pattern</c>): the spec's pattern, translated to ECMA-262's meaning, matches
    /// somewhere in the value. One without a faithful translation is no rule (the build reported it). The translation
    /// runs on the non-backtracking engine where the compiler's runtime has it, else with a short timeout.
    /// </summary>
    private static bool Matches(string value, string specPattern)
    {
        if (SpecClient.Internal.EcmaPattern.Translate(specPattern) is not { } translated)
        {
            return true;
        }

        try
        {
            return Regex.IsMatch(value, translated, RegexOptions.CultureInvariant | NonBacktracking, MatchTimeout);
        }
        catch (ArgumentOutOfRangeException) when (NonBacktracking != RegexOptions.None)
        {
            // An older runtime (Visual Studio's .NET Framework) has no non-backtracking engine: the timeout bounds it.
            return MatchesWithTimeout(value, translated);
        }
        catch (RegexMatchTimeoutException)
        {
            // Too slow to decide at compile time: say nothing rather than guess.
            return true;
        }
        catch (ArgumentException)
        {
            return true;
        }
    }

    private static bool MatchesWithTimeout(string value, string translated)
    {
        try
        {
            return Regex.IsMatch(value, translated, RegexOptions.CultureInvariant, MatchTimeout);
        }
        catch (Exception ex) when (ex is RegexMatchTimeoutException or ArgumentException)
        {
            return true;
        }
    }

    /// <summary><c>RegexOptions.NonBacktracking</c> (.NET 7 and later), named by value: the analyzer targets netstandard2.0.</summary>
    private static readonly RegexOptions NonBacktracking = (RegexOptions)1024;

    private static string LengthRule(MemberRules rules) => (rules.MinLength, rules.MaxLength) switch
    {
        ({ } min, { } max) when min == max => "exactly " + Number(min),
        ({ } min, { } max) => "between " + Number(min) + " and " + Number(max),
        ({ } min, null) => "at least " + Number(min),
        (null, { } max) => "at most " + Number(max),
        _ => "any",
    };

    private static string RangeRule(MemberRules rules)
    {
        var lower = rules.Minimum is { } min ? (rules.MinimumIsExclusive ? "greater than " : "at least ") + Number(min) : null;
        var upper = rules.Maximum is { } max ? (rules.MaximumIsExclusive ? "less than " : "at most ") + Number(max) : null;
        return lower is not null && upper is not null ? lower + " and " + upper : lower ?? upper ?? "any number";
    }

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>JSON Schema counts code points, so a surrogate pair is one character.</summary>
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
