using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Polly;
using Polly.Timeout;

namespace SpecClient;

/// <summary>
/// A <see cref="DelegatingHandler"/> that sends each request through the client's Polly pipeline
/// (<see cref="ApiResilience.CreatePipeline"/>): total timeout, retries of transient failures, per-attempt timeout.
/// </summary>
/// <remarks>
/// A timeout surfaces as <see cref="ApiTimeoutException"/>; the caller's cancellation as
/// <see cref="OperationCanceledException"/>. Responses of discarded attempts are disposed.
/// </remarks>
public sealed class ApiResilienceHandler : DelegatingHandler
{
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;
    private readonly ApiClientOptions _options;

    /// <summary>Initializes a new instance.</summary>
    /// <param name="options">The client's options (read now).</param>
    /// <param name="timeProvider">The clock; <see cref="TimeProvider.System"/> when <see langword="null"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="options"/> is invalid.</exception>
    public ApiResilienceHandler(ApiClientOptions options, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _pipeline = ApiResilience.CreatePipeline(options, timeProvider);
    }

    /// <inheritdoc/>
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ResilienceContext context = ResilienceContextPool.Shared.Get(cancellationToken);
        ApiResilience.MarkRetryable(context, ApiResilience.IsRetryAllowed(request, _options));
        try
        {
            return await _pipeline.ExecuteAsync(
                static async (ctx, state) => await state.Handler.SendCoreAsync(state.Request, ctx.CancellationToken).ConfigureAwait(false),
                context,
                (Handler: this, Request: request)).ConfigureAwait(false);
        }
        catch (TimeoutRejectedException ex) when (!cancellationToken.IsCancellationRequested)
        {
            string operationId = request.Options.TryGetValue(ApiResilience.OperationIdOption, out string? id) ? id : request.Method.Method;
            bool total = ApiResilience.WasTotalTimeout(context);
            throw new ApiTimeoutException(operationId, total ? _options.Timeout : _options.AttemptTimeout, total ? ApiTimeoutKind.Total : ApiTimeoutKind.Attempt, ex);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private Task<HttpResponseMessage> SendCoreAsync(HttpRequestMessage request, CancellationToken cancellationToken) => base.SendAsync(request, cancellationToken);
}
