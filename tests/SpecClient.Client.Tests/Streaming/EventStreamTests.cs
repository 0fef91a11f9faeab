using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Streams.Api;

namespace SpecClient.Client.Tests.Streaming;

/// <summary>
/// <c>{Operation}StreamAsync</c> over real server-sent event streams from Kestrel on 127.0.0.1: events arrive one at a
/// time, <c>[DONE]</c> ends the stream, an abandoned or cancelled enumeration closes the connection, a cut or malformed
/// stream fails with a typed exception after the events before it.
/// </summary>
public sealed class EventStreamTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private LoopbackServer _server = null!;

    public async Task InitializeAsync() => _server = await LoopbackServer.StartAsync();

    public Task DisposeAsync() => _server.DisposeAsync().AsTask();

    private StreamsClient Client() => new(_server.Http);

    private static Task StartEventsAsync(HttpContext context)
    {
        context.Response.ContentType = "text/event-stream";
        return context.Response.Body.FlushAsync(context.RequestAborted);
    }

    [Fact]
    public async Task Events_arrive_one_at_a_time_and_DONE_ends_the_stream()
    {
        var firstSeen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _server.Handle = async context =>
        {
            await StartEventsAsync(context);
            await LoopbackServer.WriteEventAsync(context, """{"index":1,"delta":"Hel"}""");

            // The second event is written only after the client has the first: nothing waits for the whole body.
            await firstSeen.Task.WaitAsync(Patience);
            await LoopbackServer.WriteEventAsync(context, """{"index":2,"delta":"lo"}""");
            await LoopbackServer.WriteEventAsync(context, "[DONE]");
            await LoopbackServer.WriteEventAsync(context, """{"index":3,"delta":"after the end"}""");
        };

        var chunks = new List<ChatChunk>();
        await foreach (var chunk in Client().CreateChatStreamAsync(new ChatRequest { Prompt = "hi" }))
        {
            chunks.Add(chunk);
            firstSeen.TrySetResult();
        }

        Assert.Equal([1, 2], chunks.ConvertAll(c => c.Index));
        Assert.Equal("Hello", string.Concat(chunks.ConvertAll(c => c.Delta)));
        var request = Assert.Single(_server.Requests);
        Assert.Equal("text/event-stream", request.Accept);
        Assert.Contains("\"stream\":true", request.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_JSON_method_of_the_same_operation_still_answers_one_object()
    {
        _server.Handle = async context =>
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("""{"text":"Hello"}""");
        };

        ChatReply reply = await Client().CreateChatAsync(new ChatRequest { Prompt = "hi" });

        Assert.Equal("Hello", reply.Text);
        var request = Assert.Single(_server.Requests);
        Assert.Equal("application/json", request.Accept);
        Assert.DoesNotContain("stream", request.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_operation_that_only_streams_gets_a_stream_method_of_its_inline_event_type()
    {
        _server.Handle = async context =>
        {
            await StartEventsAsync(context);
            await LoopbackServer.WriteEventAsync(context, """{"price":1.5}""");
            await LoopbackServer.WriteEventAsync(context, """{"price":2.25}""", eventType: "tick");
        };

        var prices = new List<double>();
        await foreach (WatchTicksEvent tick in Client().WatchTicksStreamAsync("ACME"))
        {
            prices.Add(tick.Price);
        }

        Assert.Equal([1.5, 2.25], prices);
        Assert.Equal("/v1/ticks?symbol=ACME", Assert.Single(_server.Requests).PathAndQuery);
    }

    [Fact]
    public async Task Nothing_is_sent_until_the_enumeration_starts()
    {
        var events = Client().WatchTicksStreamAsync("ACME");
        await Task.Delay(100);

        Assert.Empty(_server.Requests);
        _ = events;
    }

    [Fact]
    public async Task Leaving_the_enumeration_early_closes_the_connection()
    {
        _server.Handle = async context =>
        {
            await StartEventsAsync(context);
            await LoopbackServer.WriteEventAsync(context, """{"price":1}""");
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
        };

        await foreach (var tick in Client().WatchTicksStreamAsync("ACME"))
        {
            Assert.Equal(1, tick.Price);
            break;
        }

        await _server.Abandoned.Task.WaitAsync(Patience);
    }

    [Fact]
    public async Task Cancelling_while_waiting_for_an_event_is_a_cancellation_and_closes_the_connection()
    {
        _server.Handle = async context =>
        {
            await StartEventsAsync(context);
            await LoopbackServer.WriteEventAsync(context, """{"price":1}""");
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
        };
        using var cts = new CancellationTokenSource();
        var received = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var tick in Client().WatchTicksStreamAsync("ACME").WithCancellation(cts.Token))
            {
                received++;
                cts.CancelAfter(TimeSpan.FromMilliseconds(100));
            }
        });

        Assert.Equal(1, received);
        await _server.Abandoned.Task.WaitAsync(Patience);
    }

    [Fact]
    public async Task A_connection_cut_mid_event_fails_after_the_events_before_it()
    {
        _server.Handle = async context =>
        {
            await StartEventsAsync(context);
            await LoopbackServer.WriteEventAsync(context, """{"index":1}""");
            await context.Response.WriteAsync("data: {\"ind");
            await context.Response.Body.FlushAsync();
            await Task.Delay(100);
            context.Abort();
        };
        var received = new List<int>();

        var ex = await Assert.ThrowsAsync<ApiConnectionException>(async () =>
        {
            await foreach (var chunk in Client().CreateChatStreamAsync(new ChatRequest { Prompt = "hi" }))
            {
                received.Add(chunk.Index);
            }
        });

        Assert.Equal([1], received);
        Assert.Equal("createChat", ex.OperationId);
    }

    [Fact]
    public async Task A_malformed_event_is_an_ApiEventFormatException_naming_it_after_the_events_before_it()
    {
        _server.Handle = async context =>
        {
            await StartEventsAsync(context);
            await LoopbackServer.WriteEventAsync(context, """{"index":1}""");
            await context.Response.WriteAsync("id: ev-2\nevent: chunk\ndata: {\"index\": \"SECRET-PAYLOAD\"\n\n");
        };
        var received = new List<int>();

        var ex = await Assert.ThrowsAsync<ApiEventFormatException>(async () =>
        {
            await foreach (var chunk in Client().CreateChatStreamAsync(new ChatRequest { Prompt = "hi" }))
            {
                received.Add(chunk.Index);
            }
        });

        Assert.Equal([1], received);
        Assert.Equal(2, ex.EventNumber);
        Assert.Equal("chunk", ex.EventType);
        Assert.Equal("ev-2", ex.EventId);
        Assert.Equal("createChat", ex.OperationId);
        Assert.Contains("event 2 ('chunk')", ex.Message, StringComparison.Ordinal);
        Assert.Equal("$.index", ex.JsonPath);
        Assert.DoesNotContain("SECRET-PAYLOAD", ex.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<System.Text.Json.JsonException>(ex.InnerException);
    }

    [Fact]
    public async Task An_error_status_before_the_first_event_is_the_usual_typed_exception()
    {
        _server.Handle = async context =>
        {
            context.Response.StatusCode = 400;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("""{"title":"refused"}""");
        };

        var ex = await Assert.ThrowsAsync<ApiBadRequestException>(async () =>
        {
            await foreach (var chunk in Client().CreateChatStreamAsync(new ChatRequest { Prompt = "hi" }))
            {
                Assert.Fail("No event was sent.");
            }
        });

        Assert.Equal("refused", ex.GetError<Problem>()?.Title);
    }

    [Fact]
    public async Task A_success_that_is_not_an_event_stream_is_a_format_exception()
    {
        _server.Handle = async context =>
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("""{"text":"Hello"}""");
        };

        var ex = await Assert.ThrowsAsync<ApiResponseFormatException>(async () =>
        {
            await foreach (var chunk in Client().CreateChatStreamAsync(new ChatRequest { Prompt = "hi" }))
            {
                Assert.Fail("No event was sent.");
            }
        });

        Assert.Contains("text/event-stream", ex.Message, StringComparison.Ordinal);
    }
}
