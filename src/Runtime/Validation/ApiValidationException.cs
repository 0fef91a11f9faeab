using System;

namespace SpecClient;

/// <summary>
/// A value breaks a rule of the API description (pattern, length, range, item count) and was not sent. Thrown
/// only by clients generated with <c>Validate="true"</c>, before the request is built. The message names the
/// member and the rule, never the value (which may be a secret).
/// </summary>
public sealed class ApiValidationException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="member">The member's path from the argument, e.g. <c>body.owner.name</c>.</param>
    /// <param name="rule">The rule as the spec states it, e.g. <c>maxLength 64</c>.</param>
    public ApiValidationException(string member, string rule)
        : base($"The value of '{member}' breaks the API's rule '{rule}'; nothing was sent.", RootOf(member))
    {
        Member = member;
        Rule = rule;
    }

    /// <summary>The member's path from the argument, e.g. <c>body.owner.name</c>.</summary>
    public string Member { get; }

    /// <summary>The rule that failed, as the spec states it, e.g. <c>pattern ^[a-z]+$</c> or <c>maximum 100</c>.</summary>
    public string Rule { get; }

    private static string RootOf(string member)
    {
        var end = member.IndexOfAny(new[] { '.', '[' });
        return end < 0 ? member : member.Substring(0, end);
    }
}
