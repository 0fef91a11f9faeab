using System;
using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using SpecClient.Client.Tests.Support;

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
    private LoopbackHost _host = null!;

    private RecordingServer()
    {
    }

    public Uri BaseAddress => _host.BaseAddress;

    /// <summary>Gets a client whose base address is <see cref="BaseAddress"/>; disposed with the server.</summary>
    public HttpClient Http => _host.Http;

    public ConcurrentQueue<RecordedCall> Calls { get; } = new();

    public Func<RecordedCall, Reply> Respond { get; set; } = _ => Reply.Empty(204);

    public RecordedCall Single() => Assert.Single(Calls);

    public static async Task<RecordingServer> StartAsync()
    {
        var server = new RecordingServer();
        server._host = await LoopbackHost.StartAsync(app => app.Run(server.AnswerAsync), "/v1/");
        return server;
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private async Task AnswerAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer);
        var raw = context.Features.Get<IHttpRequestFeature>()!.RawTarget;
        // Kestrel reuses its header collection once the request ends: copy what arrived.
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var call = new RecordedCall(context.Request.Method, raw, headers, buffer.ToArray());
        Calls.Enqueue(call);
        var reply = Respond(call);
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
    }
}
