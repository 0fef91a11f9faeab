using System;
using System.Threading;
using System.Threading.Tasks;
using Prolific.Credentials;
using Prolific.LocalServer;
using SpecClient.Resilience.Tests.Infrastructure;

namespace SpecClient.Resilience.Tests;

/// <summary>A server that never answers: timeouts are <see cref="ApiTimeoutException"/>, the caller's cancellation is not.</summary>
public sealed class TimeoutTests : IAsyncLifetime
{
    private static readonly CannedResponse Silent = new() { StatusCode = 200, Delay = TimeSpan.FromMinutes(5) };

    private LocalProlificServer _server = null!;

    public async Task InitializeAsync() => _server = await LocalProlificServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task A_POST_to_a_silent_server_fails_with_the_per_attempt_timeout_after_one_request()
    {
        _server.Enqueue(Silent);
        ProlificCredentialsClientOptions options = Servers.FastOptions(_server);
        options.AttemptTimeout = TimeSpan.FromMilliseconds(300);

        ApiTimeoutException ex = await Assert.ThrowsAsync<ApiTimeoutException>(() =>
            ProlificCredentialsClient.Create(options).CreatePoolAsync(_server.WorkspaceId, new CredentialBatch().Add("u", "p")));

        Assert.Equal(ApiTimeoutKind.Attempt, ex.Kind);
        Assert.Equal("create-credential-pool", ex.OperationId);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task A_GET_to_a_silent_server_is_retried_after_each_attempt_timeout()
    {
        _server.Enqueue(Silent);
        _server.Enqueue(Silent);
        ProlificCredentialsClientOptions options = Servers.FastOptions(_server);
        options.AttemptTimeout = TimeSpan.FromMilliseconds(300);

        await ProlificCredentialsClient.Create(options).ListAllPoolsAsync(_server.WorkspaceId);

        Assert.Equal(3, _server.Requests.Count);
    }

    [Fact]
    public async Task The_total_timeout_ends_the_call_whatever_retries_remain()
    {
        for (int i = 0; i < 4; i++)
        {
            _server.Enqueue(Silent);
        }

        ProlificCredentialsClientOptions options = Servers.FastOptions(_server);
        options.Timeout = TimeSpan.FromMilliseconds(700);
        options.AttemptTimeout = TimeSpan.FromMilliseconds(500);

        ApiTimeoutException ex = await Assert.ThrowsAsync<ApiTimeoutException>(() => ProlificCredentialsClient.Create(options).ListAllPoolsAsync(_server.WorkspaceId));

        Assert.Equal(ApiTimeoutKind.Total, ex.Kind);
        Assert.Equal("list-credential-pools", ex.OperationId);
        Assert.Contains("timed out", ex.Message, StringComparison.Ordinal);
        Assert.InRange(_server.Requests.Count, 1, 2);
    }

    [Fact]
    public async Task The_callers_cancellation_is_an_OperationCanceledException_not_a_timeout()
    {
        _server.Enqueue(Silent);
        using var cts = new CancellationTokenSource();
        Task<System.Collections.Generic.IReadOnlyList<CredentialPoolSummary>> call =
            ProlificCredentialsClient.Create(Servers.FastOptions(_server)).ListAllPoolsAsync(_server.WorkspaceId, cts.Token);
        while (_server.Requests.Count == 0)
        {
            await Task.Delay(10);
        }

        cts.Cancel();
        Exception ex = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);

        Assert.IsNotType<ApiTimeoutException>(ex);
        Assert.Equal(cts.Token, ((OperationCanceledException)ex).CancellationToken);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task Cancellation_during_a_retry_delay_is_an_OperationCanceledException()
    {
        _server.Enqueue(Servers.Status(503, "20"));
        ProlificCredentialsClientOptions options = Servers.FastOptions(_server);
        options.MaxRetryAfter = TimeSpan.FromMinutes(1);
        using var cts = new CancellationTokenSource();
        Task call = ProlificCredentialsClient.Create(options).ListAllPoolsAsync(_server.WorkspaceId, cts.Token);
        while (_server.Requests.Count == 0)
        {
            await Task.Delay(10);
        }

        cts.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.Single(_server.Requests);
    }
}
