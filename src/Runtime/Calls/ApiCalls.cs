using System;
using System.ComponentModel;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace SpecClient.Internal;

/// <summary>
/// Sends a generated client's request with the caller's <see cref="ApiRequestOptions"/> applied: extra headers, the
/// idempotency key (and with it the retry opt-in), and the per-call timeout over the headers and a buffered body.
/// Used by generated code; not meant to be called directly.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ApiCalls
{
    /// <summary>
    /// Creates the request message of a call. It keeps the call's operation id and limits in fields rather than in
    /// <see cref="HttpRequestMessage.Options"/>, so sending it allocates no options dictionary; it is otherwise an
    /// ordinary <see cref="HttpRequestMessage"/>.
    /// </summary>
    /// <param name="method">The HTTP method.</param>
    /// <returns>The request, without a URI yet.</returns>
    public static HttpRequestMessage CreateRequest(HttpMethod method) => new CallRequest(method, null);

    /// <summary>Creates the request message of a call as <see cref="CreateRequest(HttpMethod)"/> does, with the operation's path template for telemetry.</summary>
    /// <param name="method">The HTTP method.</param>
    /// <param name="route">The operation's path template as the spec writes it (<c>/pools/{id}</c>): a constant, so the call allocates nothing more.</param>
    /// <returns>The request, without a URI yet.</returns>
    public static HttpRequestMessage CreateRequest(HttpMethod method, string route) => new CallRequest(method, null) { Route = new ApiRoute(ApiClientTelemetry.Default, route) };

    /// <summary>Creates the request message of a call with its operation's route (made once per operation) and so its client's telemetry.</summary>
    /// <param name="method">The HTTP method.</param>
    /// <param name="route">The operation's path template and client telemetry.</param>
    /// <returns>The request.</returns>
    public static HttpRequestMessage CreateRequest(HttpMethod method, ApiRoute route) => new CallRequest(method, null) { Route = route };

    /// <summary>Sends <paramref name="request"/> as <see cref="ApiHttp.SendAsync"/> does, after applying <paramref name="options"/>.</summary>
    /// <param name="httpClient">The client to send with.</param>
    /// <param name="request">The request.</param>
    /// <param name="operationId">The OpenAPI operation id, used in exception messages.</param>
    /// <param name="options">The caller's per-call options, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">The caller's cancellation token.</param>
    /// <returns>The response, whatever its status; the caller disposes it.</returns>
    /// <exception cref="ArgumentException"><paramref name="options"/> holds an invalid header or key.</exception>
    /// <exception cref="ApiTimeoutException">The response headers did not arrive in time; <see cref="ApiTimeoutKind.Call"/> when the per-call timeout elapsed.</exception>
    public static Task<HttpResponseMessage> SendAsync(HttpClient httpClient, HttpRequestMessage request, string operationId, ApiRequestOptions? options, CancellationToken cancellationToken)
    {
        // Without options (every plain call) this adds no task of its own to the call.
        return options is null
            ? ApiHttp.SendAsync(httpClient, request, operationId, cancellationToken)
            : SendWithOptionsAsync(httpClient, request, operationId, options, cancellationToken);
    }

    private static async Task<HttpResponseMessage> SendWithOptionsAsync(HttpClient httpClient, HttpRequestMessage request, string operationId, ApiRequestOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        options.ThrowIfInvalid();
        if (options.PageUri is { } pageUri)
        {
            // A pager's next page: the same request (credentials, headers, options) sent to the URI the last page named,
            // keeping the query parameters the link leaves out (a query-string API key).
            request.RequestUri = PageQuery.Merge(pageUri, request.RequestUri);
        }

        // Per-call headers may carry credentials: none of them follows a redirect to another origin.
        foreach (var header in options.Headers)
        {
            Replace(request, header.Key, header.Value);
            CredentialHeaders.Record(request, header.Key);
        }

        if (options.IdempotencyKey is { } key)
        {
            Replace(request, ApiRequestOptions.IdempotencyKeyHeader, key);
            CredentialHeaders.Record(request, ApiRequestOptions.IdempotencyKeyHeader);
            ApiResilience.AllowRetries(request);
        }

        if (options.Timeout is not { } timeout || timeout == Timeout.InfiniteTimeSpan)
        {
            return await ApiHttp.SendAsync(httpClient, request, operationId, cancellationToken).ConfigureAwait(false);
        }

        long started = TimeProvider.System.GetTimestamp();
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timer.CancelAfter(timeout);
        HttpResponseMessage response;
        try
        {
            response = await ApiHttp.SendAsync(httpClient, request, operationId, timer.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested && timer.IsCancellationRequested)
        {
            throw new ApiTimeoutException(operationId, timeout, ApiTimeoutKind.Call, ex);
        }

        // Reading the body keeps to what is left of the per-call timeout (see CallBudget).
        CallBudget.LimitTotal(request, timeout, started);
        return response;
    }

    private static void Replace(HttpRequestMessage request, string name, string value)
    {
        // NonValidated.Contains and TryAddWithoutValidation never throw on a name that belongs to the other collection.
        if (request.Headers.NonValidated.Contains(name))
        {
            request.Headers.Remove(name);
        }

        if (request.Headers.TryAddWithoutValidation(name, value) || request.Content is not { } content)
        {
            return;
        }

        // A content header (Content-Language, say) on a request that has content.
        if (content.Headers.NonValidated.Contains(name))
        {
            content.Headers.Remove(name);
        }

        content.Headers.TryAddWithoutValidation(name, value);
    }
}
