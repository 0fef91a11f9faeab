using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading.Tasks;
using Prolific.LocalServer;

namespace SpecClient.Runtime.Tests;

public sealed class RetryAfterTests
{
    [Fact]
    public async Task Retry_after_seconds()
    {
        await using LocalProlificServer server = await LocalProlificServer.StartAsync();
        ApiException ex = await TestApi.FailAsync(server, new CannedResponse { StatusCode = 429, Headers = new Dictionary<string, string> { ["Retry-After"] = "120" } });

        var limited = Assert.IsType<ApiRateLimitedException>(ex);
        Assert.Equal(TimeSpan.FromSeconds(120), limited.RetryAfter);
        Assert.Equal(429, limited.StatusCode);
    }

    [Fact]
    public async Task Retry_after_http_date()
    {
        await using LocalProlificServer server = await LocalProlificServer.StartAsync();
        DateTimeOffset at = DateTimeOffset.UtcNow.AddHours(1);
        ApiException ex = await TestApi.FailAsync(server, new CannedResponse { StatusCode = 429, Headers = new Dictionary<string, string> { ["Retry-After"] = at.ToString("r", CultureInfo.InvariantCulture) } });

        TimeSpan retryAfter = Assert.IsType<ApiRateLimitedException>(ex).RetryAfter!.Value;
        Assert.InRange(retryAfter, TimeSpan.FromMinutes(50), TimeSpan.FromMinutes(61));
    }

    [Fact]
    public async Task Missing_or_bad_retry_after_is_null()
    {
        await using LocalProlificServer server = await LocalProlificServer.StartAsync();
        ApiException missing = await TestApi.FailAsync(server, new CannedResponse { StatusCode = 429 });
        ApiException bad = await TestApi.FailAsync(server, new CannedResponse { StatusCode = 429, Headers = new Dictionary<string, string> { ["Retry-After"] = "soon" } });

        Assert.Null(Assert.IsType<ApiRateLimitedException>(missing).RetryAfter);
        Assert.Null(Assert.IsType<ApiRateLimitedException>(bad).RetryAfter);
    }

    [Theory]
    [InlineData("0", 0)]
    [InlineData(" 5 ", 5)]
    [InlineData("Wed, 25 Nov 2026 10:00:30 GMT", 30)]
    [InlineData("Wednesday, 25-Nov-26 10:01:00 GMT", 60)]
    [InlineData("Wed Nov 25 10:00:10 2026", 10)]
    [InlineData("Wed, 25 Nov 2026 09:00:00 GMT", 0)]
    public void Parse_retry_after_relative_to_now(string value, int expectedSeconds)
    {
        var now = new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);
        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), RetryAfter.Parse(value, now));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("-5")]
    [InlineData("1.5")]
    [InlineData("tomorrow")]
    public void Parse_retry_after_rejects_garbage(string? value)
    {
        Assert.Null(RetryAfter.Parse(value, DateTimeOffset.UnixEpoch));
    }
}
