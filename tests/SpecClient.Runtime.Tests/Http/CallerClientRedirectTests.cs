using System;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using SpecClient.Internal;
using SpecClient.Runtime.Tests.Infrastructure;

namespace SpecClient.Runtime.Tests.Http;

/// <summary>
/// Credentials a client applies never reach another origin, also when the client sends through an <see cref="HttpClient"/>
/// of the caller's whose handler follows redirects (<c>new {Client}(httpClient, credentials)</c>), and headers added per
/// call or by a hook count as credentials. Two Kestrel servers on 127.0.0.1, on different ports: the first answers 302
/// to the second.
/// </summary>
public sealed class CallerClientRedirectTests
{
    private const string Key = "key_5e2c81f0aa";

    private static Task<ScriptedServer> Landing() => ScriptedServer.StartAsync((context, _) =>
    {
        context.Response.ContentType = "text/plain";
        return context.Response.WriteAsync("landed");
    });

    private static Task<ScriptedServer> RedirectingTo(Func<Uri> target) => ScriptedServer.StartAsync((context, _) =>
    {
        context.Response.StatusCode = 302;
        context.Response.Headers.Location = target().AbsoluteUri;
        return Task.CompletedTask;
    });

    /// <summary>Sends one request the way generated code does: credentials applied, then the per-call options.</summary>
    private static async Task<string> CallAsync(HttpClient http, string kind)
    {
        using HttpRequestMessage request = ApiCalls.CreateRequest(HttpMethod.Get);
        var query = new ApiQueryBuilder();
        ApiHeaders.Add(request, "X-Trace", "t-1");
        switch (kind)
        {
            case "api key header": ApiSecurity.ApplyApiKeyHeader(request, "X-Api-Key", Key); break;
            case "query key": query.Add("api_key", Key); break;
            case "bearer": ApiSecurity.ApplyHttpToken(request, "Bearer", Key); break;
            case "basic": ApiSecurity.ApplyBasic(request, new BasicCredentials("user", Key)); break;
            case "cookie": ApiSecurity.ApplyApiKeyCookie(request, "session", Key); break;
            case "hook header": request.Headers.TryAddWithoutValidation("X-Partner-Auth", Key); break; // as OnPreparingRequest would
        }

        request.RequestUri = ApiUri.Create(http.BaseAddress, null, "/probe" + query.ToString());
        ApiRequestOptions? options = kind == "per-call header" ? new ApiRequestOptions { Headers = { ["X-Partner-Auth"] = Key } } : null;
        using HttpResponseMessage response = await ApiCalls.SendAsync(http, request, "probe-op", options, CancellationToken.None);
        return response.IsSuccessStatusCode ? await ApiHttp.ReadTextAsync(response, CancellationToken.None) : throw await ApiHttp.CreateExceptionAsync(response, "probe-op", null, CancellationToken.None);
    }

    private static readonly string BasicKey = Convert.ToBase64String(Encoding.UTF8.GetBytes("user:" + Key));

    // What the server saw that a key could travel in: the target (query) and every header.
    private static string Carried(SeenRequest seen) => seen.Target + "\n" + string.Join("\n", seen.Headers.Select(h => h.Key + ": " + h.Value));

    private static void AssertNoKey(SeenRequest seen)
    {
        Assert.DoesNotContain(Key, Carried(seen), StringComparison.Ordinal);
        Assert.DoesNotContain(BasicKey, Carried(seen), StringComparison.Ordinal);
    }

    private static void AssertKeySent(SeenRequest seen)
        => Assert.True(Carried(seen).Contains(Key, StringComparison.Ordinal) || Carried(seen).Contains(BasicKey, StringComparison.Ordinal));

    [Theory]
    [InlineData("api key header")]
    [InlineData("query key")]
    [InlineData("bearer")]
    [InlineData("basic")]
    [InlineData("cookie")]
    [InlineData("per-call header")]
    [InlineData("hook header")]
    public async Task A_callers_HttpClient_that_follows_redirects_carries_no_credential_to_another_origin(string kind)
    {
        await using ScriptedServer other = await Landing();
        await using ScriptedServer origin = await RedirectingTo(() => new Uri(other.BaseAddress, "landing"));
        using var http = new HttpClient { BaseAddress = origin.BaseAddress };   // HttpClientHandler: AllowAutoRedirect = true

        Assert.Equal("landed", await CallAsync(http, kind));

        AssertKeySent(Assert.Single(origin.Requests));
        SeenRequest landed = Assert.Single(other.Requests);
        Assert.Equal("/landing", landed.Target);
        AssertNoKey(landed);
        Assert.Equal("t-1", landed.Headers["X-Trace"]);   // the operation's own header parameter goes on
    }

    [Theory]
    [InlineData("per-call header")]
    [InlineData("hook header")]
    public async Task Per_call_and_hook_headers_stay_on_their_origin_through_Create_too(string kind)
    {
        await using ScriptedServer other = await Landing();
        await using ScriptedServer origin = await RedirectingTo(() => new Uri(other.BaseAddress, "landing"));
        using HttpClient http = ApiHttpClientFactory.Create(TestOptions.For(origin.BaseAddress));

        Assert.Equal("landed", await CallAsync(http, kind));

        AssertKeySent(Assert.Single(origin.Requests));
        AssertNoKey(Assert.Single(other.Requests));
    }

    [Fact]
    public async Task A_handler_that_follows_redirects_and_has_sent_already_refuses_a_call_with_credentials()
    {
        await using ScriptedServer other = await Landing();
        await using ScriptedServer origin = await RedirectingTo(() => new Uri(other.BaseAddress, "landing"));
        using var http = new HttpClient { BaseAddress = origin.BaseAddress };
        (await http.GetAsync(new Uri(other.BaseAddress, "warm"))).Dispose();   // the handler has sent: it can no longer be switched

        InvalidOperationException refused = await Assert.ThrowsAsync<InvalidOperationException>(() => CallAsync(http, "api key header"));

        Assert.Contains("AllowAutoRedirect", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, refused.Message, StringComparison.Ordinal);
        Assert.Empty(origin.Requests);
        Assert.Single(other.Requests);   // the warm-up only
    }
}
