using System;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Pools.Api;

namespace SpecClient.Client.Tests.Auth;

/// <summary>A bearer-like scheme's token provider: called for every request, its result kept by nobody, a fixed token wins.</summary>
public sealed class TokenProviderTests
{
    [Fact]
    public async Task The_provider_is_called_for_every_request_and_its_token_is_sent()
    {
        await using var server = await TokenServer.StartAsync();
        server.Accept("from-provider-1");
        server.Accept("from-provider-2");
        server.Accept("from-provider-3");
        int calls = 0;
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        var client = new PoolsClient(http, new PoolsClientCredentials
        {
            ApiTokenProvider = async cancellationToken =>
            {
                await Task.Yield();
                return "from-provider-" + Interlocked.Increment(ref calls);
            },
        });

        await client.GetPoolAsync("p1");
        await client.CreatePoolAsync(new Pool { Name = "n" });
        await client.GetPoolAsync("p2");

        Assert.Equal(3, calls);
        Assert.Empty(server.TokenRequests);
        Assert.Equal(new[] { "Bearer from-provider-1", "Bearer from-provider-2", "Bearer from-provider-3" }, server.ApiCalls.Select(c => c.Header("Authorization")));
    }

    [Fact]
    public async Task A_fixed_token_wins_over_the_provider_and_the_client_credentials()
    {
        await using var server = await TokenServer.StartAsync();
        server.Accept("fixed");
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        var client = new PoolsClient(http, new PoolsClientCredentials
        {
            ApiToken = "fixed",
            ApiTokenProvider = _ => throw new InvalidOperationException("not called"),
            OauthClientId = TokenServer.ClientId,
            OauthClientSecret = TokenServer.ClientSecret,
        });

        await client.GetPoolAsync("p1");

        Assert.Empty(server.TokenRequests);
        Assert.Equal("Bearer fixed", server.ApiCalls.Single().Header("Authorization"));
    }

    [Fact]
    public async Task Reading_configuration_keeps_the_provider_set_in_code()
    {
        await using var server = await TokenServer.StartAsync();
        server.Accept("provided");
        var options = new PoolsClientOptions { Credentials = new PoolsClientCredentials { ApiTokenProvider = _ => ValueTask.FromResult("provided") } };
        options.ReadFrom(key => key switch
        {
            "BaseAddress" => server.BaseAddress.AbsoluteUri,
            "OauthClientAuthentication" => "client_secret_post",
            _ => null,
        });
        var client = PoolsClient.Create(options);

        await client.GetPoolAsync("p1");

        Assert.Equal(ApiClientAuthentication.ClientSecretPost, options.Credentials!.OauthClientAuthentication);
        Assert.Equal("Bearer provided", server.ApiCalls.Single().Header("Authorization"));
    }
}
