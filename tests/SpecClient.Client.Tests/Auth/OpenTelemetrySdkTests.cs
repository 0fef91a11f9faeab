using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Pools.Api;

namespace SpecClient.Client.Tests.Auth;

/// <summary>
/// The README's wiring (AddSource, AddMeter) with the real OpenTelemetry SDK and its in-memory exporter: a success, a
/// typed failure and a call retried after a 401 invalid_token each give one span and one duration point, with the
/// route template and operation id, and nothing secret. Other tests run at the same time: only this server's port counts.
/// </summary>
public sealed class OpenTelemetrySdkTests
{
    [Fact]
    public async Task A_success_a_typed_failure_and_a_retried_call_give_spans_and_duration_points_with_the_route()
    {
        await using var server = await TokenServer.StartAsync();
        var spans = new List<Activity>();
        var metrics = new List<Metric>();
        using (var tracing = Sdk.CreateTracerProviderBuilder().AddSource(PoolsClient.TelemetryName).AddInMemoryExporter(spans).Build())
        using (var meters = Sdk.CreateMeterProviderBuilder().AddMeter(PoolsClient.TelemetryName).AddInMemoryExporter(metrics).Build())
        {
            using var http = new HttpClient { BaseAddress = server.BaseAddress };
            var client = new PoolsClient(http, new PoolsClientCredentials { OauthClientId = TokenServer.ClientId, OauthClientSecret = TokenServer.ClientSecret });

            await client.GetPoolAsync("p1");
            server.Revoke("tok-1");
            await client.GetPoolAsync("p2");
            server.Revoke("tok-2");
            server.SaysInvalidToken = false;
            await Assert.ThrowsAsync<ApiUnauthorizedException>(() => client.GetPoolAsync("p3"));

            // The meter provider exports once more when it is disposed (cumulative): that final export is the one read.
            tracing!.ForceFlush();
        }

        int port = server.BaseAddress.Port;
        var mine = spans.Where(s => Equals(s.GetTagItem("server.port"), port)).ToList();
        Assert.Equal(3, mine.Count);
        Assert.All(mine, s => Assert.Equal("GET /pools/{id}", s.DisplayName));
        Assert.All(mine, s => Assert.Equal("getPool", s.GetTagItem(ApiTelemetry.OperationIdTag)));
        Assert.Equal(new object?[] { 200, 200, 401 }, mine.Select(s => s.GetTagItem("http.response.status_code")));
        Assert.Equal(new object?[] { null, null, "401" }, mine.Select(s => s.GetTagItem("error.type")));
        Assert.Equal(4, server.ApiCalls.Count);

        var points = new List<(long Count, Dictionary<string, object?> Tags)>();
        foreach (var metric in metrics.Where(m => m.Name == "http.client.request.duration" && m.MeterName == PoolsClient.TelemetryName))
        {
            Assert.Equal("s", metric.Unit);
            foreach (ref readonly var point in metric.GetMetricPoints())
            {
                var tags = new Dictionary<string, object?>();
                foreach (var tag in point.Tags)
                {
                    tags[tag.Key] = tag.Value;
                }

                points.Add((point.GetHistogramCount(), tags));
            }
        }

        var ours = points.Where(p => Equals(p.Tags.GetValueOrDefault("server.port"), port)).ToList();
        Assert.Equal(3, ours.Sum(p => p.Count));
        Assert.All(ours, p => Assert.Equal("/pools/{id}", p.Tags["url.template"]));
        Assert.Equal(1, ours.Where(p => Equals(p.Tags.GetValueOrDefault("error.type"), "401")).Sum(p => p.Count));

        string everything = string.Join("\n", mine.SelectMany(s => s.TagObjects).Concat(ours.SelectMany(p => p.Tags)).Select(t => t.Key + "=" + t.Value));
        Assert.DoesNotContain(TokenServer.ClientSecret, everything, StringComparison.Ordinal);
        Assert.DoesNotContain("tok-", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("p1", everything, StringComparison.Ordinal);
    }
}
