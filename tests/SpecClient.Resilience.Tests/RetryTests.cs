using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Prolific.Credentials;
using Prolific.LocalServer;
using SpecClient.Resilience.Tests.Infrastructure;

namespace SpecClient.Resilience.Tests;

/// <summary>Which failures are retried, for which methods, counted on the server side.</summary>
public sealed class RetryTests : IAsyncLifetime
{
    private LocalProlificServer _server = null!;

    public async Task InitializeAsync() => _server = await LocalProlificServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private ProlificCredentialsClient Client(Action<ProlificCredentialsClientOptions>? configure = null)
    {
        ProlificCredentialsClientOptions options = Servers.FastOptions(_server);
        configure?.Invoke(options);
        return ProlificCredentialsClient.Create(options);
    }

    private CredentialBatch Batch(string prefix) => new CredentialBatch().Add(prefix + "-a", "pw-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task A_GET_answered_503_twice_then_200_is_sent_three_times_and_succeeds()
    {
        _server.Enqueue(Servers.Status(503));
        _server.Enqueue(Servers.Status(503));

        IReadOnlyList<CredentialPoolSummary> pools = await Client().ListAllPoolsAsync(_server.WorkspaceId);

        Assert.Empty(pools);
        Assert.Equal(3, _server.Requests.Count);
        Assert.All(_server.Requests, r => Assert.Equal("GET", r.Method));
    }

    [Theory]
    [InlineData(408)]
    [InlineData(429)]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task Each_transient_status_is_retried_for_a_GET(int status)
    {
        _server.Enqueue(Servers.Status(status));

        await Client().ListAllPoolsAsync(_server.WorkspaceId);

        Assert.Equal(2, _server.Requests.Count);
    }

    [Theory]
    [InlineData(501)]
    [InlineData(505)]
    [InlineData(400)]
    [InlineData(404)]
    public async Task Statuses_that_do_not_go_away_are_not_retried(int status)
    {
        _server.Enqueue(Servers.Status(status));

        ApiException ex = await Assert.ThrowsAnyAsync<ApiException>(() => Client().ListAllPoolsAsync(_server.WorkspaceId));

        Assert.Equal(status, ex.StatusCode);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task A_GET_that_keeps_failing_is_sent_once_plus_MaxRetryAttempts_times_then_throws_the_last_status()
    {
        for (int i = 0; i < 5; i++)
        {
            _server.Enqueue(Servers.Status(503));
        }

        ApiServerErrorException ex = await Assert.ThrowsAsync<ApiServerErrorException>(() => Client(o => o.MaxRetryAttempts = 2).ListAllPoolsAsync(_server.WorkspaceId));

        Assert.Equal(503, ex.StatusCode);
        Assert.Equal(3, _server.Requests.Count);
    }

    [Fact]
    public async Task MaxRetryAttempts_zero_sends_once()
    {
        _server.Enqueue(Servers.Status(503));

        await Assert.ThrowsAsync<ApiServerErrorException>(() => Client(o => o.MaxRetryAttempts = 0).ListAllPoolsAsync(_server.WorkspaceId));

        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task A_POST_answered_503_is_sent_once()
    {
        _server.Enqueue(Servers.Status(503));

        await Assert.ThrowsAsync<ApiServerErrorException>(() => Client().CreatePoolAsync(_server.WorkspaceId, Batch("post")));

        Assert.Single(_server.Requests);
        Assert.Equal("POST", _server.Requests[0].Method);
    }

    [Fact]
    public async Task A_PATCH_append_answered_503_is_sent_once_by_default()
    {
        string poolId = _server.SeedPool(_server.WorkspaceId, "seed,pw");
        _server.Enqueue(Servers.Status(503));

        await Assert.ThrowsAsync<ApiServerErrorException>(() => Client().AppendCredentialsAsync(poolId, Batch("patch")));

        Assert.Single(_server.Requests);
        Assert.Equal(new[] { "seed" }, _server.GetUsernames(poolId));
    }

    [Fact]
    public async Task A_PATCH_is_retried_inside_an_AllowRetries_scope_and_only_there()
    {
        string poolId = _server.SeedPool(_server.WorkspaceId, "seed,pw");
        ProlificCredentialsClient client = Client();
        _server.Enqueue(Servers.Status(503));

        using (ApiResilience.AllowRetries())
        {
            await client.AppendCredentialsAsync(poolId, Batch("scoped"));
        }

        Assert.Equal(2, _server.Requests.Count);
        Assert.Contains("scoped-a", _server.GetUsernames(poolId)!);

        _server.Enqueue(Servers.Status(503));
        await Assert.ThrowsAsync<ApiServerErrorException>(() => client.AppendCredentialsAsync(poolId, Batch("after")));
        Assert.Equal(3, _server.Requests.Count);
    }

    [Fact]
    public async Task A_PATCH_is_retried_when_the_client_opts_in()
    {
        string poolId = _server.SeedPool(_server.WorkspaceId, "seed,pw");
        _server.Enqueue(Servers.Status(502));

        await Client(o => o.RetryUnsafeMethods = true).AppendCredentialsAsync(poolId, Batch("client"));

        Assert.Equal(2, _server.Requests.Count);
        Assert.All(_server.Requests, r => Assert.Equal("PATCH", r.Method));
    }

    [Fact]
    public async Task A_blind_retry_of_an_append_that_reached_the_server_comes_back_as_409()
    {
        // Why unsafe methods are not retried by default: the first append is applied, but its answer is lost
        // (here: the connection is cut after the server did the work, simulated by applying it ourselves).
        string poolId = _server.SeedPool(_server.WorkspaceId, "seed,pw");
        ProlificCredentialsClient client = Client(o => o.RetryUnsafeMethods = true);
        CredentialBatch batch = Batch("twice");
        await client.AppendCredentialsAsync(poolId, batch);

        CredentialPoolConflictException ex = await Assert.ThrowsAsync<CredentialPoolConflictException>(() => client.AppendCredentialsAsync(poolId, batch));

        Assert.Equal(new[] { "twice-a" }, ex.DuplicateUsernames);
    }

    /// <summary>
    /// Backoff alone would wait an hour, past the total timeout (an <see cref="ApiTimeoutException"/>): the call
    /// succeeds only if the retry waits for the server's Retry-After instead.
    /// </summary>
    private static void BackoffOfAnHour(ProlificCredentialsClientOptions options)
    {
        options.RetryBaseDelay = TimeSpan.FromHours(1);
        options.RetryMaxDelay = TimeSpan.FromHours(1);
        options.UseJitter = false;
        options.Timeout = TimeSpan.FromSeconds(30);
    }

    [Fact]
    public async Task Retry_After_in_seconds_is_honoured()
    {
        _server.Enqueue(Servers.Status(429, "1"));

        await Client(BackoffOfAnHour).ListAllPoolsAsync(_server.WorkspaceId);

        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task Retry_After_as_an_HTTP_date_is_honoured()
    {
        string date = DateTimeOffset.UtcNow.AddSeconds(1).ToString("R", CultureInfo.InvariantCulture);
        _server.Enqueue(Servers.Status(503, date));

        await Client(BackoffOfAnHour).ListAllPoolsAsync(_server.WorkspaceId);

        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task A_Retry_After_longer_than_MaxRetryAfter_is_not_waited_for_and_surfaces_on_the_exception()
    {
        _server.Enqueue(Servers.Status(429, "3600"));

        ApiRateLimitedException ex = await Assert.ThrowsAsync<ApiRateLimitedException>(() => Client().ListAllPoolsAsync(_server.WorkspaceId));

        Assert.Single(_server.Requests);
        Assert.Equal(TimeSpan.FromHours(1), ex.RetryAfter);
    }

    [Fact]
    public async Task A_429_with_an_HTTP_date_far_away_is_not_retried_and_the_date_becomes_RetryAfter()
    {
        string date = DateTimeOffset.UtcNow.AddHours(2).ToString("R", CultureInfo.InvariantCulture);
        _server.Enqueue(Servers.Status(429, date));

        ApiRateLimitedException ex = await Assert.ThrowsAsync<ApiRateLimitedException>(() => Client().ListAllPoolsAsync(_server.WorkspaceId));

        Assert.Single(_server.Requests);
        Assert.InRange(ex.RetryAfter!.Value, TimeSpan.FromMinutes(110), TimeSpan.FromMinutes(121));
    }

    [Fact]
    public async Task A_dropped_connection_is_retried_for_a_GET_but_not_for_a_POST()
    {
        _server.Enqueue(new CannedResponse { Abort = true });
        await Client().ListAllPoolsAsync(_server.WorkspaceId);
        Assert.Equal(2, _server.Requests.Count);

        _server.Enqueue(new CannedResponse { Abort = true });
        ApiConnectionException ex = await Assert.ThrowsAsync<ApiConnectionException>(() => Client().CreatePoolAsync(_server.WorkspaceId, Batch("dropped")));
        Assert.Equal("create-credential-pool", ex.OperationId);
        Assert.Equal(3, _server.Requests.Count);
    }

    [Fact]
    public async Task Connection_refused_is_an_ApiConnectionException_for_GET_and_for_POST()
    {
        var options = new ProlificCredentialsClientOptions
        {
            BaseAddress = Servers.RefusingAddress(),
            Credentials = new() { ApiToken = "tok" },
            RetryBaseDelay = TimeSpan.FromMilliseconds(1),
            RetryMaxDelay = TimeSpan.FromMilliseconds(5),
        };
        ProlificCredentialsClient client = ProlificCredentialsClient.Create(options);

        ApiConnectionException get = await Assert.ThrowsAsync<ApiConnectionException>(() => client.ListAllPoolsAsync("ws"));
        ApiConnectionException post = await Assert.ThrowsAsync<ApiConnectionException>(() => client.CreatePoolAsync("ws", Batch("refused")));

        Assert.Equal(HttpRequestError.ConnectionError, get.HttpRequestError);
        Assert.Equal(HttpRequestError.ConnectionError, post.HttpRequestError);
        Assert.Equal("list-credential-pools", get.OperationId);
    }

    [Fact]
    public void The_method_and_status_rules_are_the_documented_ones()
    {
        Assert.All(new[] { HttpMethod.Get, HttpMethod.Head, HttpMethod.Options, HttpMethod.Trace, HttpMethod.Put, HttpMethod.Delete, new HttpMethod("QUERY"), new HttpMethod("query") },
            m => Assert.True(ApiResilience.IsIdempotentMethod(m), m.Method));
        Assert.All(new[] { HttpMethod.Post, HttpMethod.Patch, new HttpMethod("PURGE") },
            m => Assert.False(ApiResilience.IsIdempotentMethod(m), m.Method));
        int[] transient = Enumerable.Range(100, 500).Where(ApiResilience.IsTransientStatus).ToArray();
        Assert.Equal(new[] { 408, 429, 500, 502, 503, 504 }, transient);
    }
}
