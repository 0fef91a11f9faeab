using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using SpecClient.Internal;
using SpecClient.Runtime.Tests.Infrastructure;

namespace SpecClient.Runtime.Tests.Http;

/// <summary>
/// Sequential JSON over real HTTP on 127.0.0.1: responses read with <see cref="ApiJsonSequence.ReadAsync{T}"/> the way a
/// generated <c>{Op}StreamAsync</c> calls it (JSON Lines, NDJSON, JSON text sequences), and request bodies written with
/// <see cref="ApiJsonSequence.Content{T}(IEnumerable{T}, JsonTypeInfo{T}, string)"/> and its asynchronous twin.
/// </summary>
public sealed class JsonSequenceTests
{
    private const string Rs = "\u001e";

    private static readonly JsonTypeInfo<Item> ItemInfo = (JsonTypeInfo<Item>)new JsonSerializerOptions
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    }.GetTypeInfo(typeof(Item));

    private static readonly Item[] Three = { new(1, "one"), new(2, "two"), new(3, "three") };

    public static TheoryData<string, string> Bodies => new()
    {
        // A blank line, a CRLF line end, whitespace-only lines and a last line with no line feed: three items.
        { ApiJsonSequence.JsonLines, "{\"index\":1,\"name\":\"one\"}\n\n{\"index\":2,\"name\":\"two\"}\r\n  \t\n{\"index\":3,\"name\":\"three\"}" },
        { ApiJsonSequence.NdJson, "{\"index\":1,\"name\":\"one\"}\n{\"index\":2,\"name\":\"two\"}\n\n{\"index\":3,\"name\":\"three\"}\n" },
        { ApiJsonSequence.JsonSeq, Rs + "{\"index\":1,\"name\":\"one\"}\n" + Rs + "{\"index\":2,\n\"name\":\"two\"}\n" + Rs + Rs + "{\"index\":3,\"name\":\"three\"}\n" },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task Items_of_each_format_arrive_in_order_and_blank_lines_are_not_items(string mediaType, string body)
    {
        await using ScriptedServer server = await ScriptedServer.StartAsync((context, _) => WriteAsync(context, mediaType + "; charset=utf-8", body));
        using HttpClient http = ApiHttpClientFactory.Create(TestOptions.For(server.BaseAddress));

        List<Item> items = await ToListAsync(ApiJsonSequence.ReadAsync(Send(http), ItemInfo));

        Assert.Equal(Three, items);
    }

    [Fact]
    public async Task Each_item_is_delivered_when_it_arrives_and_each_enumeration_sends_again()
    {
        var firstSeen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using ScriptedServer server = await ScriptedServer.StartAsync(async (context, number) =>
        {
            await SendFirstItemAsync(context);
            if (number == 1)
            {
                // The second item is only written once the client has the first: it cannot have waited for the whole body.
                await firstSeen.Task.WaitAsync(Calls.HangGuard);
            }

            await context.Response.WriteAsync("{\"index\":2,\"name\":\"two\"}\n", context.RequestAborted);
        });
        using HttpClient http = ApiHttpClientFactory.Create(TestOptions.For(server.BaseAddress));
        IAsyncEnumerable<Item> items = ApiJsonSequence.ReadAsync(Send(http), ItemInfo);
        Assert.Empty(server.Requests);

        var received = new List<Item>();
        await foreach (Item item in items)
        {
            received.Add(item);
            firstSeen.TrySetResult();
        }

        Assert.Equal(new[] { new Item(1, "one"), new Item(2, "two") }, received);
        Assert.Equal(2, (await ToListAsync(items)).Count);
        Assert.Equal(2, server.Requests.Count);
    }

    [Theory]
    [InlineData(ApiJsonSequence.JsonLines)]
    [InlineData(ApiJsonSequence.JsonSeq)]
    public async Task An_item_over_the_limit_is_ApiSequenceItemTooLargeException_after_the_items_before_it(string mediaType)
    {
        // Twenty items of about 300 bytes make a body far over the 1 KiB limit, which applies to each item, not the body.
        string small = "{\"index\":0,\"name\":\"" + new string('s', 280) + "\"}";
        string large = "{\"index\":99,\"name\":\"" + new string('l', 3000) + "\"}";
        string body = string.Concat(Enumerable.Repeat(Frame(mediaType, small), 20)) + Frame(mediaType, large) + Frame(mediaType, small);
        await using ScriptedServer server = await ScriptedServer.StartAsync((context, _) => WriteAsync(context, mediaType, body));
        using HttpClient http = Limited(server, 1024);

        (List<Item> received, ApiSequenceItemTooLargeException ex) = await ReadUntilAsync<ApiSequenceItemTooLargeException, Item>(ApiJsonSequence.ReadAsync(Send(http), ItemInfo));

        Assert.Equal(20, received.Count);
        Assert.Equal(1024, ex.Limit);
        Assert.Equal(21, ex.ItemNumber);
        Assert.Equal(mediaType, ex.MediaType);
        Assert.Equal(200, ex.StatusCode);
        Assert.IsAssignableFrom<ApiResponseTooLargeException>(ex);
        Assert.Contains("item 21", ex.Message, StringComparison.Ordinal);
        Assert.Contains("1024 bytes (ApiClientOptions.MaxResponseBodyBytes)", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("lll", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_item_at_the_limit_is_read()
    {
        string item = "{\"index\":7,\"name\":\"" + new string('x', 1024 - 21) + "\"}";
        Assert.Equal(1024, item.Length);
        await using ScriptedServer server = await ScriptedServer.StartAsync((context, _) => WriteAsync(context, ApiJsonSequence.JsonLines, item + "\n" + item));
        using HttpClient http = Limited(server, 1024);

        List<Item> items = await ToListAsync(ApiJsonSequence.ReadAsync(Send(http), ItemInfo));

        Assert.Equal(2, items.Count);
        Assert.Equal(1024 - 21, items[1].Name.Length);
    }

    [Theory]
    [InlineData(ApiJsonSequence.NdJson)]
    [InlineData(ApiJsonSequence.JsonSeq)]
    public async Task A_bad_item_is_ApiSequenceItemFormatException_naming_its_number_not_its_text(string mediaType)
    {
        string body = Frame(mediaType, "{\"index\":1,\"name\":\"one\"}") + "\n" + Frame(mediaType, "{\"index\":\"s3cr3t-token-value\",\"name\":\"two\"}")
            + Frame(mediaType, "{\"index\":3,\"name\":\"three\"}");
        await using ScriptedServer server = await ScriptedServer.StartAsync((context, _) => WriteAsync(context, mediaType, body));
        using HttpClient http = ApiHttpClientFactory.Create(TestOptions.For(server.BaseAddress));

        (List<Item> received, ApiSequenceItemFormatException ex) = await ReadUntilAsync<ApiSequenceItemFormatException, Item>(ApiJsonSequence.ReadAsync(Send(http), ItemInfo));

        Assert.Equal(new[] { new Item(1, "one") }, received);
        Assert.Equal(2, ex.ItemNumber);
        Assert.Equal("$.index", ex.JsonPath);
        Assert.Equal(Calls.OperationId, ex.OperationId);
        Assert.IsAssignableFrom<ApiResponseFormatException>(ex);
        Assert.IsType<JsonException>(ex.InnerException);
        Assert.Null(ex.ResponseBody);
        Assert.Contains("item 2 of the " + mediaType + " sequence", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cr3t", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_json_seq_number_with_no_line_feed_after_it_is_taken_as_truncated()
    {
        var intInfo = (JsonTypeInfo<int>)ItemInfo.Options.GetTypeInfo(typeof(int));
        await using ScriptedServer server = await ScriptedServer.StartAsync((context, _) => WriteAsync(context, ApiJsonSequence.JsonSeq, Rs + "1\n" + Rs + "-2 \n" + Rs + "34"));
        using HttpClient http = ApiHttpClientFactory.Create(TestOptions.For(server.BaseAddress));

        (List<int> received, ApiSequenceItemFormatException ex) = await ReadUntilAsync<ApiSequenceItemFormatException, int>(ApiJsonSequence.ReadAsync(Send(http), intInfo));

        Assert.Equal(new[] { 1, -2 }, received);
        Assert.Equal(3, ex.ItemNumber);
    }

    [Fact]
    public async Task A_JSON_null_item_for_a_non_nullable_type_is_a_format_exception()
    {
        await using ScriptedServer server = await ScriptedServer.StartAsync((context, _) => WriteAsync(context, ApiJsonSequence.JsonLines, "null\n"));
        using HttpClient http = ApiHttpClientFactory.Create(TestOptions.For(server.BaseAddress));

        ApiSequenceItemFormatException ex = await Assert.ThrowsAsync<ApiSequenceItemFormatException>(() => ToListAsync(ApiJsonSequence.ReadAsync(Send(http), ItemInfo)));

        Assert.Equal(1, ex.ItemNumber);
    }

    [Fact]
    public async Task Cancelling_mid_stream_is_a_cancellation_and_closes_the_connection()
    {
        var abandoned = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using ScriptedServer server = await ScriptedServer.StartAsync(async (context, _) =>
        {
            await SendFirstItemAsync(context);
            try
            {
                await Task.Delay(Timeout.Infinite, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                abandoned.TrySetResult();
            }
        });
        using HttpClient http = ApiHttpClientFactory.Create(TestOptions.For(server.BaseAddress));
        using var cts = new CancellationTokenSource();
        var received = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (Item item in ApiJsonSequence.ReadAsync(Send(http), ItemInfo).WithCancellation(cts.Token))
            {
                received++;
                cts.CancelAfter(TimeSpan.FromMilliseconds(100));
            }
        }).WaitAsync(Calls.HangGuard);

        Assert.Equal(1, received);
        await abandoned.Task.WaitAsync(Calls.HangGuard);
    }

    [Fact]
    public async Task A_sequence_that_stalls_is_a_StreamRead_timeout_after_the_items_before_it()
    {
        await using ScriptedServer server = await ScriptedServer.StartAsync((context, _) => ScriptedServer.StallAfter(context, ApiJsonSequence.NdJson, "{\"index\":1,\"name\":\"one\"}\n"));
        TestOptions options = TestOptions.For(server.BaseAddress);
        options.AttemptTimeout = TimeSpan.FromSeconds(1);
        options.MaxRetryAttempts = 0;
        using HttpClient http = ApiHttpClientFactory.Create(options);
        await server.WarmUpAsync(http);

        (List<Item> received, ApiTimeoutException ex) = await ReadUntilAsync<ApiTimeoutException, Item>(ApiJsonSequence.ReadAsync(Send(http), ItemInfo)).WaitAsync(Calls.HangGuard);

        Assert.Equal(new[] { new Item(1, "one") }, received);
        Assert.Equal(ApiTimeoutKind.StreamRead, ex.Kind);
    }

    [Fact]
    public async Task A_connection_cut_mid_item_is_ApiConnectionException_after_the_items_before_it()
    {
        await using ScriptedServer server = await ScriptedServer.StartAsync((context, _) =>
            ScriptedServer.BreakAfter(context, ApiJsonSequence.JsonSeq, Rs + "{\"index\":1,\"name\":\"one\"}\n" + Rs + "{\"index\":2,", 1000));
        using HttpClient http = ApiHttpClientFactory.Create(TestOptions.For(server.BaseAddress));

        (List<Item> received, ApiConnectionException _) = await ReadUntilAsync<ApiConnectionException, Item>(ApiJsonSequence.ReadAsync(Send(http), ItemInfo)).WaitAsync(Calls.HangGuard);

        Assert.Equal(new[] { new Item(1, "one") }, received);
    }

    [Fact]
    public async Task An_error_status_is_the_usual_typed_exception()
    {
        await using ScriptedServer server = await ScriptedServer.StartAsync((context, _) =>
        {
            context.Response.StatusCode = 404;
            return WriteAsync(context, "application/json", "{\"detail\":\"no such feed\"}");
        });
        using HttpClient http = ApiHttpClientFactory.Create(TestOptions.For(server.BaseAddress));

        ApiNotFoundException ex = await Assert.ThrowsAsync<ApiNotFoundException>(() => ToListAsync(ApiJsonSequence.ReadAsync(Send(http), ItemInfo)));

        Assert.Equal(404, ex.StatusCode);
        Assert.Equal(Calls.OperationId, ex.OperationId);
    }

    [Fact]
    public async Task A_success_that_is_not_a_sequence_is_a_format_exception()
    {
        await using ScriptedServer server = await ScriptedServer.StartAsync((context, _) => WriteAsync(context, "application/json", "[{\"index\":1,\"name\":\"one\"}]"));
        using HttpClient http = ApiHttpClientFactory.Create(TestOptions.For(server.BaseAddress));

        ApiResponseFormatException ex = await Assert.ThrowsAsync<ApiResponseFormatException>(() => ToListAsync(ApiJsonSequence.ReadAsync(Send(http), ItemInfo)));

        Assert.IsNotType<ApiSequenceItemFormatException>(ex);
        Assert.Contains("'application/json'", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ApiJsonSequence.JsonLines)]
    [InlineData(ApiJsonSequence.NdJson)]
    [InlineData(ApiJsonSequence.JsonSeq)]
    public async Task A_request_body_of_items_round_trips_through_the_server(string mediaType)
    {
        // The server answers with the body it was sent, under the same content type.
        var bodies = new System.Collections.Concurrent.ConcurrentQueue<byte[]>();
        await using ScriptedServer server = await ScriptedServer.StartAsync(
            async (context, _) =>
            {
                using var body = new MemoryStream();
                await context.Request.Body.CopyToAsync(body, context.RequestAborted);
                bodies.Enqueue(body.ToArray());
                await WriteAsync(context, context.Request.ContentType!, Encoding.UTF8.GetString(body.ToArray()));
            },
            readBody: false);
        using HttpClient http = ApiHttpClientFactory.Create(TestOptions.For(server.BaseAddress));

        List<Item> fromList = await ToListAsync(ApiJsonSequence.ReadAsync(Send(http, () => ApiJsonSequence.Content(Three.ToList(), ItemInfo, mediaType)), ItemInfo));
        List<Item> fromAsync = await ToListAsync(ApiJsonSequence.ReadAsync(Send(http, () => ApiJsonSequence.Content(ProduceAsync(Three), ItemInfo, mediaType)), ItemInfo));

        Assert.Equal(Three, fromList);
        Assert.Equal(Three, fromAsync);
        byte[][] sent = bodies.ToArray();
        string expected = string.Concat(Three.Select(i => (mediaType == ApiJsonSequence.JsonSeq ? Rs : string.Empty) + JsonSerializer.Serialize(i, ItemInfo) + "\n"));
        Assert.Equal(expected, Encoding.UTF8.GetString(sent[0]));
        Assert.Equal(expected, Encoding.UTF8.GetString(sent[1]));
        Assert.Equal(mediaType, server.Requests[0].Headers["Content-Type"]);
        Assert.Equal("chunked", server.Requests[1].Headers["Transfer-Encoding"]);
        Assert.False(server.Requests[1].Headers.ContainsKey("Content-Length"));
    }

    [Fact]
    public async Task An_asynchronous_request_body_is_sent_as_it_is_produced()
    {
        // The producer waits for the server to have read the first item before it yields the second: a writer that
        // buffered the sequence would never send anything, and the call would hang until the guard.
        var firstRead = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using ScriptedServer server = await ScriptedServer.StartAsync(
            async (context, _) =>
            {
                using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
                string first = (await reader.ReadLineAsync(context.RequestAborted))!;
                firstRead.TrySetResult();
                string rest = await reader.ReadToEndAsync(context.RequestAborted);
                await WriteAsync(context, ApiJsonSequence.JsonLines, first + "\n" + rest);
            },
            readBody: false);
        using HttpClient http = ApiHttpClientFactory.Create(TestOptions.For(server.BaseAddress));

        async IAsyncEnumerable<Item> Produce([EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            yield return new Item(1, "one");
            await firstRead.Task.WaitAsync(cancellationToken);
            yield return new Item(2, "two");
        }

        List<Item> echoed = await ToListAsync(ApiJsonSequence.ReadAsync(Send(http, () => ApiJsonSequence.Content(Produce(), ItemInfo, ApiJsonSequence.JsonLines)), ItemInfo))
            .WaitAsync(Calls.HangGuard);

        Assert.Equal(new[] { new Item(1, "one"), new Item(2, "two") }, echoed);
    }

    [Fact]
    public void Only_a_materialized_request_sequence_can_be_sent_again()
    {
        Assert.True(ContentReplay.CanReplay(ApiJsonSequence.Content(Three, ItemInfo, ApiJsonSequence.JsonLines)));
        Assert.True(ContentReplay.CanReplay(ApiJsonSequence.Content(Three.ToList(), ItemInfo, ApiJsonSequence.JsonLines)));
        Assert.False(ContentReplay.CanReplay(ApiJsonSequence.Content(Three.Select(i => i), ItemInfo, ApiJsonSequence.JsonLines)));
        Assert.False(ContentReplay.CanReplay(ApiJsonSequence.Content(ProduceAsync(Three), ItemInfo, ApiJsonSequence.JsonLines)));
    }

    private static string Frame(string mediaType, string json) => mediaType == ApiJsonSequence.JsonSeq ? Rs + json + "\n" : json + "\n";

    private static HttpClient Limited(ScriptedServer server, int maxBytes)
    {
        TestOptions options = TestOptions.For(server.BaseAddress);
        options.MaxResponseBodyBytes = maxBytes;
        return ApiHttpClientFactory.Create(options);
    }

    // The headers and item 1 of a JSON Lines body, on the wire now; the rest is the test's.
    private static async Task SendFirstItemAsync(HttpContext context)
    {
        context.Response.ContentType = ApiJsonSequence.JsonLines;
        await context.Response.WriteAsync("{\"index\":1,\"name\":\"one\"}\n", context.RequestAborted);
        await context.Response.Body.FlushAsync(context.RequestAborted);
    }

    private static async Task WriteAsync(HttpContext context, string contentType, string body)
    {
        context.Response.ContentType = contentType;
        await context.Response.WriteAsync(body, context.RequestAborted);
    }

    /// <summary>The send lambda a generated stream method hands the reader: build, send, map an error status.</summary>
    private static Func<CancellationToken, Task<HttpResponseMessage>> Send(HttpClient http, Func<HttpContent>? content = null)
        => async cancellationToken =>
        {
            using HttpRequestMessage request = ApiCalls.CreateRequest(content is null ? HttpMethod.Get : HttpMethod.Post);
            request.RequestUri = ApiUri.Create(http.BaseAddress, null, "/items");
            request.Content = content?.Invoke();
            CallRequest.SetOperationId(request, Calls.OperationId);
            HttpResponseMessage response = await ApiHttp.SendAsync(http, request, Calls.OperationId, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                try
                {
                    throw await ApiHttp.CreateExceptionAsync(response, Calls.OperationId, null, cancellationToken);
                }
                finally
                {
                    response.Dispose();
                }
            }

            return response;
        };

    private static async IAsyncEnumerable<Item> ProduceAsync(IEnumerable<Item> items)
    {
        foreach (Item item in items)
        {
            await Task.Yield();
            yield return item;
        }
    }

    /// <summary>The items delivered before the enumeration failed, and the exception it failed with.</summary>
    private static async Task<(List<T> Received, TException Error)> ReadUntilAsync<TException, T>(IAsyncEnumerable<T> items)
        where TException : Exception
    {
        var received = new List<T>();
        TException error = await Assert.ThrowsAsync<TException>(async () =>
        {
            await foreach (T item in items)
            {
                received.Add(item);
            }
        });
        return (received, error);
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (T item in items)
        {
            list.Add(item);
        }

        return list;
    }

    private sealed record Item(int Index, string Name);
}
