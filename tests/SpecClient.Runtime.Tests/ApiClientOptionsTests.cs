using System;
using System.Collections.Generic;
using System.Linq;
using SpecClient.Runtime.Tests.Infrastructure;

namespace SpecClient.Runtime.Tests;

/// <summary>Every bounded option is checked, and read from configuration without echoing a value.</summary>
public sealed class ApiClientOptionsTests
{
    [Fact]
    public void The_defaults_are_valid_and_bound_the_body_at_64_MiB()
    {
        var options = new TestOptions();

        Assert.Empty(options.Validate());
        Assert.Equal(64 * 1024 * 1024, options.MaxResponseBodyBytes);
        Assert.Equal(16 * 1024 * 1024, options.MaxEventBytes);
        Assert.Equal(1000, options.MaxPages);
    }

    [Theory]
    [InlineData("MaxEventBytes", 1023, false)]
    [InlineData("MaxEventBytes", 1024, true)]
    [InlineData("MaxEventBytes", 1024 * 1024 * 1024, true)]
    [InlineData("MaxEventBytes", 1024 * 1024 * 1024 + 1, false)]
    [InlineData("MaxPages", 0, false)]
    [InlineData("MaxPages", 1, true)]
    [InlineData("MaxPages", 1_000_000, true)]
    [InlineData("MaxPages", 1_000_001, false)]
    public void MaxEventBytes_and_MaxPages_are_read_and_checked_against_their_bounds(string key, int value, bool valid)
    {
        var options = new TestOptions();
        options.ReadFrom(new Dictionary<string, string?> { [key] = value.ToString(System.Globalization.CultureInfo.InvariantCulture) }.GetValueOrDefault);

        Assert.Equal(value, key == "MaxPages" ? options.MaxPages : options.MaxEventBytes);
        Assert.Equal(valid, !options.Validate().Any(e => e.StartsWith(key + " must be between", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1023)]
    [InlineData(1024 * 1024 * 1024 + 1)]
    [InlineData(int.MaxValue)]
    [InlineData(-1)]
    public void MaxResponseBodyBytes_outside_1_KiB_to_1_GiB_is_invalid(int value)
    {
        var options = new TestOptions { MaxResponseBodyBytes = value };

        Assert.Contains(options.Validate(), e => e.StartsWith("MaxResponseBodyBytes must be between", StringComparison.Ordinal));
        Assert.Throws<ArgumentException>(() => ApiHttpClientFactory.Create(options));
    }

    [Fact]
    public void MaxRetryAfter_longer_than_an_hour_is_invalid()
    {
        var options = new TestOptions { MaxRetryAfter = TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1) };

        Assert.Contains("MaxRetryAfter must be between 0 and 1 hour.", options.Validate());
        Assert.Empty(new TestOptions { MaxRetryAfter = TimeSpan.FromHours(1) }.Validate());
    }

    [Fact]
    public void MaxResponseBodyBytes_is_read_from_configuration_and_a_bad_value_is_reported_without_echo()
    {
        var good = new TestOptions();
        good.ReadFrom(new Dictionary<string, string?> { ["MaxResponseBodyBytes"] = " 2048 " }.GetValueOrDefault);
        var bad = new TestOptions();
        bad.ReadFrom(new Dictionary<string, string?> { ["MaxResponseBodyBytes"] = "lots-s3cr3t" }.GetValueOrDefault);

        Assert.Equal(2048, good.MaxResponseBodyBytes);
        string error = Assert.Single(bad.Validate());
        Assert.StartsWith("MaxResponseBodyBytes:", error, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cr3t", error, StringComparison.Ordinal);
    }
}
