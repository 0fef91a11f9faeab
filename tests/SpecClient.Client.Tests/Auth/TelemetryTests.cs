using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Pools.Api;

namespace SpecClient.Client.Tests.Auth;

/// <summary>
/// Each call is one Activity from the "SpecClient" source and one http.client.request.duration measurement from the
/// "SpecClient" meter, tagged with the path template and operation id, never the filled-in path, a query value, the
/// token or the client secret. Other tests run at the same time, so only this test's server port is looked at.
/// </summary>
public sealed class TelemetryTests
{
    [Fact]
    public async Task A_success_and_a_typed_failure_carry_the_route_template_and_operation_id_and_no_secret()
    {
        await using var server = await TokenServer.StartAsync();
        var activities = new ConcurrentQueue<Activity>();
        using var listener = ListenTo(activities);
        var measurements = new ConcurrentQueue<(double Seconds, Dictionary<string, object?> Tags)>();
        using var meters = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == PoolsClient.TelemetryName && instrument.Name == "http.client.request.duration")
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        meters.SetMeasurementEventCallback<double>((_, value, tags, _) => measurements.Enqueue((value, tags.ToArray().ToDictionary(t => t.Key, t => t.Value))));
        meters.Start();
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        var client = new PoolsClient(http, new PoolsClientCredentials { OauthClientId = TokenServer.ClientId, OauthClientSecret = TokenServer.ClientSecret });

        await client.GetPoolAsync("pool-4711", verbose: true);
        server.Revoke("tok-1");
        server.SaysInvalidToken = false;
        await Assert.ThrowsAsync<ApiUnauthorizedException>(() => client.GetPoolAsync("pool-4712"));

        var port = server.BaseAddress.Port;
        var mine = activities.Where(a => Equals(a.GetTagItem("server.port"), port)).ToList();
        Assert.Equal(2, mine.Count);
        Assert.All(mine, a =>
        {
            // The client's own source, named like the client, as its TelemetryName says.
            Assert.Equal("Pools.Api.PoolsClient", a.Source.Name);
            Assert.Equal(PoolsClient.TelemetryName, a.Source.Name);
            Assert.Equal("GET /pools/{id}", a.DisplayName);
            Assert.Equal(ActivityKind.Client, a.Kind);
            Assert.Equal("/pools/{id}", a.GetTagItem("url.template"));
            Assert.Equal("getPool", a.GetTagItem(ApiTelemetry.OperationIdTag));
            Assert.Equal("GET", a.GetTagItem("http.request.method"));
            Assert.Equal("127.0.0.1", a.GetTagItem("server.address"));
        });
        Assert.Equal(200, mine[0].GetTagItem("http.response.status_code"));
        Assert.Null(mine[0].GetTagItem("error.type"));
        Assert.Equal(401, mine[1].GetTagItem("http.response.status_code"));
        Assert.Equal("401", mine[1].GetTagItem("error.type"));
        Assert.Equal(ActivityStatusCode.Error, mine[1].Status);

        var durations = measurements.Where(m => Equals(m.Tags.GetValueOrDefault("server.port"), port)).ToList();
        Assert.Equal(2, durations.Count);
        Assert.All(durations, m =>
        {
            Assert.InRange(m.Seconds, 0, 30);
            Assert.Equal("/pools/{id}", m.Tags["url.template"]);
            Assert.Equal("getPool", m.Tags[ApiTelemetry.OperationIdTag]);
        });
        Assert.Equal("401", durations[1].Tags["error.type"]);

        string everyTag = string.Join("\n", mine.SelectMany(a => a.TagObjects).Concat(durations.SelectMany(m => m.Tags)).Select(t => t.Key + "=" + t.Value))
            + string.Join("\n", mine.Select(a => a.DisplayName));
        foreach (var secret in new[] { TokenServer.ClientSecret, "tok-1", "tok-2", "pool-4711", "verbose", "true" })
        {
            Assert.DoesNotContain(secret, everyTag, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_call_that_gets_no_response_is_tagged_with_the_exception_type()
    {
        var free = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        free.Start();
        int port = ((System.Net.IPEndPoint)free.LocalEndpoint).Port;
        free.Stop();
        var activities = new ConcurrentQueue<Activity>();
        using var listener = ListenTo(activities);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/v1/") };
        var client = new PoolsClient(http, new PoolsClientCredentials { ApiToken = "fixed-token-5521" });

        await Assert.ThrowsAsync<ApiConnectionException>(() => client.CreatePoolAsync(new Pool { Name = "n" }));

        var span = Assert.Single(activities, a => Equals(a.GetTagItem("server.port"), port));
        Assert.Equal("POST /pools", span.DisplayName);
        Assert.Equal("createPool", span.GetTagItem(ApiTelemetry.OperationIdTag));
        Assert.Equal(typeof(ApiConnectionException).FullName, span.GetTagItem("error.type"));
        Assert.Null(span.GetTagItem("http.response.status_code"));
        Assert.DoesNotContain("fixed-token-5521", string.Join("\n", span.TagObjects.Select(t => t.Value)), StringComparison.Ordinal);
    }

    private static ActivityListener ListenTo(ConcurrentQueue<Activity> activities)
    {
        var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == PoolsClient.TelemetryName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activities.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        return listener;
    }
}
