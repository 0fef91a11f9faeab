using System;
using System.ComponentModel;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Polly;
using Polly.Timeout;
namespace SpecClient.Internal;

/// <summary>
/// A <see cref="DelegatingHandler"/> that sends each request through the client's Polly pipeline
/// (<see cref="ApiResilience.CreatePipeline"/>): total timeout, retries of transient failures, per-attempt timeout;
/// and that follows redirects itself, so that credentials never go to another origin.
/// </summary>
/// <remarks>
/// <para>
/// Generated clients put it in front of the transport (<c>Create(options)</c>, <c>Add{ClientName}()</c>); not meant to be
/// created directly.
/// </para>
/// <para>
/// A timeout surfaces as <see cref="ApiTimeoutException"/>; the caller's cancellation as
/// <see cref="OperationCanceledException"/>. Responses of discarded attempts are disposed.
/// </para>
/// <para>
/// The call's limits travel with the request, so that reading the response body keeps to them: the total timeout
/// (<see cref="ApiClientOptions.Timeout"/>) covers the body as well as the headers, and a success body read into
/// memory is at most <see cref="ApiClientOptions.MaxResponseBodyBytes"/>.
/// </para>
/// <para>
/// When the primary handler at the end of the chain is a <see cref="SocketsHttpHandler"/> or
/// <see cref="HttpClientHandler"/> that follows redirects, this handler turns that off before the first request and
/// follows them itself (up to 10): a hop to another scheme, host or port is sent without <c>Authorization</c>,
/// <c>Cookie</c> and API key headers, and a hop from https to http is not followed.
/// </para>
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ApiResilienceHandler : DelegatingHandler
{
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;
    private readonly ApiClientOptions _options;
    private readonly TimeProvider _clock;
    private readonly object _gate = new();
    private int _redirectMode; // 0: not decided yet, 1: followed here, 2: left to the primary handler

    /// <summary>Initializes a new instance.</summary>
    /// <param name="options">The client's options (read now).</param>
    /// <param name="timeProvider">The clock; <see cref="TimeProvider.System"/> when <see langword="null"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="options"/> is invalid.</exception>
    public ApiResilienceHandler(ApiClientOptions options, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _clock = timeProvider ?? TimeProvider.System;
        _pipeline = ApiResilience.CreatePipeline(options, _clock);
    }

    /// <inheritdoc/>
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        CallBudget.StartFromOptions(request, _options, _clock);
        ResilienceContext context = ResilienceContextPool.Shared.Get(cancellationToken);
        ApiResilience.MarkRetryable(context, ApiResilience.IsRetryAllowed(request, _options), ContentReplay.CanReplay(request.Content));
        try
        {
            return await _pipeline.ExecuteAsync(
                static async (ctx, state) => await state.Handler.SendAttemptAsync(state.Request, ctx.CancellationToken).ConfigureAwait(false),
                context,
                (Handler: this, Request: request)).ConfigureAwait(false);
        }
        catch (TimeoutRejectedException ex) when (!cancellationToken.IsCancellationRequested)
        {
            string operationId = CallRequest.TryGetOperationId(request, out string? id) ? id : request.Method.Method;
            bool total = ApiResilience.WasTotalTimeout(context);
            throw new ApiTimeoutException(operationId, total ? _options.Timeout : _options.AttemptTimeout, total ? ApiTimeoutKind.Total : ApiTimeoutKind.Attempt, ex);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private Task<HttpResponseMessage> SendAttemptAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        => FollowsRedirects()
            ? Redirects.SendAsync(static (hop, token, handler) => handler.SendInnerAsync(hop, token), request, this, cancellationToken)
            : base.SendAsync(request, cancellationToken);

    private Task<HttpResponseMessage> SendInnerAsync(HttpRequestMessage request, CancellationToken cancellationToken) => base.SendAsync(request, cancellationToken);

    private bool FollowsRedirects()
    {
        int mode = Volatile.Read(ref _redirectMode);
        if (mode == 0)
        {
            lock (_gate)
            {
                if (_redirectMode == 0)
                {
                    Volatile.Write(ref _redirectMode, Redirects.TakeOverFrom(InnerHandler) ? 1 : 2);
                }

                mode = _redirectMode;
            }
        }

        return mode == 1;
    }
}
