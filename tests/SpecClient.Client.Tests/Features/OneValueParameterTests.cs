using System;
using System.Linq;
using System.Threading.Tasks;
using Features.Api;

namespace SpecClient.Client.Tests.Features;

/// <summary>
/// A required parameter whose schema allows one value (features.yaml's getReport: a one-value path enum, a query
/// <c>const</c>, a one-value header enum) defaults to that value, so a call leaves it out and the value is still sent;
/// a caller can still pass another one. An optional one-value parameter stays optional and is left off when not given.
/// Over real HTTP on 127.0.0.1.
/// </summary>
public sealed class OneValueParameterTests : IAsyncLifetime
{
    private RecordingServer _server = null!;

    public async Task InitializeAsync() => _server = await RecordingServer.StartAsync();

    public Task DisposeAsync() => _server.DisposeAsync().AsTask();

    private FeaturesClient Client() => new(_server.Http, new FeaturesClientCredentials { BearerAuth = "bearer-token" });

    [Fact]
    public async Task A_call_that_leaves_them_out_sends_each_ones_value()
    {
        _server.Respond = _ => Reply.Json(200, "{\"rows\":3}");

        var report = await Client().GetReportAsync("2026-01-01");

        Assert.Equal(3, report.Rows);
        var call = Assert.Single(_server.Calls);
        Assert.Equal("/v1/reports/daily?from=2026-01-01&api-version=2024-10-01", call.RawTarget);
        Assert.Equal("csv", call.Header("X-Format"));
    }

    [Fact]
    public async Task A_caller_can_still_send_another_value_and_the_optional_one()
    {
        _server.Respond = _ => Reply.Json(200, "{\"rows\":0}");

        await Client().GetReportAsync("2026-01-01", apiVersion: "2025-05-01", xFormat: "tsv", mode: "fast");

        var call = Assert.Single(_server.Calls);
        Assert.Equal("/v1/reports/daily?from=2026-01-01&api-version=2025-05-01&mode=fast", call.RawTarget);
        Assert.Equal("tsv", call.Header("X-Format"));
    }

    [Fact]
    public async Task Null_for_one_of_them_is_refused_before_anything_is_sent()
    {
        var refused = await Assert.ThrowsAsync<ArgumentNullException>(() => Client().GetReportAsync("2026-01-01", apiVersion: null!));

        Assert.Equal("apiVersion", refused.ParamName);
        Assert.Empty(_server.Calls);
    }

    [Fact]
    public void The_signature_puts_them_after_the_required_parameters_with_their_values_as_defaults()
    {
        var method = typeof(IFeaturesClient).GetMethod(nameof(IFeaturesClient.GetReportAsync))!;
        var parameters = method.GetParameters();

        Assert.Equal(new[] { "from", "kind", "apiVersion", "xFormat", "mode", "cancellationToken" }, parameters.Select(p => p.Name));
        Assert.False(parameters[0].HasDefaultValue);
        Assert.Equal(new object?[] { "daily", "2024-10-01", "csv", null }, parameters.Skip(1).Take(4).Select(p => p.DefaultValue));
    }
}
