using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using SpecClient.Internal;
using SpecClient.Runtime.Tests.Infrastructure;

namespace SpecClient.Runtime.Tests.Http;

/// <summary>
/// One event of an event stream is bounded by <see cref="ApiClientOptions.MaxEventBytes"/>: a Kestrel server on 127.0.0.1
/// that sends a few events and then one that never ends (a line without a line break, or data lines without the blank
/// line) until the client goes away gets an <see cref="ApiEventTooLargeException"/> after the events before it; a long
/// stream of normal events and keep-alive comments, many times the limit in all, runs to its end.
/// </summary>
public sealed class EventSizeLimitTests
{
    private const int Limit = 64 * 1024;

    // A server that writes this much of one event gave up on the client: the test then fails on the missing exception.
    private const long ServerGivesUpAfter = 512L * 1024 * 1024;

    private static readonly byte[] Complete = Encoding.UTF8.GetBytes("data: {\"n\":1}\n\ndata: {\"n\":2}\n\ndata: {\"n\":3}\n\n");

    private static Task<ScriptedServer> Endless(byte[] start, byte[] repeated) => ScriptedServer.StartAsync(async (context, _) =>
    {
        context.Response.ContentType = ApiEventStream.MediaType;
        await context.Response.Body.WriteAsync(start, context.RequestAborted);
        try
        {
            for (long sent = 0; sent < ServerGivesUpAfter; sent += repeated.Length)
            {
                await context.Response.Body.WriteAsync(repeated, context.RequestAborted);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or System.IO.IOException or Microsoft.AspNetCore.Connections.ConnectionResetException)
        {
            // The client went away, as it should.
        }
    });

    private static async Task<(List<int> Events, Exception? Error)> ReadAsync(Uri baseAddress, int maxEventBytes = Limit)
    {
        TestOptions options = TestOptions.For(baseAddress);
        options.MaxEventBytes = maxEventBytes;
        using HttpClient http = ApiHttpClientFactory.Create(options);
        IAsyncEnumerable<TestEvent> events = ApiEventStream.ReadAsync(
            token =>
            {
                HttpRequestMessage request = ApiCalls.CreateRequest(HttpMethod.Get);
                request.RequestUri = new Uri(baseAddress, "events");
                return ApiHttp.SendAsync(http, request, "stream-op", token);
            },
            TestJsonContext.Default.TestEvent);
        var received = new List<int>();
        using var guard = new CancellationTokenSource(Calls.HangGuard);
        try
        {
            await foreach (TestEvent item in events.WithCancellation(guard.Token))
            {
                received.Add(item.N);
            }
        }
        catch (Exception ex)
        {
            return (received, ex);
        }

        return (received, null);
    }

    [Fact]
    public async Task A_data_line_that_never_ends_fails_with_the_limit_after_the_events_before_it()
    {
        await using ScriptedServer server = await Endless([.. Complete, .. "data: "u8.ToArray()], Encoding.ASCII.GetBytes(new string('x', 8192)));

        (List<int> events, Exception? error) = await ReadAsync(server.BaseAddress);

        Assert.Equal(new[] { 1, 2, 3 }, events);
        ApiEventTooLargeException tooLarge = Assert.IsType<ApiEventTooLargeException>(error);
        Assert.Equal(Limit, tooLarge.Limit);
        Assert.Equal("stream-op", tooLarge.OperationId);
        Assert.Contains("MaxEventBytes", tooLarge.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Data_lines_without_the_blank_line_that_ends_an_event_fail_with_the_limit()
    {
        await using ScriptedServer server = await Endless(Complete, Encoding.ASCII.GetBytes("data: " + new string('y', 100) + "\r\n"));

        (List<int> events, Exception? error) = await ReadAsync(server.BaseAddress);

        Assert.Equal(new[] { 1, 2, 3 }, events);
        Assert.Equal(Limit, Assert.IsType<ApiEventTooLargeException>(error).Limit);
    }

    [Fact]
    public async Task A_long_stream_of_normal_events_and_keep_alive_comments_runs_to_its_end()
    {
        // 40,000 events and 40,000 comment lines: more than 20 times the limit in all, no event near it.
        var body = new StringBuilder();
        for (var i = 0; i < 40_000; i++)
        {
            body.Append(": keep-alive\n");
            body.Append("event: tick\nid: ").Append(i).Append("\ndata: {\"n\":").Append(i).Append("}\n\n");
        }

        body.Append("data: [DONE]\n\n");
        byte[] bytes = Encoding.UTF8.GetBytes(body.ToString());
        Assert.True(bytes.Length > 20 * Limit);
        await using ScriptedServer server = await ScriptedServer.StartAsync((context, _) =>
        {
            context.Response.ContentType = ApiEventStream.MediaType;
            return context.Response.Body.WriteAsync(bytes, context.RequestAborted).AsTask();
        });

        (List<int> events, Exception? error) = await ReadAsync(server.BaseAddress);

        Assert.Null(error);
        Assert.Equal(40_000, events.Count);
        Assert.Equal(39_999, events[^1]);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    public async Task An_event_of_the_limit_passes_and_one_byte_more_fails(int extra, bool fails)
    {
        // "data: " + payload + "\n" is the event; the blank line after it ends it.
        string json = "{\"n\":7,\"pad\":\"" + new string('p', 2048 - 6 - 1 - 16 + extra) + "\"}";
        byte[] bytes = Encoding.UTF8.GetBytes("data: {\"n\":1}\n\ndata: " + json + "\n\ndata: [DONE]\n\n");
        Assert.Equal(2048 + extra, Encoding.UTF8.GetByteCount("data: " + json + "\n"));
        await using ScriptedServer server = await ScriptedServer.StartAsync((context, _) =>
        {
            context.Response.ContentType = ApiEventStream.MediaType;
            return context.Response.Body.WriteAsync(bytes, context.RequestAborted).AsTask();
        });

        (List<int> events, Exception? error) = await ReadAsync(server.BaseAddress, maxEventBytes: 2048);

        Assert.Equal(fails ? new[] { 1 } : new[] { 1, 7 }, events);
        Assert.Equal(fails, error is ApiEventTooLargeException);
        Assert.True(fails || error is null);
    }
}
