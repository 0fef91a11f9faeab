using System;
using SpecClient.Internal;

namespace SpecClient.Runtime.Tests.Validation;

/// <summary>
/// Spec patterns run with ECMA-262's meaning on the non-backtracking engine: a catastrophic pattern cannot cost more
/// than linear time, ECMA's <c>\d</c>, <c>.</c> and <c>$</c> mean what they mean there, and a pattern with no faithful
/// translation (.NET inline options and comments, lookarounds, backreferences) is not run at all.
/// </summary>
public sealed class EcmaPatternTests
{
    [Fact]
    public void A_catastrophic_pattern_is_decided_without_backtracking()
    {
        // With .NET's backtracking engine this spends its whole 1 s timeout (and was then reported as a mismatch by luck).
        string value = new string('a', 5000) + "!";

        ApiValidationException ex = Assert.Throws<ApiValidationException>(() => ApiValidation.Pattern(value, "^(a+)+$", "name"));

        Assert.Equal("pattern ^(a+)+$", ex.Rule);
        ApiValidation.Pattern(new string('a', 5000), "^(a+)+$", "name");
    }

    [Theory]
    [InlineData(@"^\d+$", "123", true)]
    [InlineData(@"^-?(?:0|[1-9]\d*)$", "-120", true)]      // ASP.NET Core's integer pattern: a non-capturing group
    [InlineData(@"^-?(?:0|[1-9]\d*)$", "012", false)]
    [InlineData(@"^(?:a|b)(?:c)$", "bc", true)]
    [InlineData(@"^\d+$", "١٢٣", false)]            // Arabic-Indic digits: .NET's \d, not ECMA's
    [InlineData(@"^\w+$", "héllo", false)]          // é is a .NET word character, not an ECMA one
    [InlineData(@"^a.c$", "a\rc", false)]           // . leaves out every ECMA line terminator
    [InlineData(@"^a.c$", "a\u2028c", false)]
    [InlineData(@"^a.c$", "abc", true)]
    [InlineData(@"^abc$", "abc\n", false)]          // ECMA's $ is the end; .NET's also matches before a final \n
    [InlineData(@"^\s$", "\ufeff", true)]           // BOM is ECMA white space
    [InlineData(@"^[\d_]+$", "1_2", true)]
    [InlineData(@"^(?<year>\d{4})-(?:\d{2})$", "2024-05", true)]
    [InlineData(@"^\u0041\x42$", "AB", true)]
    [InlineData(@"^[a-z-[aeiou]]+$", "e]]", true)]  // ECMA: a class (with - and [) then "]+"; .NET would read a class subtraction
    public void A_pattern_means_what_ECMA_262_says(string pattern, string value, bool matches)
    {
        if (matches)
        {
            ApiValidation.Pattern(value, pattern, "v");
        }
        else
        {
            Assert.Throws<ApiValidationException>(() => ApiValidation.Pattern(value, pattern, "v"));
        }
    }

    [Theory]
    [InlineData("(?x)abc#")]            // .NET inline option and comment
    [InlineData("(?i)abc")]
    [InlineData("(?#note)abc")]
    [InlineData("^(?=a)a$")]            // lookahead: not for the non-backtracking engine
    [InlineData("^(?<!a)b$")]
    [InlineData(@"^(a)\1$")]            // backreference
    [InlineData(@"\bword\b")]           // word boundary over .NET's Unicode words
    [InlineData(@"\Aabc\Z")]            // .NET anchors; identity escapes in ECMA
    [InlineData("^[]a$")]
    [InlineData("^[^]$")]
    [InlineData(@"^[\D]$")]
    [InlineData("(?>a+)b")]             // atomic group
    [InlineData("[abc")]
    public void A_pattern_without_a_faithful_translation_is_not_translated(string pattern)
    {
        Assert.Null(EcmaPattern.Translate(pattern));
        ApiValidation.Pattern("anything at all", pattern, "v");   // not run: the build reports it and emits no check
    }
}
