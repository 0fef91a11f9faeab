using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SpecClient.Client.Tests.Features;

namespace SpecClient.Client.Tests.Auth;

/// <summary>
/// A token endpoint (<c>/oauth/token</c>) and the pools API on one Kestrel server on 127.0.0.1: the endpoint issues
/// <c>tok-1</c>, <c>tok-2</c>, ... to the one client it knows; the API accepts only tokens issued and not revoked.
/// </summary>
public sealed class TokenServer : IAsyncDisposable
{
    public const string ClientId = "pools-app";
    public const string ClientSecret = "s3cr3t-9f2e/+:x";

    private readonly ConcurrentDictionary<string, bool> _valid = new();
    private int _issued;

    private TokenServer(RecordingServer server)
    {
        Server = server;
        server.Respond = Answer;
    }

    public RecordingServer Server { get; }

    public Uri BaseAddress => Server.BaseAddress;

    /// <summary>Gets or sets the token's <c>expires_in</c>.</summary>
    public int ExpiresIn { get; set; } = 3600;

    /// <summary>Gets or sets how long the token endpoint takes to answer.</summary>
    public TimeSpan TokenDelay { get; set; }

    /// <summary>Gets or sets the client authentication the endpoint expects: "basic" or "post".</summary>
    public string Expects { get; set; } = "basic";

    /// <summary>Gets or sets whether a rejected token is answered with <c>error="invalid_token"</c>.</summary>
    public bool SaysInvalidToken { get; set; } = true;

    public IReadOnlyList<RecordedCall> TokenRequests => Server.Calls.Where(c => c.RawTarget.StartsWith("/oauth/token", StringComparison.Ordinal)).ToList();

    public IReadOnlyList<RecordedCall> ApiCalls => Server.Calls.Where(c => !c.RawTarget.StartsWith("/oauth/token", StringComparison.Ordinal)).ToList();

    public static async Task<TokenServer> StartAsync() => new(await RecordingServer.StartAsync());

    /// <summary>The API accepts <paramref name="token"/> (one the caller got elsewhere).</summary>
    public void Accept(string token) => _valid[token] = true;

    /// <summary>The API stops accepting <paramref name="token"/> (revoked before its expiry).</summary>
    public void Revoke(string token) => _valid[token] = false;

    private Reply Answer(RecordedCall call)
    {
        if (call.RawTarget.StartsWith("/oauth/token", StringComparison.Ordinal))
        {
            return IssueToken(call);
        }

        var authorization = call.Header("Authorization");
        if (!authorization.StartsWith("Bearer ", StringComparison.Ordinal) || !_valid.TryGetValue(authorization["Bearer ".Length..], out var valid) || !valid)
        {
            var challenge = SaysInvalidToken ? "Bearer error=\"invalid_token\", error_description=\"The token was revoked\"" : "Bearer realm=\"pools\"";
            return new Reply(401) { Headers = new Dictionary<string, string> { ["WWW-Authenticate"] = challenge } };
        }

        return Reply.Json(call.Method == "POST" ? 201 : 200, """{"id":"p1","name":"main"}""");
    }

    private Reply IssueToken(RecordedCall call)
    {
        var form = call.BodyText.Split('&').Select(p => p.Split('=')).ToDictionary(p => Uri.UnescapeDataString(p[0]), p => Uri.UnescapeDataString(p[1].Replace('+', ' ')));
        string? id, secret;
        if (Expects == "basic")
        {
            var header = call.Header("Authorization");
            var pair = header.StartsWith("Basic ", StringComparison.Ordinal)
                ? System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(header["Basic ".Length..])).Split(':', 2)
                : new[] { string.Empty, string.Empty };
            id = Uri.UnescapeDataString(pair[0].Replace('+', ' '));
            secret = Uri.UnescapeDataString(pair[1].Replace('+', ' '));
        }
        else
        {
            id = form.GetValueOrDefault("client_id");
            secret = form.GetValueOrDefault("client_secret");
        }

        if (form.GetValueOrDefault("grant_type") != "client_credentials" || id != ClientId || secret != ClientSecret)
        {
            return Reply.Json(401, """{"error":"invalid_client","error_description":"Client authentication failed"}""") with { Delay = TokenDelay };
        }

        var token = "tok-" + Interlocked.Increment(ref _issued);
        _valid[token] = true;
        return Reply.Json(200, $$"""{"access_token":"{{token}}","token_type":"Bearer","expires_in":{{ExpiresIn}}}""") with { Delay = TokenDelay };
    }

    public ValueTask DisposeAsync() => Server.DisposeAsync();
}
