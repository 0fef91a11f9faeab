using System;
using System.Linq;
using System.Threading.Tasks;
using Prolific.Credentials;
using Prolific.LocalServer;

namespace SpecClient.Client.Tests.Prolific;

/// <summary>
/// The one-line <c>Create(options)</c> client, with a request option set in the partial <c>OnPreparingRequest</c> hook
/// to opt one operation (the PATCH append) in to retries.
/// </summary>
public sealed class PerRequestRetryTests : IAsyncLifetime
{
    private LocalProlificServer _server = null!;

    public async Task InitializeAsync() => _server = await LocalProlificServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private ProlificCredentialsClient Client() => ProlificCredentialsClient.Create(new ProlificCredentialsClientOptions
    {
        BaseAddress = _server.BaseAddress,
        Credentials = new() { ApiToken = _server.Token },
        RetryBaseDelay = TimeSpan.FromMilliseconds(5),
        RetryMaxDelay = TimeSpan.FromMilliseconds(20),
    });

    private static CannedResponse ServiceUnavailable() => CannedResponse.Json(503, "{\"error\":\"unavailable\"}");

    [Fact]
    public async Task A_PATCH_opted_in_through_the_request_option_is_retried()
    {
        string poolId = _server.SeedPool(_server.WorkspaceId, "seed,pw");
        ProlificCredentialsClient client = Client();
        client.RetryableOperations["update-credential-pool"] = true;
        _server.Enqueue(ServiceUnavailable());

        await client.UpdateCredentialPoolAsync(poolId, new UpdateCredentialPoolRequest { Credentials = "new,pw" });

        Assert.Equal(2, _server.Requests.Count);
        Assert.Equal(new[] { "seed", "new" }, _server.GetUsernames(poolId));
    }

    [Fact]
    public async Task Without_the_option_the_PATCH_is_sent_once_while_the_GET_is_retried()
    {
        string poolId = _server.SeedPool(_server.WorkspaceId, "seed,pw");
        ProlificCredentialsClient client = Client();
        _server.Enqueue(ServiceUnavailable());

        await Assert.ThrowsAsync<ApiServerErrorException>(() => client.UpdateCredentialPoolAsync(poolId, new UpdateCredentialPoolRequest { Credentials = "new,pw" }));
        Assert.Single(_server.Requests);

        _server.Enqueue(ServiceUnavailable());
        await client.ListCredentialPoolsAsync(_server.WorkspaceId);
        Assert.Equal(3, _server.Requests.Count);
        Assert.Equal(new[] { "PATCH", "GET", "GET" }, _server.Requests.Select(r => r.Method));
    }
}
