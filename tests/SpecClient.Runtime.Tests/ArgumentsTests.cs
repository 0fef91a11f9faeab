using System;

namespace SpecClient.Runtime.Tests;

public sealed class ArgumentsTests
{
    [Fact]
    public void ThrowIfNull_names_the_parameter()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => ApiArguments.ThrowIfNull<string>(null, "body"));
        Assert.Equal("body", ex.ParamName);
        ApiArguments.ThrowIfNull("x", "body");
        ApiArguments.ThrowIfNull<int?>(0, "n");
    }

    [Fact]
    public void ThrowIfNullOrEmpty_rejects_null_and_empty()
    {
        Assert.Equal("id", Assert.Throws<ArgumentNullException>(() => ApiArguments.ThrowIfNullOrEmpty(null, "id")).ParamName);
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => ApiArguments.ThrowIfNullOrEmpty(string.Empty, "id")).ParamName);
        ApiArguments.ThrowIfNullOrEmpty(" ", "id");
    }
}
