using System;
using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using System.Net;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace SpecClient.Client.Tests.Streaming;

/// <summary>What arrived at <see cref="LoopbackServer"/>.</summary>
public sealed record ArrivedRequest(string Method, string PathAndQuery, string Accept, string Body);

/// <summary>
/// Kestrel on 127.0.0.1 answering through a test's handler, which writes (and flushes) the response as it likes:
/// events one at a time, pages, a connection cut mid-event. Records what arrived, and which requests the client abandoned.
/// </summary>
public sealed class LoopbackServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LoopbackServer(WebApplication app) => _app = app;

    public Uri BaseAddress { get; private set; } = null!;

    public ConcurrentQueue<ArrivedRequest> Requests { get; } = new();

    /// <summary>Completes when a request's connection is closed by the client before the handler finished.</summary>
    public TaskCompletionSource Abandoned { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Func<HttpContext, Task> Handle { get; set; } = context => Task.CompletedTask;

    public static async Task<LoopbackServer> StartAsync(string basePath = "/v1/")
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new LoopbackServer(app);
        app.Run(async context =>
        {
            using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            server.Requests.Enqueue(new ArrivedRequest(context.Request.Method, context.Request.Path + context.Request.QueryString, context.Request.Headers.Accept.ToString(), body));
            context.RequestAborted.Register(() => server.Abandoned.TrySetResult());
            try
            {
                await server.Handle(context);
            }
            catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
            {
            }
            catch (IOException) when (context.RequestAborted.IsCancellationRequested)
            {
            }
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseAddress = new Uri(address + basePath);
        return server;
    }

    /// <summary>Writes one server-sent event and flushes it to the wire.</summary>
    public static async Task WriteEventAsync(HttpContext context, string data, string? eventType = null)
    {
        var text = (eventType is null ? string.Empty : $"event: {eventType}\n") + $"data: {data}\n\n";
        await context.Response.WriteAsync(text, context.RequestAborted);
        await context.Response.Body.FlushAsync(context.RequestAborted);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
