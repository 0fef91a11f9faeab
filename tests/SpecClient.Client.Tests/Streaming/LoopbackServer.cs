using System;
using System.Collections.Concurrent;
using System.IO;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using SpecClient.Client.Tests.Support;

namespace SpecClient.Client.Tests.Streaming;

/// <summary>What arrived at <see cref="LoopbackServer"/>.</summary>
public sealed record ArrivedRequest(string Method, string PathAndQuery, string Accept, string Body);

/// <summary>
/// Kestrel on 127.0.0.1 answering through a test's handler, which writes (and flushes) the response as it likes:
/// events one at a time, pages, a connection cut mid-event. Records what arrived, and which requests the client abandoned.
/// </summary>
public sealed class LoopbackServer : IAsyncDisposable
{
    private LoopbackHost _host = null!;

    private LoopbackServer()
    {
    }

    public Uri BaseAddress => _host.BaseAddress;

    /// <summary>Gets a client whose base address is <see cref="BaseAddress"/>; disposed with the server.</summary>
    public HttpClient Http => _host.Http;

    public ConcurrentQueue<ArrivedRequest> Requests { get; } = new();

    /// <summary>Completes when a request's connection is closed by the client before the handler finished.</summary>
    public TaskCompletionSource Abandoned { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Func<HttpContext, Task> Handle { get; set; } = context => Task.CompletedTask;

    public static async Task<LoopbackServer> StartAsync(string basePath = "/v1/")
    {
        var server = new LoopbackServer();
        server._host = await LoopbackHost.StartAsync(app => app.Run(server.ReceiveAsync), basePath);
        return server;
    }

    /// <summary>Writes one server-sent event and flushes it to the wire.</summary>
    public static async Task WriteEventAsync(HttpContext context, string data, string? eventType = null)
    {
        var text = (eventType is null ? string.Empty : $"event: {eventType}\n") + $"data: {data}\n\n";
        await context.Response.WriteAsync(text, context.RequestAborted);
        await context.Response.Body.FlushAsync(context.RequestAborted);
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private async Task ReceiveAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        Requests.Enqueue(new ArrivedRequest(context.Request.Method, context.Request.Path + context.Request.QueryString, context.Request.Headers.Accept.ToString(), body));
        context.RequestAborted.Register(() => Abandoned.TrySetResult());
        try
        {
            await Handle(context);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
        }
        catch (IOException) when (context.RequestAborted.IsCancellationRequested)
        {
        }
    }
}
