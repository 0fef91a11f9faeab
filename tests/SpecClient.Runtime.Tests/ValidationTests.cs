using System;
using SpecClient.Internal;

namespace SpecClient.Runtime.Tests;

/// <summary>The checks generated validation calls: JSON Schema semantics, and messages that never hold the value.</summary>
public sealed class ValidationTests
{
    [Fact]
    public void Length_counts_code_points_as_JSON_Schema_does()
    {
        ApiValidation.Length("😀😀", 2, 2, "name");
        var failure = Assert.Throws<ApiValidationException>(() => ApiValidation.Length("😀", 2, null, "name"));
        Assert.Equal(("name", "minLength 2"), (failure.Member, failure.Rule));
    }

    [Fact]
    public void A_pattern_matches_anywhere_unless_it_is_anchored()
    {
        ApiValidation.Pattern("x-abc-y", "[a-z]{3}", "slug");
        Assert.Throws<ApiValidationException>(() => ApiValidation.Pattern("x-abc-y", "^[a-z]{3}$", "slug"));
    }

    [Fact]
    public void Exclusive_bounds_reject_the_bound_itself()
    {
        ApiValidation.Range(0.5, 0, true, 1, false, "ratio");
        ApiValidation.Range(1.0, 0, true, 1, false, "ratio");
        Assert.Equal("exclusiveMinimum 0", Assert.Throws<ApiValidationException>(() => ApiValidation.Range(0.0, 0, true, 1, false, "ratio")).Rule);
        Assert.Equal("maximum 0.5", Assert.Throws<ApiValidationException>(() => ApiValidation.Range(0.6m, null, false, 0.5m, false, "discount")).Rule);
    }

    [Fact]
    public void Null_values_are_not_checked()
    {
        ApiValidation.Length(null, 1, 1, "a");
        ApiValidation.Pattern(null, "^x$", "a");
        ApiValidation.Range((double?)null, 1, false, 1, false, "a");
        ApiValidation.Items(null, 1, 1, "a");
    }

    [Fact]
    public void The_exception_names_member_and_rule_and_the_root_parameter_but_never_the_value()
    {
        const string Secret = "hunter2-secret";

        var failure = Assert.Throws<ApiValidationException>(() => ApiValidation.Length(Secret, 20, null, "body.credentials.password"));

        Assert.Equal("body", failure.ParamName);
        Assert.Contains("body.credentials.password", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, failure.ToString(), StringComparison.Ordinal);
        Assert.IsAssignableFrom<ArgumentException>(failure);
    }
}
