using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Polly;
using Polly.Retry;
using Polly.Timeout;
using SpecClient.Internal;

namespace SpecClient;

/// <summary>
/// The resilience switch of generated clients: lets a call whose method is not idempotent be retried. The policy itself
/// (which failures are transient, which methods are retried) is the client's, built on Polly.
/// </summary>
/// <remarks>
/// Idempotent methods (RFC 9110 section 9.2.2: GET, HEAD, OPTIONS, TRACE, PUT, DELETE; and QUERY) are retried on 408, 429, 500,
/// 502, 503, 504, a per-attempt timeout or a connection failure. Other methods (POST, PATCH, ...) are retried only
/// when the connection could not be established (the request never left), unless the client
/// (<see cref="ApiClientOptions.RetryUnsafeMethods"/>), the calls of a scope (<see cref="AllowRetries()"/>) or one
/// request (<see cref="AllowRetries(HttpRequestMessage)"/>, <see cref="ApiRequestOptions.IdempotencyKey"/>) opts in. 501 and 505 are never retried: they do not go away. A request whose
/// body cannot be sent again (a stream that cannot seek) is never retried.
/// </remarks>
public static class ApiResilience
{
    /// <summary>The request option <see cref="AllowRetries(HttpRequestMessage)"/> sets.</summary>
    internal static readonly HttpRequestOptionsKey<bool> AllowRetriesOption = new("SpecClient.AllowRetries");

    internal static readonly HttpRequestOptionsKey<string> OperationIdOption = new("SpecClient.OperationId");

    private static readonly AsyncLocal<bool> s_allowRetries = new();

    private static readonly ResiliencePropertyKey<bool> RetryableKey = new("SpecClient.Retryable");

    private static readonly ResiliencePropertyKey<bool> ReplayableKey = new("SpecClient.Replayable");

    private static readonly ResiliencePropertyKey<bool> TotalTimeoutKey = new("SpecClient.TotalTimeout");

    /// <summary>
    /// Lets every request sent in the current asynchronous flow, until the returned scope is disposed, be retried even
    /// when its method is not idempotent. Use it only for calls that are safe to repeat.
    /// </summary>
    /// <returns>The scope; dispose it to restore the previous behaviour.</returns>
    /// <example><code>using (ApiResilience.AllowRetries()) { await client.UpdateSomethingIdempotentAsync(...); }</code></example>
    public static IDisposable AllowRetries()
    {
        bool previous = s_allowRetries.Value;
        s_allowRetries.Value = true;
        return new Scope(previous);
    }

    /// <summary>
    /// Lets <paramref name="request"/> be retried even when its method is not idempotent; for the client's
    /// <c>OnPreparingRequest</c> hook, where an operation known to be safe to repeat can opt in.
    /// </summary>
    /// <param name="request">The request about to be sent.</param>
    /// <example><code>if (operationId == "my-idempotent-post") ApiResilience.AllowRetries(request);</code></example>
    public static void AllowRetries(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Options.Set(AllowRetriesOption, true);
    }

    /// <summary>Gets whether a response status is transient: 408, 429, 500, 502, 503 or 504.</summary>
    /// <param name="statusCode">The status code.</param>
    /// <returns><see langword="true"/> when a later attempt may succeed.</returns>
    internal static bool IsTransientStatus(int statusCode) => statusCode is 408 or 429 or 500 or 502 or 503 or 504;

