using System;
using System.Net.Http;
using System.Threading;

namespace SpecClient.Internal;

/// <summary>
/// Builds the <see cref="HttpClient"/> a generated client's <c>Create(options)</c> uses when there is no dependency
/// injection: the same retry and timeout behaviour as the <c>services.Add{ClassName}()</c> registration.
/// </summary>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public static class ApiHttpClientFactory
{
    /// <summary>
    /// Creates an <see cref="HttpClient"/> whose requests go through an <see cref="ApiResilienceHandler"/> built from
    /// <paramref name="options"/>, then <paramref name="primaryHandler"/> (a <see cref="SocketsHttpHandler"/> that
    /// renews connections every 2 minutes, so DNS changes are seen, when <see langword="null"/>).
    /// </summary>
    /// <param name="options">The client's options; they are validated.</param>
    /// <param name="defaultBaseUrl">The spec's first server URL, used when <see cref="ApiClientOptions.BaseAddress"/> is not set.</param>
    /// <param name="primaryHandler">The handler that sends; it is disposed with the returned client.</param>
    /// <returns>A client to keep and reuse for the lifetime of the application. Its <see cref="HttpClient.Timeout"/> is infinite: the options' timeouts apply.</returns>
    /// <exception cref="ArgumentException"><paramref name="options"/> is invalid; the message never contains a configured value.</exception>
    public static HttpClient Create(ApiClientOptions options, string? defaultBaseUrl = null, HttpMessageHandler? primaryHandler = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var resilience = new ApiResilienceHandler(options)
        {
            InnerHandler = primaryHandler ?? new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) },
        };
        var client = new HttpClient(resilience, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
        Configure(client, options, defaultBaseUrl);
        return client;
    }

    /// <summary>Applies <paramref name="options"/> to an <see cref="HttpClient"/>: its base address, and an infinite <see cref="HttpClient.Timeout"/> (the options' timeouts apply instead).</summary>
    /// <param name="client">The client (for example one <c>IHttpClientFactory</c> creates).</param>
    /// <param name="options">The options.</param>
    /// <param name="defaultBaseUrl">The spec's first server URL, used when <see cref="ApiClientOptions.BaseAddress"/> is not set and it is an absolute http(s) URL.</param>
    public static void Configure(HttpClient client, ApiClientOptions options, string? defaultBaseUrl = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        client.Timeout = Timeout.InfiniteTimeSpan;
        Uri? baseAddress = options.BaseAddress;
        if (baseAddress is null && defaultBaseUrl is not null && ApiUri.IsAbsoluteHttp(defaultBaseUrl, out Uri? fromSpec))
        {
            // A relative server URL (such as /api/v3) is not a base address: on Linux and macOS it would parse as a
            // file URI. It is joined to the configured base address when each request's URI is built (ApiUri.Create).
            baseAddress = fromSpec;
        }

        if (baseAddress is not null)
        {
            client.BaseAddress = baseAddress;
        }
    }
}
