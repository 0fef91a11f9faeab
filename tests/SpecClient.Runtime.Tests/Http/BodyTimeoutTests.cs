using System;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using SpecClient.Runtime.Tests.Infrastructure;

namespace SpecClient.Runtime.Tests.Http;

/// <summary>A server that sends the headers and then stops: the total timeout covers reading the body.</summary>
public sealed class BodyTimeoutTests
{
    private static Task<ScriptedServer> StallingServer(string contentType = "application/json", string start = "{\"credential_pools\":[")
        => ScriptedServer.StartAsync((context, _) => ScriptedServer.StallAfter(context, contentType, start));

    private static HttpClient ClientWithTimeout(ScriptedServer server, TimeSpan timeout)
    {
        TestOptions options = TestOptions.For(server.BaseAddress);
        options.Timeout = timeout;
        options.MaxRetryAttempts = 0;
        return ApiHttpClientFactory.Create(options);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("bytes")]
    [InlineData("text")]
    public async Task A_body_that_stalls_after_the_headers_ends_with_the_total_timeout(string read)
        => await StallsUntilTheTotalTimeout(read, asGenerated: false);

    [Theory]
    [InlineData("json")]
    [InlineData("bytes")]
    public async Task A_generated_clients_request_keeps_the_total_timeout_over_its_body_too(string read)
        => await StallsUntilTheTotalTimeout(read, asGenerated: true);

    [Fact]
    public async Task Body_deadlines_reused_call_after_call_still_time_out_and_a_timed_out_one_is_not_reused()
    {
        // Body deadlines reuse one timer per thread: a call after many is still stopped by its own timeout, and the
        // call after that one starts with a fresh timer (a fired one would end it at once).
        await using ScriptedServer server = await ScriptedServer.StartAsync((context, number) => number == 21
            ? ScriptedServer.StallAfter(context, "text/plain", "o")
            : context.Response.WriteAsync("ok"));
        using HttpClient http = ClientWithTimeout(server, TimeSpan.FromSeconds(1));
        for (int i = 0; i < 20; i++)
        {
            Assert.Equal("ok", await Calls.SendAsync(http, ApiHttp.ReadTextAsync, asGenerated: true).WaitAsync(Calls.HangGuard));
        }

        ApiTimeoutException ex = await Assert.ThrowsAsync<ApiTimeoutException>(() => Calls.SendAsync(http, ApiHttp.ReadTextAsync, asGenerated: true).WaitAsync(Calls.HangGuard));

        Assert.Equal(ApiTimeoutKind.Total, ex.Kind);
        Assert.Equal("ok", await Calls.SendAsync(http, ApiHttp.ReadTextAsync, asGenerated: true).WaitAsync(Calls.HangGuard));
    }

    private static async Task StallsUntilTheTotalTimeout(string read, bool asGenerated)
    {
        await using ScriptedServer server = await StallingServer(read == "json" ? "application/json" : "text/plain", read == "json" ? "{\"credential_pools\":[" : "abc");
        using HttpClient http = ClientWithTimeout(server, TimeSpan.FromSeconds(1));
        await server.WarmUpAsync(http);
        Task call = read switch
        {
            "json" => Calls.JsonAsync(http, asGenerated),
            "bytes" => Calls.SendAsync(http, ApiHttp.ReadBytesAsync, asGenerated: asGenerated),
            _ => Calls.TextAsync(http),
        };

        ApiTimeoutException ex = await Assert.ThrowsAsync<ApiTimeoutException>(() => call.WaitAsync(Calls.HangGuard));

        Assert.Equal(ApiTimeoutKind.Total, ex.Kind);
        Assert.Equal(TimeSpan.FromSeconds(1), ex.Timeout);
        Assert.Equal(Calls.OperationId, ex.OperationId);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Without_the_SpecClient_handler_HttpClient_Timeout_covers_the_body(bool asGenerated)
    {
        await using ScriptedServer server = await StallingServer();
        using var http = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(1) };
        await server.WarmUpAsync(http);

        ApiTimeoutException ex = await Assert.ThrowsAsync<ApiTimeoutException>(() => Calls.JsonAsync(http, asGenerated).WaitAsync(Calls.HangGuard));

        Assert.Equal(ApiTimeoutKind.HttpClient, ex.Kind);
    }

