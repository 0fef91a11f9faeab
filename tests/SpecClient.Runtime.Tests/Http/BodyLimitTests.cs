using System;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using SpecClient.Runtime.Tests.Infrastructure;

namespace SpecClient.Runtime.Tests.Http;

/// <summary>Success bodies read into memory are bounded; a declared length is never trusted; transport failures are typed.</summary>
public sealed class BodyLimitTests
{
    private static HttpClient LimitedClient(ScriptedServer server, int maxBytes)
    {
        TestOptions options = TestOptions.For(server.BaseAddress);
        options.MaxResponseBodyBytes = maxBytes;
        return ApiHttpClientFactory.Create(options);
    }

    private static Task<ScriptedServer> ChunkedServer(string contentType, int bytes)
        => ScriptedServer.StartAsync(async (context, _) =>
        {
            context.Response.ContentType = contentType;
            byte[] chunk = Encoding.ASCII.GetBytes(new string('7', 1024));
            for (int sent = 0; sent < bytes; sent += chunk.Length)
            {
                await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
            }
        });

    [Fact]
    public async Task A_JSON_body_longer_than_the_limit_is_ApiResponseTooLargeException()
    {
        await using ScriptedServer server = await ChunkedServer("application/json", 10 * 1024);
        using HttpClient http = LimitedClient(server, 4 * 1024);

        ApiResponseTooLargeException ex = await Assert.ThrowsAsync<ApiResponseTooLargeException>(() => Calls.JsonAsync(http));

        Assert.Equal(4 * 1024, ex.Limit);
        Assert.Equal(200, ex.StatusCode);
        Assert.Equal(Calls.OperationId, ex.OperationId);
        Assert.Null(ex.ResponseBody);
        Assert.Contains("MaxResponseBodyBytes", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Byte_and_text_bodies_longer_than_the_limit_are_ApiResponseTooLargeException()
    {
        await using ScriptedServer server = await ChunkedServer("text/plain", 10 * 1024);
        using HttpClient http = LimitedClient(server, 4 * 1024);

        await Assert.ThrowsAsync<ApiResponseTooLargeException>(() => Calls.BytesAsync(http));
        await Assert.ThrowsAsync<ApiResponseTooLargeException>(() => Calls.TextAsync(http));
    }

    [Fact]
    public async Task A_body_at_the_limit_is_read_whole()
    {
        await using ScriptedServer server = await ChunkedServer("text/plain", 4 * 1024);
        using HttpClient http = LimitedClient(server, 4 * 1024);

        Assert.Equal(4 * 1024, (await Calls.BytesAsync(http)).Length);
        Assert.Equal(new string('7', 4 * 1024), await Calls.TextAsync(http));
    }

    [Fact]
    public async Task A_declared_length_over_the_limit_fails_before_any_body_is_read()
    {
        // The server declares 10 MB, sends 2 bytes and stalls: reading would hang, so only the header decided.
        await using ScriptedServer server = await ScriptedServer.StartAsync((context, _) => ScriptedServer.StallAfter(context, "application/json", "{}", 10_000_000));
        using HttpClient http = LimitedClient(server, 1024 * 1024);

        ApiResponseTooLargeException ex = await Assert.ThrowsAsync<ApiResponseTooLargeException>(() => Calls.JsonAsync(http).WaitAsync(Calls.HangGuard));

        Assert.Equal(1024 * 1024, ex.Limit);
    }

    [Fact]
    public async Task A_declared_length_is_not_allocated_before_the_bytes_arrive()
    {
        // 2 bytes declaring 40 MB (under the default limit), then the connection breaks.
        await using ScriptedServer server = await ScriptedServer.StartAsync((context, _) => ScriptedServer.BreakAfter(context, "application/json", "{}", 40_000_000));
        using HttpClient http = ApiHttpClientFactory.Create(TestOptions.For(server.BaseAddress));
        await Calls.TextAsync(http).ContinueWith(_ => { }, TaskScheduler.Default); // warm up the connection and code paths

        long before = GC.GetTotalAllocatedBytes(precise: true);
        ApiConnectionException ex = await Assert.ThrowsAsync<ApiConnectionException>(() => Calls.BytesAsync(http));
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        Assert.IsAssignableFrom<System.IO.IOException>(ex.InnerException);
        Assert.InRange(allocated, 0, 8 * 1024 * 1024);
    }

    [Fact]
    public async Task A_connection_broken_mid_body_is_ApiConnectionException_for_bytes_text_and_JSON()
    {
        await using ScriptedServer server = await ScriptedServer.StartAsync((context, _) => ScriptedServer.BreakAfter(context, "application/json", "{\"credential_pools\":", 100));
        using HttpClient http = ApiHttpClientFactory.Create(TestOptions.For(server.BaseAddress));

        ApiConnectionException bytes = await Assert.ThrowsAsync<ApiConnectionException>(() => Calls.BytesAsync(http));
        ApiConnectionException text = await Assert.ThrowsAsync<ApiConnectionException>(() => Calls.TextAsync(http));
        ApiConnectionException json = await Assert.ThrowsAsync<ApiConnectionException>(() => Calls.JsonAsync(http));

        Assert.All(new[] { bytes, text, json }, ex => Assert.Equal(Calls.OperationId, ex.OperationId));
        Assert.All(new[] { bytes, text, json }, ex => Assert.IsAssignableFrom<System.IO.IOException>(ex.InnerException));
    }

    [Fact]
    public async Task A_returned_stream_broken_mid_body_fails_a_read_with_ApiConnectionException()
    {
        await using ScriptedServer server = await ScriptedServer.StartAsync((context, _) => ScriptedServer.BreakAfter(context, "application/octet-stream", "abc", 100));
        using HttpClient http = ApiHttpClientFactory.Create(TestOptions.For(server.BaseAddress));

        await Assert.ThrowsAsync<ApiConnectionException>(() => Calls.SendAsync(http, async (response, token) =>
        {
            await using System.IO.Stream stream = await ApiHttp.ReadStreamAsync(response, token);
            return await new System.IO.StreamReader(stream).ReadToEndAsync(token);
        }));
    }
}
