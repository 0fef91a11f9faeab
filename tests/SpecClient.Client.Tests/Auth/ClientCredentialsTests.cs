using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Pools.Api;

namespace SpecClient.Client.Tests.Auth;

/// <summary>
/// The OAuth 2.0 client credentials flow the generated client runs for an <c>oauth2</c> scheme with a
/// <c>clientCredentials</c> flow, against a real token endpoint on Kestrel (127.0.0.1), through a plain HttpClient
/// (no retries) and through <c>Create</c>.
/// </summary>
public sealed class ClientCredentialsTests
{
    private static PoolsClientCredentials Credentials(ApiClientAuthentication? method = null) => new()
    {
        OauthClientId = TokenServer.ClientId,
        OauthClientSecret = TokenServer.ClientSecret,
        OauthClientAuthentication = method,
    };

    private static PoolsClient ClientFor(TokenServer server, HttpClient http, ApiClientAuthentication? method = null)
    {
        http.BaseAddress = server.BaseAddress;
        return new PoolsClient(http, Credentials(method));
    }

    [Fact]
    public async Task Twenty_concurrent_calls_share_one_token_request()
    {
        await using var server = await TokenServer.StartAsync();
        server.TokenDelay = TimeSpan.FromMilliseconds(300);
        using var http = new HttpClient();
        var client = ClientFor(server, http);

        var pools = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => client.GetPoolAsync("p" + i)));

        Assert.All(pools, pool => Assert.Equal("main", pool.Name));
        var token = Assert.Single(server.TokenRequests);
        Assert.Equal(20, server.ApiCalls.Count);
        Assert.All(server.ApiCalls, call => Assert.Equal("Bearer tok-1", call.Header("Authorization")));
        Assert.Contains("grant_type=client_credentials", token.BodyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_token_request_names_the_operations_scopes_and_each_set_of_scopes_has_its_token()
    {
        await using var server = await TokenServer.StartAsync();
        using var http = new HttpClient();
        var client = ClientFor(server, http);

        await client.GetPoolAsync("p1");
        await client.CreatePoolAsync(new Pool { Name = "new" });
        await client.GetPoolAsync("p2");

        var requests = server.TokenRequests;
        Assert.Equal(2, requests.Count);
        Assert.Contains("scope=pools%3Aread&", requests[0].BodyText + "&", StringComparison.Ordinal);
        Assert.Contains("scope=pools%3Aread+pools%3Awrite", requests[1].BodyText, StringComparison.Ordinal);
        Assert.Equal(new[] { "Bearer tok-1", "Bearer tok-2", "Bearer tok-1" }, server.ApiCalls.Select(c => c.Header("Authorization")));
    }

    [Fact]
    public async Task Client_secret_basic_sends_the_secret_in_the_authorization_header_only()
    {
        await using var server = await TokenServer.StartAsync();
        using var http = new HttpClient();
        var client = ClientFor(server, http, ApiClientAuthentication.ClientSecretBasic);

        await client.GetPoolAsync("p1");

        var token = Assert.Single(server.TokenRequests);
        Assert.StartsWith("Basic ", token.Header("Authorization"), StringComparison.Ordinal);
        Assert.DoesNotContain("client_secret", token.BodyText, StringComparison.Ordinal);
        Assert.DoesNotContain("Basic", server.ApiCalls.Single().Header("Authorization"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Client_secret_post_sends_the_client_id_and_secret_as_form_fields()
    {
        await using var server = await TokenServer.StartAsync();
        server.Expects = "post";
        using var http = new HttpClient();
        var client = ClientFor(server, http, ApiClientAuthentication.ClientSecretPost);

        var pool = await client.GetPoolAsync("p1");

        Assert.Equal("p1", pool.Id);
        var token = Assert.Single(server.TokenRequests);
        Assert.Equal(string.Empty, token.Header("Authorization"));
        Assert.Contains("client_id=pools-app", token.BodyText, StringComparison.Ordinal);
        Assert.Contains("client_secret=", token.BodyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_expired_token_is_replaced_by_a_new_one()
    {
        await using var server = await TokenServer.StartAsync();
        server.ExpiresIn = 1;
        using var http = new HttpClient();
        var client = ClientFor(server, http);

        await client.GetPoolAsync("p1");
        await client.GetPoolAsync("p1");
        await Task.Delay(TimeSpan.FromMilliseconds(800));
        await client.GetPoolAsync("p1");

        Assert.Equal(2, server.TokenRequests.Count);
        Assert.Equal(new[] { "Bearer tok-1", "Bearer tok-1", "Bearer tok-2" }, server.ApiCalls.Select(c => c.Header("Authorization")));
    }

    [Fact]
    public async Task A_401_saying_invalid_token_gets_one_new_token_and_one_retry_without_retries_configured()
    {
        await using var server = await TokenServer.StartAsync();
        using var http = new HttpClient();
        var client = ClientFor(server, http);
        await client.CreatePoolAsync(new Pool { Name = "first" });
        server.Revoke("tok-1");

        var pool = await client.CreatePoolAsync(new Pool { Name = "again" });

        Assert.Equal("main", pool.Name);
        Assert.Equal(2, server.TokenRequests.Count);
        var calls = server.ApiCalls;
        Assert.Equal(new[] { "Bearer tok-1", "Bearer tok-1", "Bearer tok-2" }, calls.Select(c => c.Header("Authorization")));
        Assert.Contains("again", calls[2].BodyText, StringComparison.Ordinal);
        Assert.Equal(calls[1].BodyText, calls[2].BodyText);
    }

    [Fact]
    public async Task A_401_that_still_says_invalid_token_after_the_refresh_is_the_typed_exception()
    {
        await using var server = await TokenServer.StartAsync();
        server.Server.Respond = call => call.RawTarget.StartsWith("/oauth/token", StringComparison.Ordinal)
            ? Features.Reply.Json(200, """{"access_token":"never-valid","expires_in":3600}""")
            : new Features.Reply(401) { Headers = new Dictionary<string, string> { ["WWW-Authenticate"] = "Bearer error=\"invalid_token\"" } };
        using var http = new HttpClient();
        var client = ClientFor(server, http);

        await Assert.ThrowsAsync<ApiUnauthorizedException>(() => client.GetPoolAsync("p1"));

        Assert.Equal(2, server.TokenRequests.Count);
        Assert.Equal(2, server.ApiCalls.Count);
    }

    [Fact]
    public async Task A_401_without_invalid_token_is_not_retried()
    {
        await using var server = await TokenServer.StartAsync();
        server.SaysInvalidToken = false;
        using var http = new HttpClient();
        var client = ClientFor(server, http);
        await client.GetPoolAsync("p1");
        server.Revoke("tok-1");

        await Assert.ThrowsAsync<ApiUnauthorizedException>(() => client.GetPoolAsync("p1"));

        Assert.Single(server.TokenRequests);
        Assert.Equal(2, server.ApiCalls.Count);
    }

    [Fact]
    public async Task A_refused_client_is_an_ApiTokenException_that_never_shows_the_secret()
    {
        await using var server = await TokenServer.StartAsync();
        server.Expects = "post";
        using var http = new HttpClient();
        var client = ClientFor(server, http, ApiClientAuthentication.ClientSecretBasic);

        var refused = await Assert.ThrowsAsync<ApiTokenException>(() => client.GetPoolAsync("p1"));

        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal("invalid_client", refused.Error);
        Assert.Empty(server.ApiCalls);
        Assert.DoesNotContain(TokenServer.ClientSecret, refused.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(TokenServer.ClientSecret, Credentials().ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_reads_the_client_id_and_secret_from_configuration_and_follows_redirects_and_retries_with_them()
    {
        await using var server = await TokenServer.StartAsync();
        var settings = new Dictionary<string, string?>
        {
            ["BaseAddress"] = server.BaseAddress.AbsoluteUri,
            ["OauthClientId"] = TokenServer.ClientId,
            ["OauthClientSecret"] = TokenServer.ClientSecret,
            ["OauthClientAuthentication"] = "client_secret_basic",
        };
        var options = new PoolsClientOptions();
        options.ReadFrom(key => settings.GetValueOrDefault(key));
        var client = PoolsClient.Create(options);

        var pool = await client.GetPoolAsync("p1");

        Assert.Equal("main", pool.Name);
        Assert.Single(server.TokenRequests);
        Assert.DoesNotContain(TokenServer.ClientSecret, options.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddClient_reads_the_client_id_from_configuration_and_the_secret_from_the_environment_and_its_clients_share_the_token()
    {
        await using var server = await TokenServer.StartAsync();
        const string variable = "PoolsAuthTest__OauthClientSecret";
        Environment.SetEnvironmentVariable(variable, TokenServer.ClientSecret);
        try
        {
            var configuration = new Microsoft.Extensions.Configuration.ConfigurationBuilder()
                .AddInMemoryCollection(new Dictionary<string, string?>
                {
                    ["PoolsAuthTest:BaseAddress"] = server.BaseAddress.AbsoluteUri,
                    ["PoolsAuthTest:OauthClientId"] = TokenServer.ClientId,
                })
                .AddEnvironmentVariables()
                .Build();
            var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection();
            services.AddPoolsClient(configuration.GetSection("PoolsAuthTest"));
            await using var provider = Microsoft.Extensions.DependencyInjection.ServiceCollectionContainerBuilderExtensions.BuildServiceProvider(services);

            var first = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<IPoolsClient>(provider);
            var second = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<IPoolsClient>(provider);
            await first.GetPoolAsync("p1");
            await second.GetPoolAsync("p2");

            Assert.NotSame(first, second);
            Assert.Single(server.TokenRequests);
            Assert.All(server.ApiCalls, call => Assert.Equal("Bearer tok-1", call.Header("Authorization")));
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }

    [Fact]
    public void Options_with_a_client_id_and_no_secret_are_invalid_without_naming_a_value()
    {
        var options = new PoolsClientOptions { Credentials = new PoolsClientCredentials { OauthClientId = "pools-app" } };

        var invalid = Assert.Throws<ArgumentException>(options.ThrowIfInvalid);

        Assert.Contains("OauthClientSecret", invalid.Message, StringComparison.Ordinal);
    }
}
