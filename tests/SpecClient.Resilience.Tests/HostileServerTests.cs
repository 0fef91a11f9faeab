using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Faults.Api;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Prolific.LocalServer;

namespace SpecClient.Resilience.Tests;

/// <summary>
/// Generated clients against a server that misbehaves on purpose: a body that stops, a body that does not end,
/// a redirect to somebody else. Each ends in bounded time with a typed exception, and no credential leaves its origin.
/// </summary>
public sealed class HostileServerTests : IAsyncLifetime
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    private LocalProlificServer _server = null!;

    public async Task InitializeAsync() => _server = await LocalProlificServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private FaultsClient Faults(Action<FaultsClientOptions>? configure = null)
    {
        var options = new FaultsClientOptions { BaseAddress = _server.BaseAddress, Credentials = new() { ApiToken = "k" }, MaxRetryAttempts = 0 };
        configure?.Invoke(options);
        return FaultsClient.Create(options);
    }

    [Fact]
    public async Task A_body_that_stops_after_the_headers_ends_with_the_total_timeout()
    {
        FaultsClient client = Faults(o => o.Timeout = TimeSpan.FromSeconds(2));
        _server.Enqueue(CannedResponse.Json(200, "{\"id\":\"warm\",\"name\":\"up\"}"));
        await client.GetItemAsync("warm");
        _server.Enqueue(new CannedResponse
        {
            StatusCode = 200,
            ContentType = "application/json",
            Body = "{\"id\":\"1\",",
            AbortAfterBody = true,
            AbortWhen = new TaskCompletionSource().Task, // never: the server just stops sending
        });

        ApiTimeoutException ex = await Assert.ThrowsAsync<ApiTimeoutException>(() => client.GetItemAsync("1").WaitAsync(HangGuard));

        Assert.Equal(ApiTimeoutKind.Total, ex.Kind);
        Assert.Equal("get-item", ex.OperationId);
    }

    [Fact]
    public async Task A_body_larger_than_MaxResponseBodyBytes_is_ApiResponseTooLargeException()
    {
        string big = "{\"id\":\"1\",\"name\":\"" + new string('n', 8 * 1024) + "\"}";
        _server.Enqueue(CannedResponse.Json(200, big));

        ApiResponseTooLargeException ex = await Assert.ThrowsAsync<ApiResponseTooLargeException>(() => Faults(o => o.MaxResponseBodyBytes = 4096).GetItemAsync("1"));

        Assert.Equal(4096, ex.Limit);
        Assert.Equal("get-item", ex.OperationId);
        Assert.DoesNotContain("nnnn", ex.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_client_registered_with_dependency_injection_sends_no_API_key_to_another_origin_on_redirect()
    {
        const string apiKey = "key_5e4d3c2b1a";
        await using LocalProlificServer elsewhere = await LocalProlificServer.StartAsync();
        _server.Enqueue(new CannedResponse
        {
            StatusCode = 302,
            Headers = new Dictionary<string, string> { ["Location"] = new Uri(elsewhere.BaseAddress, "items/1").AbsoluteUri },
        });
        elsewhere.Enqueue(CannedResponse.Json(200, "{\"id\":\"1\",\"name\":\"moved\"}"));
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Faults:ApiToken"] = apiKey,
            ["Faults:BaseAddress"] = _server.BaseAddress.ToString(),
        }).Build();
        var services = new ServiceCollection();
        services.AddFaultsClient(configuration.GetSection("Faults"));
        using ServiceProvider provider = services.BuildServiceProvider();

        Item item = await provider.GetRequiredService<FaultsClient>().GetItemAsync("1");

        Assert.Equal("moved", item.Name);
        Assert.Equal(apiKey, Assert.Single(_server.Requests).Headers["X-Api-Key"]);
        RecordedRequest followed = Assert.Single(elsewhere.Requests);
        Assert.Equal("/items/1", followed.RawPath);
        Assert.DoesNotContain(followed.Headers.Values, v => v.Contains(apiKey, StringComparison.Ordinal));
    }
}
