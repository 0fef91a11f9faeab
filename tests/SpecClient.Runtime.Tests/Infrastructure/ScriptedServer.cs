using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace SpecClient.Runtime.Tests.Infrastructure;

/// <summary>What a <see cref="ScriptedServer"/> saw of one request.</summary>
internal sealed record SeenRequest(int Number, string Method, string Target, IReadOnlyDictionary<string, string> Headers, byte[] Body);

/// <summary>
/// A Kestrel server on 127.0.0.1 whose every response is written by the test (stalls, redirects, odd lengths), and
/// which records each request: method, target, headers and body.
/// </summary>
internal sealed class ScriptedServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<SeenRequest> _requests = new();

    private const string WarmUpPath = "/warmup";

    private ScriptedServer(WebApplication app) => _app = app;

    public Uri BaseAddress { get; private set; } = null!;

    public IReadOnlyList<SeenRequest> Requests => _requests.ToArray();

    /// <summary>
    /// Starts a server; <paramref name="respond"/> gets the request (its body already read, unless
    /// <paramref name="readBody"/> is false: then the body is the handler's to read as it arrives) and its number, from 1.
    /// </summary>
    public static async Task<ScriptedServer> StartAsync(Func<HttpContext, int, Task> respond, bool readBody = true)
    {
        WebApplicationBuilder builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.WebHost.UseShutdownTimeout(TimeSpan.FromSeconds(1));
        WebApplication app = builder.Build();
        var server = new ScriptedServer(app);
        int count = 0;
        app.Run(async context =>
        {
            if (context.Request.Path == WarmUpPath)
            {
                context.Response.StatusCode = 204;
                return;
            }

            int number = System.Threading.Interlocked.Increment(ref count);
            using var body = new MemoryStream();
            if (readBody)
            {
                await context.Request.Body.CopyToAsync(body, context.RequestAborted);
            }

            var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
            server._requests.Enqueue(new SeenRequest(number, context.Request.Method, context.Request.Path + context.Request.QueryString, headers, body.ToArray()));
            await respond(context, number);
        });
        await app.StartAsync();
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseAddress = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    /// <summary>
    /// Makes one request that is neither scripted nor recorded, so that the connection is open and both sides have run
    /// once: a short timeout in the test then measures the body, not a cold start on a busy machine.
    /// </summary>
    public async Task WarmUpAsync(System.Net.Http.HttpClient http)
    {
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                using System.Net.Http.HttpResponseMessage response = await http.GetAsync(new Uri(BaseAddress, WarmUpPath.TrimStart('/')));
                return;
            }
            catch (TimeoutException) when (attempt < 5)
            {
                // A cold start on a busy machine outlasted the test's short timeout; the next try runs warm.
            }
        }
    }

    /// <summary>Sends the headers and the first part of a body, then sends nothing more until the client goes away.</summary>
    public static async Task StallAfter(HttpContext context, string contentType, string start, long? declaredLength = null)
    {
        context.Response.ContentType = contentType;
        context.Response.ContentLength = declaredLength;
        await context.Response.WriteAsync(start, context.RequestAborted);
        await context.Response.Body.FlushAsync(context.RequestAborted);
        try
        {
            await Task.Delay(System.Threading.Timeout.Infinite, context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>Declares <paramref name="declaredLength"/> bytes, sends <paramref name="start"/>, then breaks the connection.</summary>
    public static async Task BreakAfter(HttpContext context, string contentType, string start, long declaredLength)
    {
        context.Response.ContentType = contentType;
        context.Response.ContentLength = declaredLength;
        await context.Response.WriteAsync(start, context.RequestAborted);
        await context.Response.Body.FlushAsync(context.RequestAborted);
        await Task.Delay(100);
        context.Abort();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
