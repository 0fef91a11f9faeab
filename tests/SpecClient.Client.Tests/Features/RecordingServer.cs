using System;
using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace SpecClient.Client.Tests.Features;

/// <summary>What the server received, exactly as it came over the wire.</summary>
public sealed record RecordedCall(string Method, string RawTarget, System.Collections.Generic.IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public string BodyText => System.Text.Encoding.UTF8.GetString(Body);

    public string Header(string name) => Headers.TryGetValue(name, out var value) ? value : string.Empty;
}

/// <summary>What the server answers.</summary>
public sealed record Reply(int Status, string? ContentType = null, byte[]? Body = null)
{
    /// <summary>Gets headers sent with the reply.</summary>
    public System.Collections.Generic.IReadOnlyDictionary<string, string>? Headers { get; init; }

    /// <summary>Gets how long the server waits before answering.</summary>
    public TimeSpan Delay { get; init; }

    public static Reply Json(int status, string json, string contentType = "application/json") => new(status, contentType, System.Text.Encoding.UTF8.GetBytes(json));

    public static Reply Empty(int status) => new(status);
}

/// <summary>Kestrel on 127.0.0.1 that records every request and answers through a test's function.</summary>
public sealed class RecordingServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private RecordingServer(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public ConcurrentQueue<RecordedCall> Calls { get; } = new();

    public Func<RecordedCall, Reply> Respond { get; set; } = _ => Reply.Empty(204);

    public RecordedCall Single() => Assert.Single(Calls);

    public static async Task<RecordingServer> StartAsync()
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Services.AddRoutingCore();
        var app = builder.Build();
        RecordingServer? server = null;
        app.Run(async context =>
        {
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer);
            var raw = context.Features.Get<IHttpRequestFeature>()!.RawTarget;
            // Kestrel reuses its header collection once the request ends: copy what arrived.
            var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
            var call = new RecordedCall(context.Request.Method, raw, headers, buffer.ToArray());
            server!.Calls.Enqueue(call);
            var reply = server.Respond(call);
            if (reply.Delay > TimeSpan.Zero)
            {
                await Task.Delay(reply.Delay, context.RequestAborted);
            }

            context.Response.StatusCode = reply.Status;
            foreach (var header in reply.Headers ?? new System.Collections.Generic.Dictionary<string, string>())
            {
                context.Response.Headers[header.Key] = header.Value;
            }

            if (reply.ContentType is not null)
            {
                context.Response.ContentType = reply.ContentType;
            }

            if (reply.Body is not null)
            {
                await context.Response.Body.WriteAsync(reply.Body);
            }
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server = new RecordingServer(app, new Uri(address + "/v1/"));
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
