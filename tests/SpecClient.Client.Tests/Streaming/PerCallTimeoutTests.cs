using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Streams.Api;

namespace SpecClient.Client.Tests.Streaming;

/// <summary>The per-call timeout of <see cref="ApiRequestOptions"/> covers a buffered body that stalls after the headers arrived.</summary>
public sealed class PerCallTimeoutTests : IAsyncLifetime
{
    private LoopbackServer _server = null!;

    public async Task InitializeAsync() => _server = await LoopbackServer.StartAsync();

    public Task DisposeAsync() => _server.DisposeAsync().AsTask();

    [Fact]
    public async Task A_body_that_stalls_after_the_headers_times_out_as_kind_Call()
    {
        _server.Handle = async context =>
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("{\"te", context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
        };
        var options = new ApiRequestOptions { Timeout = TimeSpan.FromMilliseconds(500) };

        var ex = await Assert.ThrowsAsync<ApiTimeoutException>(() => new StreamsClient(_server.Http).CreateChatWithResponseAsync(new ChatRequest { Prompt = "hi" }, options));

        Assert.Equal(ApiTimeoutKind.Call, ex.Kind);
        Assert.Equal("createChat", ex.OperationId);
    }
}
