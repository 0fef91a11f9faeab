using System;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using SpecClient.Runtime.Tests.Infrastructure;

namespace SpecClient.Runtime.Tests.Http;

/// <summary>Redirects are followed, but credentials never go to another origin.</summary>
public sealed class RedirectTests
{
    private const string Key = "key_3b1f9d2c";
    private const string Token = "tok_9a8b7c6d";

    private static Task<ScriptedServer> Landing() => ScriptedServer.StartAsync((context, _) =>
    {
        context.Response.ContentType = "text/plain";
        return context.Response.WriteAsync("landed");
    });

    private static Task<ScriptedServer> RedirectingTo(Func<Uri> target, int status = 302) => ScriptedServer.StartAsync((context, number) =>
    {
        if (number > 1 || context.Request.Path == "/landing")
        {
            context.Response.ContentType = "text/plain";
            return context.Response.WriteAsync("landed");
        }

        context.Response.StatusCode = status;
        context.Response.Headers.Location = target().AbsoluteUri;
        return System.Threading.Tasks.Task.CompletedTask;
    });

    private static void AddCredentials(HttpRequestMessage request)
    {
        ApiSecurity.ApplyApiKeyHeader(request, "X-Api-Key", Key);
        ApiSecurity.ApplyApiKeyCookie(request, "session", Key);
        ApiSecurity.ApplyHttpToken(request, "Bearer", Token);
        ApiHeaders.Add(request, "X-Trace", "t-1");
    }

    [Fact]
    public async Task A_redirect_to_another_origin_carries_no_API_key_cookie_or_Authorization()
    {
        await using ScriptedServer other = await Landing();
        await using ScriptedServer origin = await RedirectingTo(() => new Uri(other.BaseAddress, "landing"));
        using HttpClient http = ApiHttpClientFactory.Create(TestOptions.For(origin.BaseAddress));

        string text = await Calls.SendAsync(http, ApiHttp.ReadTextAsync, prepare: AddCredentials);

        Assert.Equal("landed", text);
        SeenRequest landed = Assert.Single(other.Requests);
        Assert.Equal("/landing", landed.Target);
        Assert.False(landed.Headers.ContainsKey("X-Api-Key"));
        Assert.False(landed.Headers.ContainsKey("Cookie"));
        Assert.False(landed.Headers.ContainsKey("Authorization"));
        Assert.Equal("t-1", landed.Headers["X-Trace"]);
        Assert.Equal(Key, Assert.Single(origin.Requests).Headers["X-Api-Key"]);
    }

    [Fact]
    public async Task A_redirect_within_the_origin_keeps_the_credentials()
    {
        ScriptedServer? self = null;
        await using ScriptedServer origin = self = await RedirectingTo(() => new Uri(self!.BaseAddress, "landing"));
        using HttpClient http = ApiHttpClientFactory.Create(TestOptions.For(origin.BaseAddress));

        await Calls.SendAsync(http, ApiHttp.ReadTextAsync, prepare: AddCredentials);

        Assert.Equal(2, origin.Requests.Count);
        SeenRequest landed = origin.Requests[1];
        Assert.Equal(Key, landed.Headers["X-Api-Key"]);
        Assert.Equal("Bearer " + Token, landed.Headers["Authorization"]);
        Assert.Contains("session=" + Key, landed.Headers["Cookie"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_user_supplied_primary_handler_gets_the_same_protection()
    {
        await using ScriptedServer other = await Landing();
        await using ScriptedServer origin = await RedirectingTo(() => new Uri(other.BaseAddress, "landing"));
        using HttpClient http = ApiHttpClientFactory.Create(TestOptions.For(origin.BaseAddress), primaryHandler: new HttpClientHandler());

        await Calls.SendAsync(http, ApiHttp.ReadTextAsync, prepare: AddCredentials);

        SeenRequest landed = Assert.Single(other.Requests);
        Assert.False(landed.Headers.ContainsKey("X-Api-Key"));
        Assert.False(landed.Headers.ContainsKey("Authorization"));
    }

    [Fact]
    public async Task A_303_after_a_POST_continues_as_a_GET_without_the_body()
    {
        ScriptedServer? self = null;
        await using ScriptedServer origin = self = await RedirectingTo(() => new Uri(self!.BaseAddress, "landing"), status: 303);
        using HttpClient http = ApiHttpClientFactory.Create(TestOptions.For(origin.BaseAddress));

        await Calls.SendAsync(http, ApiHttp.ReadTextAsync, HttpMethod.Post, content: new StringContent("{\"a\":1}"));

        Assert.Equal(new[] { "POST", "GET" }, new[] { origin.Requests[0].Method, origin.Requests[1].Method });
        Assert.Empty(origin.Requests[1].Body);
    }

    [Fact]
    public async Task A_307_with_a_body_that_cannot_be_sent_again_is_returned_not_followed()
    {
        ScriptedServer? self = null;
        await using ScriptedServer origin = self = await RedirectingTo(() => new Uri(self!.BaseAddress, "landing"), status: 307);
        TestOptions options = TestOptions.For(origin.BaseAddress);
        options.MaxRetryAttempts = 0;
        using HttpClient http = ApiHttpClientFactory.Create(options);
        using var body = new System.IO.BufferedStream(new System.IO.MemoryStream(new byte[] { 1, 2, 3 }), 1);

        ApiException ex = await Assert.ThrowsAsync<ApiException>(() =>
            Calls.SendAsync(http, ApiHttp.ReadTextAsync, HttpMethod.Put, content: new StreamContent(body)));

        Assert.Equal(307, ex.StatusCode);
        Assert.Single(origin.Requests);
    }

    [Fact]
    public async Task Redirects_stop_after_ten_hops_with_the_last_3xx()
    {
        ScriptedServer? self = null;
        await using ScriptedServer loop = self = await ScriptedServer.StartAsync((context, number) =>
        {
            context.Response.StatusCode = 302;
            context.Response.Headers.Location = new Uri(self!.BaseAddress, "hop" + number).AbsoluteUri;
            return Task.CompletedTask;
        });
        using HttpClient http = ApiHttpClientFactory.Create(TestOptions.For(loop.BaseAddress));

        ApiException ex = await Assert.ThrowsAsync<ApiException>(() => Calls.SendAsync(http, ApiHttp.ReadTextAsync));

        Assert.Equal(302, ex.StatusCode);
        Assert.Equal(11, loop.Requests.Count);
    }
}
