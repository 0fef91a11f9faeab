using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Prolific.LocalServer;

namespace SpecClient.Runtime.Tests;

public sealed class TransportTests
{
    [Fact]
    public async Task HttpClient_timeout_is_ApiTimeoutException_naming_the_operation()
    {
        await using LocalProlificServer server = await LocalProlificServer.StartAsync();
        server.Enqueue(new CannedResponse { Delay = TimeSpan.FromSeconds(30), Body = "{}" });
        using HttpClient http = TestApi.Client(server, TimeSpan.FromMilliseconds(300));

        var ex = await Assert.ThrowsAsync<ApiTimeoutException>(() => TestApi.CallAsync(http, HttpMethod.Get, "/api/v1/credentials/?workspace_id=w", "list-credential-pools", TestJsonContext.Default.PoolList, server.Token));

        Assert.Equal("list-credential-pools", ex.OperationId);
        Assert.Equal(TimeSpan.FromMilliseconds(300), ex.Timeout);
        Assert.Contains("'list-credential-pools'", ex.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<TimeoutException>(ex);
        Assert.IsAssignableFrom<OperationCanceledException>(ex.InnerException);
    }

    [Fact]
    public async Task Caller_cancellation_is_OperationCanceledException_not_timeout()
    {
        await using LocalProlificServer server = await LocalProlificServer.StartAsync();
        server.Enqueue(new CannedResponse { Delay = TimeSpan.FromSeconds(30), Body = "{}" });
        using HttpClient http = TestApi.Client(server, TimeSpan.FromSeconds(60));
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        Exception ex = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => TestApi.CallAsync(
            http, HttpMethod.Get, "/x", "op", TestJsonContext.Default.PoolList, server.Token, cancellationToken: cts.Token));

        Assert.IsNotType<ApiTimeoutException>(ex);
        Assert.Equal(cts.Token, ((OperationCanceledException)ex).CancellationToken);
    }

    [Fact]
    public async Task Already_canceled_token_is_OperationCanceledException()
    {
        await using LocalProlificServer server = await LocalProlificServer.StartAsync();
        using HttpClient http = TestApi.Client(server);
        using var request = new HttpRequestMessage(HttpMethod.Get, server.BaseAddress);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ApiHttp.SendAsync(http, request, "op", new CancellationToken(true)));
    }

    [Fact]
    public async Task Connection_refused_is_ApiConnectionException_without_url_query()
    {
        int port;
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
        }

        using var http = new HttpClient { BaseAddress = new Uri("http://127.0.0.1:" + port + "/") };
        using var request = new HttpRequestMessage(HttpMethod.Get, ApiUri.Create(http.BaseAddress, null, "/api/v1/credentials/?api_key=SECRET-QUERY-KEY"));

        var ex = await Assert.ThrowsAsync<ApiConnectionException>(() => ApiHttp.SendAsync(http, request, "list-credential-pools", default));

        Assert.Equal("list-credential-pools", ex.OperationId);
        Assert.Equal(HttpRequestError.ConnectionError, ex.HttpRequestError);
        Assert.Contains("'list-credential-pools'", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET-QUERY-KEY", ex.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("api_key", ex.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<HttpRequestException>(ex.InnerException);
    }

    [Fact]
    public async Task Connection_aborted_before_response_is_ApiConnectionException()
    {
        await using LocalProlificServer server = await LocalProlificServer.StartAsync();
        server.Enqueue(new CannedResponse { Abort = true });
        using HttpClient http = TestApi.Client(server);

        var ex = await Assert.ThrowsAsync<ApiConnectionException>(() => TestApi.CallAsync(http, HttpMethod.Get, "/x", "op-abort", TestJsonContext.Default.PoolList, server.Token));
        Assert.Equal("op-abort", ex.OperationId);
    }

    [Fact]
    public async Task Connection_dropped_while_reading_success_body_is_ApiConnectionException()
    {
        await using LocalProlificServer server = await LocalProlificServer.StartAsync();
        var abort = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        server.Enqueue(new CannedResponse { ContentType = "application/json", Body = "{\"credential_pools\":[", AbortAfterBody = true, AbortWhen = abort.Task });
        using HttpClient http = TestApi.Client(server);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(server.BaseAddress, "x"));
        using HttpResponseMessage response = await ApiHttp.SendAsync(http, request, "op-read", default);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        abort.SetResult();

        var ex = await Assert.ThrowsAsync<ApiConnectionException>(() => ApiHttp.ReadJsonAsync(response, TestJsonContext.Default.PoolList, "op-read", default));
        Assert.Equal("op-read", ex.OperationId);
        Assert.Contains("'op-read'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadStream_disposes_the_response_with_the_stream()
    {
        var content = new TrackingContent(new byte[] { 1, 2, 3 });
        var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = content };

        Stream stream = await ApiHttp.ReadStreamAsync(response, default);
        var buffer = new byte[8];
        Assert.Equal(3, await stream.ReadAsync(buffer));
        Assert.False(content.Disposed);

        await stream.DisposeAsync();
        Assert.True(content.Disposed);
    }

    [Fact]
    public async Task ReadStream_streams_over_real_http()
    {
        await using LocalProlificServer server = await LocalProlificServer.StartAsync();
        server.Enqueue(new CannedResponse { ContentType = "application/octet-stream", BodyBytes = new byte[100_000] });
        using HttpClient http = TestApi.Client(server);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(server.BaseAddress, "file"));
        HttpResponseMessage response = await ApiHttp.SendAsync(http, request, "download", default);
        using Stream stream = await ApiHttp.ReadStreamAsync(response, default);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        Assert.Equal(100_000, copy.Length);
    }

    private sealed class TrackingContent(byte[] bytes) : ByteArrayContent(bytes)
    {
        public bool Disposed { get; private set; }

        protected override void Dispose(bool disposing)
        {
            Disposed = true;
            base.Dispose(disposing);
        }
    }
}