    /// <summary>
    /// Gets whether a method is idempotent per RFC 9110 (GET, HEAD, OPTIONS, TRACE, PUT, DELETE), or is QUERY, which its
    /// definition (the HTTP QUERY method draft, OpenAPI 3.2's <c>query</c> operations) makes safe and idempotent.
    /// </summary>
    /// <param name="method">The method.</param>
    /// <returns><see langword="true"/> when repeating the request has the same effect as sending it once.</returns>
    internal static bool IsIdempotentMethod(HttpMethod method)
    {
        ArgumentNullException.ThrowIfNull(method);
        return method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Options
            || method == HttpMethod.Trace || method == HttpMethod.Put || method == HttpMethod.Delete
            || string.Equals(method.Method, Query, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The QUERY method's name (net8.0 has no <c>HttpMethod.Query</c>).</summary>
    private const string Query = "QUERY";

    /// <summary>Gets whether <paramref name="request"/> may be retried after a failure that may have reached the server.</summary>
    /// <param name="request">The request.</param>
    /// <param name="options">The client's options.</param>
    /// <returns><see langword="true"/> when the method is idempotent or the client or the call opted in.</returns>
    internal static bool IsRetryAllowed(HttpRequestMessage request, ApiClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(options);
        return options.RetryUnsafeMethods
            || IsIdempotentMethod(request.Method)
            || s_allowRetries.Value
            || (request.Options.TryGetValue(AllowRetriesOption, out bool allowed) && allowed);
    }

    /// <summary>
    /// Builds the Polly pipeline a <see cref="ApiResilienceHandler"/> runs each request through: a total timeout, then
    /// retries (exponential backoff with jitter, honouring <c>Retry-After</c>), then a per-attempt timeout.
    /// </summary>
    /// <param name="options">The client's options; they are read now.</param>
    /// <param name="timeProvider">The clock (tests may pass a fake one); <see cref="TimeProvider.System"/> when <see langword="null"/>.</param>
    /// <returns>The pipeline.</returns>
    /// <exception cref="ArgumentException"><paramref name="options"/> is invalid.</exception>
    internal static ResiliencePipeline<HttpResponseMessage> CreatePipeline(ApiClientOptions options, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ThrowIfInvalid();
        TimeProvider clock = timeProvider ?? TimeProvider.System;
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = clock };
        if (options.Timeout != Timeout.InfiniteTimeSpan)
        {
            builder.AddTimeout(new TimeoutStrategyOptions
            {
                Name = "SpecClient.TotalTimeout",
                Timeout = options.Timeout,
                OnTimeout = static args =>
                {
                    args.Context.Properties.Set(TotalTimeoutKey, true);
                    return default;
                },
            });
        }

        if (options.MaxRetryAttempts > 0)
        {
            TimeSpan maxRetryAfter = options.MaxRetryAfter;
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                Name = "SpecClient.Retry",
                MaxRetryAttempts = options.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = options.UseJitter,
                Delay = options.RetryBaseDelay,
                MaxDelay = options.RetryMaxDelay,
                ShouldHandle = args => new ValueTask<bool>(ShouldRetry(args.Outcome, args.Context, maxRetryAfter, clock)),
                DelayGenerator = args => new ValueTask<TimeSpan?>(
                    args.Outcome.Result is { } response ? RetryAfter.From(response, clock.GetUtcNow()) : null),
            });
        }

        if (options.AttemptTimeout != Timeout.InfiniteTimeSpan)
        {
            builder.AddTimeout(new TimeoutStrategyOptions { Name = "SpecClient.AttemptTimeout", Timeout = options.AttemptTimeout });
        }

        return builder.Build();
    }

    internal static void MarkRetryable(ResilienceContext context, bool retryable, bool replayable)
    {
        context.Properties.Set(RetryableKey, retryable);
        context.Properties.Set(ReplayableKey, replayable);
    }

    internal static bool WasTotalTimeout(ResilienceContext context) => context.Properties.GetValue(TotalTimeoutKey, false);

    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, ResilienceContext context, TimeSpan maxRetryAfter, TimeProvider clock)
    {
        if (context.CancellationToken.IsCancellationRequested || !context.Properties.GetValue(ReplayableKey, true))
        {
            // A body that cannot be sent again (a stream that cannot seek back) is never retried: the caller gets the
            // failure as it is, rather than a second attempt that fails on the spent stream.
            return false;
        }

        bool retryable = context.Properties.GetValue(RetryableKey, false);
        switch (outcome.Exception)
        {
            case HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError }:
                // The connection was never established, so the request never reached the server: safe for any method.
                return true;
            case HttpRequestException:
            case TimeoutRejectedException:
                return retryable;
            case not null:
                return false;
        }

        if (!retryable || outcome.Result is not { } response || !IsTransientStatus((int)response.StatusCode))
        {
            return false;
        }

        return RetryAfter.From(response, clock.GetUtcNow()) is not { } wait || wait <= maxRetryAfter;
    }

    private sealed class Scope(bool previous) : IDisposable
    {
        private bool _disposed;

        public void Dispose()
        {
            if (!_disposed)
            {
                _disposed = true;
                s_allowRetries.Value = previous;
            }
        }
    }
}
