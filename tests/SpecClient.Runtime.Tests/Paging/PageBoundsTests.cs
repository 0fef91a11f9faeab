using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using SpecClient.Internal;
using SpecClient.Runtime.Tests.Infrastructure;

namespace SpecClient.Runtime.Tests.Paging;

/// <summary>
/// A walk keeps the client's query-string key on every page of its origin, stops at <see cref="ApiClientOptions.MaxPages"/>
/// (or the call's <see cref="ApiRequestOptions.MaxPages"/>) when the server never stops naming a next page, and sends the
/// idempotency key with the first page only. Pages come from a Kestrel server on 127.0.0.1 through the client's
/// <see cref="ApiResilienceHandler"/>, requested as a generated <c>{Operation}WithResponseAsync</c> requests them.
/// </summary>
public sealed class PageBoundsTests
{
    private const string Key = "qk_77d1e0";

    /// <summary>Every page holds one item and names a fresh next page, forever.</summary>
    private static Task<ScriptedServer> Endless(bool links) => ScriptedServer.StartAsync((context, number) =>
    {
        context.Response.ContentType = "application/json";
        string next = links ? $"/items?page={number + 1}" : $"c{number}";
        return context.Response.WriteAsync($$"""{"data":["item{{number}}"],"next":"{{next}}"}""");
    });

    private static Func<string?, ApiRequestOptions?, CancellationToken, Task<ApiResponse<TestPage>>> Fetch(HttpClient http) =>
        (cursor, options, token) => FetchAsync(http, cursor, options, token);

    private static async Task<ApiResponse<TestPage>> FetchAsync(HttpClient http, string? cursor, ApiRequestOptions? options, CancellationToken token)
    {
        using HttpRequestMessage request = ApiCalls.CreateRequest(HttpMethod.Get);
        var query = new ApiQueryBuilder();
        query.Add("cursor", cursor);
        query.Add("api_key", Key);   // a query-string API key, as the generated security code adds it
        request.RequestUri = ApiUri.Create(http.BaseAddress, null, "/items" + query.ToString());
        using HttpResponseMessage response = await ApiCalls.SendAsync(http, request, "listItems", options, token);
        return new ApiResponse<TestPage>(response, await ApiHttp.ReadJsonAsync(response, TestJsonContext.Default.TestPage, "listItems", token));
    }

    private static async Task<(List<string> Items, Exception? Error)> WalkAsync(IAsyncEnumerable<string> items)
    {
        var list = new List<string>();
        try
        {
            await foreach (string item in items)
            {
                list.Add(item);
            }
        }
        catch (Exception ex)
        {
            return (list, ex);
        }

        return (list, null);
    }

    private static HttpClient Client(Uri baseAddress, int? maxPages = null)
    {
        TestOptions options = TestOptions.For(baseAddress);
        options.MaxPages = maxPages ?? options.MaxPages;
        return ApiHttpClientFactory.Create(options);
    }

    [Fact]
    public async Task Fresh_cursors_forever_stop_at_the_clients_MaxPages_after_every_item_before()
    {
        await using ScriptedServer server = await Endless(links: false);
        using HttpClient http = Client(server.BaseAddress, maxPages: 25);

        (List<string> items, Exception? error) = await WalkAsync(ApiPager.ByCursorAsync<TestPage, string>(
            "listItems", Fetch(http), page => page.Data, page => page.Next, null, null, null));

        ApiPageLimitException limit = Assert.IsType<ApiPageLimitException>(error);
        Assert.Equal(25, limit.MaxPages);
        Assert.Equal(Enumerable.Range(1, 25).Select(i => "item" + i), items);
        Assert.Equal(25, server.Requests.Count);
    }

    [Fact]
    public async Task Fresh_links_forever_stop_at_the_calls_MaxPages_and_keep_the_query_key_on_every_page()
    {
        await using ScriptedServer server = await Endless(links: true);
        using HttpClient http = Client(server.BaseAddress);

        (List<string> items, Exception? error) = await WalkAsync(ApiPager.ByNextLinkAsync<TestPage, string>(
            "listItems", http.BaseAddress, null, (options, token) => FetchAsync(http, null, options, token), page => page.Data, page => page.Next,
            new ApiRequestOptions { MaxPages = 12 }));

        Assert.Equal(12, Assert.IsType<ApiPageLimitException>(error).MaxPages);
        Assert.Equal(12, items.Count);
        Assert.Equal("/items?api_key=" + Key, server.Requests[0].Target);
        Assert.All(server.Requests.Skip(1), (seen, i) => Assert.Equal($"/items?page={i + 2}&api_key={Key}", seen.Target));
    }

    [Fact]
    public async Task The_default_limit_is_1000_pages()
    {
        await using ScriptedServer server = await Endless(links: false);
        using HttpClient http = Client(server.BaseAddress);

        (List<string> items, Exception? error) = await WalkAsync(ApiPager.ByCursorAsync<TestPage, string>(
            "listItems", Fetch(http), page => page.Data, page => page.Next, null, null, null));

        Assert.Equal(1000, Assert.IsType<ApiPageLimitException>(error).MaxPages);
        Assert.Equal(1000, items.Count);
    }

    [Fact]
    public async Task The_idempotency_key_goes_with_the_first_page_only()
    {
        await using ScriptedServer server = await Endless(links: false);
        using HttpClient http = Client(server.BaseAddress);

        await WalkAsync(ApiPager.ByCursorAsync<TestPage, string>(
            "listItems", Fetch(http), page => page.Data, page => page.Next, null, null, new ApiRequestOptions { IdempotencyKey = "idem-1", MaxPages = 3 }));

        Assert.Equal(3, server.Requests.Count);
        Assert.Equal("idem-1", server.Requests[0].Headers["Idempotency-Key"]);
        Assert.All(server.Requests.Skip(1), seen => Assert.False(seen.Headers.ContainsKey("Idempotency-Key")));
        Assert.All(server.Requests, seen => Assert.Contains("api_key=" + Key, seen.Target, StringComparison.Ordinal));
    }

    [Fact]
    public async Task MaxPages_of_a_call_outside_1_to_a_million_is_refused_before_sending()
    {
        var options = new ApiRequestOptions { MaxPages = 0 };
        using var http = new HttpClient();
        using HttpRequestMessage request = ApiCalls.CreateRequest(HttpMethod.Get);
        request.RequestUri = new Uri("http://127.0.0.1:9/never");

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => ApiCalls.SendAsync(http, request, "listItems", options, CancellationToken.None));
    }
}
