using System;
using System.Net.Http;
using System.Threading.Tasks;
using Prolific.Credentials;
using Prolific.LocalServer;

namespace SpecClient.Client.Tests.Prolific;

/// <summary>A fresh local Prolific server per test, and a generated client pointed at it.</summary>
public sealed class ProlificServerScope : IAsyncDisposable
{
    private ProlificServerScope(LocalProlificServer server, HttpClient httpClient, ProlificCredentialsClient client)
    {
        Server = server;
        HttpClient = httpClient;
        Client = client;
    }

    public LocalProlificServer Server { get; }

    public HttpClient HttpClient { get; }

    public ProlificCredentialsClient Client { get; }

    public static async Task<ProlificServerScope> StartAsync(LocalProlificServerOptions? options = null)
    {
        var server = await LocalProlificServer.StartAsync(options);
        var httpClient = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var client = new ProlificCredentialsClient(httpClient, new ProlificCredentialsClientCredentials { ApiToken = server.Token });
        return new ProlificServerScope(server, httpClient, client);
    }

    public async ValueTask DisposeAsync()
    {
        HttpClient.Dispose();
        await Server.DisposeAsync();
    }
}