    [Fact]
    public async Task A_returned_stream_that_stalls_fails_a_read_after_the_attempt_timeout()
    {
        await using ScriptedServer server = await StallingServer("application/octet-stream", "abc");
        TestOptions options = TestOptions.For(server.BaseAddress);
        options.AttemptTimeout = TimeSpan.FromSeconds(1);
        options.MaxRetryAttempts = 0;
        using HttpClient http = ApiHttpClientFactory.Create(options);
        await server.WarmUpAsync(http);

        ApiTimeoutException ex = await Assert.ThrowsAsync<ApiTimeoutException>(() => Calls.SendAsync(http, async (response, token) =>
        {
            await using Stream stream = await ApiHttp.ReadStreamAsync(response, token);
            return await new StreamReader(stream).ReadToEndAsync(token);
        }).WaitAsync(Calls.HangGuard));

        Assert.Equal(ApiTimeoutKind.StreamRead, ex.Kind);
        Assert.Equal(TimeSpan.FromSeconds(1), ex.Timeout);
    }

    [Fact]
    public async Task A_returned_stream_is_not_cut_by_the_total_timeout_while_data_keeps_coming()
    {
        await using ScriptedServer server = await ScriptedServer.StartAsync(async (context, _) =>
        {
            context.Response.ContentType = "application/octet-stream";
            for (int i = 0; i < 6; i++)
            {
                await context.Response.WriteAsync("chunk" + i + ";", context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
                await Task.Delay(300, context.RequestAborted);
            }
        });
        TestOptions options = TestOptions.For(server.BaseAddress);
        options.Timeout = TimeSpan.FromSeconds(1);
        options.AttemptTimeout = TimeSpan.FromSeconds(1);
        using HttpClient http = ApiHttpClientFactory.Create(options);
        await server.WarmUpAsync(http);

        string text = await Calls.SendAsync(http, async (response, token) =>
        {
            await using Stream stream = await ApiHttp.ReadStreamAsync(response, token);
            return await new StreamReader(stream).ReadToEndAsync(token);
        }).WaitAsync(Calls.HangGuard);

        Assert.Equal("chunk0;chunk1;chunk2;chunk3;chunk4;chunk5;", text);
    }

    [Fact]
    public async Task The_callers_cancellation_while_reading_a_body_stays_an_OperationCanceledException()
    {
        await using ScriptedServer server = await StallingServer();
        using HttpClient http = ClientWithTimeout(server, TimeSpan.FromSeconds(20));
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(400));

        Exception ex = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Calls.SendAsync(
            http, (r, t) => ApiHttp.ReadJsonAsync(r, TestJsonContext.Default.PoolList, Calls.OperationId, t), cancellationToken: cts.Token).WaitAsync(Calls.HangGuard));

        Assert.IsNotType<ApiTimeoutException>(ex);
    }

    [Fact]
    public async Task An_error_body_that_stalls_gives_the_status_exception_with_what_arrived()
    {
        await using ScriptedServer server = await ScriptedServer.StartAsync((context, _) =>
        {
            context.Response.StatusCode = 503;
            return ScriptedServer.StallAfter(context, "application/json", "{\"error\":\"busy");
        });
        using HttpClient http = ClientWithTimeout(server, TimeSpan.FromSeconds(1));
        await server.WarmUpAsync(http);

        ApiServerErrorException ex = await Assert.ThrowsAsync<ApiServerErrorException>(() => Calls.JsonAsync(http).WaitAsync(Calls.HangGuard));

        Assert.Equal("{\"error\":\"busy", ex.ResponseBody);
        Assert.True(ex.IsResponseBodyTruncated);
    }
}
