using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using OpenAi.Api;
using SpecClient.Client.Tests.Streaming;

namespace SpecClient.Client.Tests.OpenAi;

/// <summary>
/// openai.yaml's <c>createChatCompletion</c> as a stream (<c>CreateChatCompletionStreamAsync</c>) against Kestrel on
/// 127.0.0.1 answering <c>text/event-stream</c> with chunks of the real <c>CreateChatCompletionStreamResponse</c> shape.
/// </summary>
public sealed class OpenAiChatStreamTests : IAsyncLifetime
{
    private LoopbackServer _server = null!;

    public async Task InitializeAsync() => _server = await LoopbackServer.StartAsync();

    public Task DisposeAsync() => _server.DisposeAsync().AsTask();

    private OpenAiClient Client() => new(_server.Http, new OpenAiClientCredentials { ApiKeyAuth = "sk-test" });

    private static CreateChatCompletionRequest Request() => new()
    {
        Model = "gpt-4o-mini",
        Messages = new ChatCompletionRequestMessage[]
        {
            // `role` allows one value ("user"): the message holds it from the start.
            new ChatCompletionRequestUserMessage { Content = "Say hello" },
        },
    };

    /// <summary>One chunk as the API sends it: the first carries the role, the last the finish reason.</summary>
    private static string Chunk(string? content, string? role = null, string? finish = null) =>
        "{\"id\":\"chatcmpl-123\",\"object\":\"chat.completion.chunk\",\"created\":1694268190,\"model\":\"gpt-4o-mini\",\"system_fingerprint\":\"fp_44709d6fcb\","
        + $"\"choices\":[{{\"index\":0,\"delta\":{Delta(content, role)},\"logprobs\":null,\"finish_reason\":{(finish is null ? "null" : $"\"{finish}\"")}}}]}}";

    private static string Delta(string? content, string? role)
    {
        var parts = new List<string>();
        if (role is not null)
        {
            parts.Add($"\"role\":\"{role}\"");
        }

        if (content is not null)
        {
            parts.Add($"\"content\":\"{content}\"");
        }

        return "{" + string.Join(",", parts) + "}";
    }

    private static Task StartEventsAsync(HttpContext context)
    {
        context.Response.ContentType = "text/event-stream";
        return context.Response.Body.FlushAsync(context.RequestAborted);
    }

    [Fact]
    public async Task The_chunks_arrive_in_order_and_DONE_ends_the_stream()
    {
        _server.Handle = async context =>
        {
            await StartEventsAsync(context);
            await LoopbackServer.WriteEventAsync(context, Chunk(string.Empty, role: "assistant"));
            await LoopbackServer.WriteEventAsync(context, Chunk("Hel"));
            await LoopbackServer.WriteEventAsync(context, Chunk("lo!"));
            await LoopbackServer.WriteEventAsync(context, Chunk(null, finish: "stop"));
            await LoopbackServer.WriteEventAsync(context, "[DONE]");
        };

        var chunks = new List<CreateChatCompletionStreamResponse>();
        await foreach (var chunk in Client().CreateChatCompletionStreamAsync(Request()))
        {
            chunks.Add(chunk);
        }

        Assert.Equal(4, chunks.Count);
        Assert.All(chunks, c => Assert.Equal("chatcmpl-123", c.Id));
        Assert.Contains("\"messages\":[{\"content\":\"Say hello\",\"role\":\"user\"}]", Assert.Single(_server.Requests).Body, System.StringComparison.Ordinal);
        Assert.All(chunks, c => Assert.Equal("chat.completion.chunk", c.Object));
        Assert.Equal(ChatCompletionStreamResponseDeltaRole.Assistant, chunks[0].Choices[0].Delta.Role);
        Assert.Equal("Hello!", string.Concat(chunks.Select(c => c.Choices[0].Delta.Content)));
        Assert.Null(chunks[2].Choices[0].FinishReason);
        Assert.Equal(CreateChatCompletionStreamResponseChoicesItemFinishReason.Stop, chunks[3].Choices[0].FinishReason);
        var request = Assert.Single(_server.Requests);
        Assert.Equal("/v1/chat/completions", request.PathAndQuery);
        Assert.Equal("text/event-stream", request.Accept);
        Assert.Contains("\"stream\":true", request.Body, StringComparison.Ordinal);
        Assert.Contains("\"model\":\"gpt-4o-mini\"", request.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stream_cut_mid_event_fails_with_a_typed_exception_after_the_good_chunks()
    {
        _server.Handle = async context =>
        {
            await StartEventsAsync(context);
            await LoopbackServer.WriteEventAsync(context, Chunk("Hel", role: "assistant"));
            await LoopbackServer.WriteEventAsync(context, Chunk("lo"));
            await context.Response.WriteAsync("data: {\"id\":\"chatcmpl-123\",\"object\":\"chat.comp");
            await context.Response.Body.FlushAsync();
            await Task.Delay(100);
            context.Abort();
        };
        var received = new List<string?>();

        var error = await Assert.ThrowsAsync<ApiConnectionException>(async () =>
        {
            await foreach (var chunk in Client().CreateChatCompletionStreamAsync(Request()))
            {
                received.Add(chunk.Choices[0].Delta.Content);
            }
        });

        Assert.Equal(new[] { "Hel", "lo" }, received);
        Assert.Equal("createChatCompletion", error.OperationId);
    }
}
