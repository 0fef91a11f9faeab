using System;
using System.Net;
using System.Net.Sockets;
using Prolific.Credentials;
using Prolific.LocalServer;

namespace SpecClient.Resilience.Tests.Infrastructure;

public static class Servers
{
    /// <summary>Options that retry quickly, so that the tests do not wait for production backoff delays.</summary>
    public static ProlificCredentialsClientOptions FastOptions(LocalProlificServer server, int maxRetryAttempts = 3) => new()
    {
        BaseAddress = server.BaseAddress,
        Credentials = new() { ApiToken = server.Token },
        MaxRetryAttempts = maxRetryAttempts,
        RetryBaseDelay = TimeSpan.FromMilliseconds(5),
        RetryMaxDelay = TimeSpan.FromMilliseconds(50),
        AttemptTimeout = TimeSpan.FromSeconds(20),
        Timeout = TimeSpan.FromSeconds(60),
    };

    /// <summary>A 127.0.0.1 address nobody listens on (a port that was just free).</summary>
    public static Uri RefusingAddress()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}/");
    }

    public static CannedResponse Status(int status, string? retryAfter = null) => new()
    {
        StatusCode = status,
        ContentType = "application/json",
        Body = "{\"error\":\"canned " + status + "\"}",
        Headers = retryAfter is null
            ? new System.Collections.Generic.Dictionary<string, string>()
            : new System.Collections.Generic.Dictionary<string, string> { ["Retry-After"] = retryAfter },
    };
}
