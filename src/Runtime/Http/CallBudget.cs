using System;
using System.Net.Http;
using System.Threading;

namespace SpecClient.Internal;

/// <summary>
/// The limits of one call, carried in its request's options so that reading the response body keeps to them after
/// the headers have arrived: what is left of the total timeout, how long one read of a returned stream may wait, and
/// how large a success body and one streamed event may be, and how many pages a walk may request.
/// </summary>
/// <remarks>
/// <see cref="ApiHttp.SendAsync"/> starts one from <see cref="HttpClient.Timeout"/>; an <see cref="ApiResilienceHandler"/>
/// in the handler chain replaces it with the client's <see cref="ApiClientOptions"/>. Holds no secret.
/// </remarks>
internal sealed class CallBudget
{
    /// <summary>The default for <see cref="ApiClientOptions.MaxResponseBodyBytes"/>: 64 MiB.</summary>
    public const int DefaultMaxResponseBodyBytes = 64 * 1024 * 1024;

    /// <summary>The default for <see cref="ApiClientOptions.MaxEventBytes"/>: 16 MiB.</summary>
    public const int DefaultMaxEventBytes = 16 * 1024 * 1024;

    /// <summary>The default for <see cref="ApiClientOptions.MaxPages"/>: 1,000 pages.</summary>
    public const int DefaultMaxPages = 1000;

    /// <summary>The largest value <see cref="ApiClientOptions.MaxPages"/> and <see cref="ApiRequestOptions.MaxPages"/> take.</summary>
    public const int MaxMaxPages = 1_000_000;

    private static readonly HttpRequestOptionsKey<CallBudget> Key = new("SpecClient.CallBudget");

    private static readonly CallBudget Unlimited = new(TimeProvider.System, 0, Timeout.InfiniteTimeSpan, ApiTimeoutKind.HttpClient, Timeout.InfiniteTimeSpan, DefaultMaxResponseBodyBytes, DefaultMaxEventBytes, DefaultMaxPages);

    private readonly TimeProvider _clock;
    private readonly long _started;

    // A budget shared by the calls of every client with the same HttpClient.Timeout: each call's start is kept by its
    // request (CallRequest.BudgetStarted), so starting a call allocates no budget of its own.
    private readonly bool _startedByRequest;

    // The shared budget of the last HttpClient.Timeout seen (a process has one or few).
    private static CallBudget? s_httpClientShared;

    private CallBudget(TimeProvider clock, long started, TimeSpan total, ApiTimeoutKind totalKind, TimeSpan streamReadTimeout, int maxResponseBodyBytes, int maxEventBytes, int maxPages, bool startedByRequest = false)
    {
        _clock = clock;
        _started = started;
        _startedByRequest = startedByRequest;
        Total = total;
        TotalKind = totalKind;
        StreamReadTimeout = streamReadTimeout;
        MaxResponseBodyBytes = maxResponseBodyBytes;
        MaxEventBytes = maxEventBytes;
        MaxPages = maxPages;
    }

    /// <summary>Gets the total time the call may take, reading the body included (infinite when off).</summary>
    public TimeSpan Total { get; }

    /// <summary>Gets which setting <see cref="Total"/> comes from.</summary>
    public ApiTimeoutKind TotalKind { get; }

    /// <summary>Gets how long one read of a response stream returned to the caller may wait for data (infinite when off).</summary>
    public TimeSpan StreamReadTimeout { get; }

    /// <summary>Gets the largest success body, in bytes, that is read into memory.</summary>
    public int MaxResponseBodyBytes { get; }

    /// <summary>Gets the largest one event of an event stream may be, in bytes.</summary>
    public int MaxEventBytes { get; }

    /// <summary>Gets the most pages one walk of a paged operation requests.</summary>
    public int MaxPages { get; }

    /// <summary>Gets the clock the timeouts run on.</summary>
    public TimeProvider Clock => _clock;

    /// <summary>
    /// Starts the budget of a call from <see cref="HttpClient.Timeout"/>, which then bounds it all (when an
    /// <see cref="ApiResilienceHandler"/> is in the chain, it replaces this budget with the client's options). An
    /// infinite timeout needs no budget: the defaults apply.
    /// </summary>
    public static void StartFromHttpClient(HttpRequestMessage request, HttpClient httpClient)
    {
        TimeSpan timeout = httpClient.Timeout;
        if (timeout == Timeout.InfiniteTimeSpan)
        {
            return;
        }

        // The coarse clock: the start is looked at only when a body read has to wait (see BodyDeadline.Arm).
        long started = CoarseClock.Instance.GetTimestamp();
        if (request is CallRequest call)
        {
            call.Budget = SharedFor(timeout);
            call.BudgetStarted = started;
            return;
        }

        Set(request, FromHttpClient(timeout, started, startedByRequest: false));
    }

    private static CallBudget FromHttpClient(TimeSpan timeout, long started, bool startedByRequest)
        => new(CoarseClock.Instance, started, timeout, ApiTimeoutKind.HttpClient, timeout, DefaultMaxResponseBodyBytes, DefaultMaxEventBytes, DefaultMaxPages, startedByRequest);

    private static CallBudget SharedFor(TimeSpan timeout)
    {
        CallBudget? shared = s_httpClientShared;
        if (shared is null || shared.Total != timeout)
        {
            // Immutable, so a race only makes one more of it.
            shared = FromHttpClient(timeout, 0, startedByRequest: true);
            s_httpClientShared = shared;
        }

        return shared;
    }

    // When the call that sent request started (a timestamp of _clock).
    private long StartOf(HttpRequestMessage? request)
        => _startedByRequest && request is CallRequest call ? call.BudgetStarted : _started;

    /// <summary>Starts (or restarts) the budget of a call from the client's options.</summary>
    public static void StartFromOptions(HttpRequestMessage request, ApiClientOptions options, TimeProvider clock)
        => Set(request, new CallBudget(CoarseClock.For(clock), CoarseClock.For(clock).GetTimestamp(), options.Timeout, ApiTimeoutKind.Total, options.AttemptTimeout, options.MaxResponseBodyBytes, options.MaxEventBytes, options.MaxPages));

    /// <summary>
    /// Narrows the total time of the call that sent <paramref name="request"/> to a per-call timeout started at
    /// <paramref name="started"/> (a <see cref="TimeProvider.System"/> timestamp), when that ends sooner than the client's.
    /// </summary>
    public static void LimitTotal(HttpRequestMessage request, TimeSpan timeout, long started)
    {
        CallBudget current = Get(request) ?? Unlimited;
        TimeSpan callLeft = timeout - TimeProvider.System.GetElapsedTime(started);
        if (current.Total == Timeout.InfiniteTimeSpan || callLeft < current.Total - current._clock.GetElapsedTime(current.StartOf(request)))
        {
            Set(request, new CallBudget(TimeProvider.System, started, timeout, ApiTimeoutKind.Call, current.StreamReadTimeout, current.MaxResponseBodyBytes, current.MaxEventBytes, current.MaxPages));
        }
    }

    /// <summary>Gets the budget of the call that produced <paramref name="response"/> (no time limit and the default size limit when there is none).</summary>
    public static CallBudget Of(HttpResponseMessage response)
        => response.RequestMessage is { } request && Get(request) is { } budget ? budget : Unlimited;

    // A generated client's request keeps the budget in a field; any other request in its options.
    private static CallBudget? Get(HttpRequestMessage request)
        => request is CallRequest call ? call.Budget : request.Options.TryGetValue(Key, out CallBudget? budget) ? budget : null;

    private static void Set(HttpRequestMessage request, CallBudget budget)
    {
        if (request is CallRequest call)
        {
            call.Budget = budget;
        }
        else
        {
            request.Options.Set(Key, budget);
        }
    }

    /// <summary>
    /// Starts the timer for reading the body of <paramref name="response"/>, whose call's budget this is (see <see cref="Of"/>):
    /// what is left of <see cref="Total"/>, linked to the caller's token.
    /// </summary>
    public BodyDeadline StartBodyDeadline(HttpResponseMessage response, CancellationToken cancellationToken)
        => StartBodyDeadline(StartOf(response.RequestMessage), cancellationToken);

    private BodyDeadline StartBodyDeadline(long started, CancellationToken cancellationToken)
    {
        if (Total == Timeout.InfiniteTimeSpan)
        {
            return new BodyDeadline(cancellationToken, Total, TotalKind, Total, _clock);
        }

        if (CoarseClock.RunsOnSystemTimers(_clock))
        {
            // The timer starts unarmed and is armed only if a read has to wait, counting from the call's start then:
            // a body already received reads no clock at all.
            return new BodyDeadline(cancellationToken, Total, TotalKind, _clock, started);
        }

        TimeSpan left = Total - _clock.GetElapsedTime(started);
        TimeSpan wait = left > TimeSpan.FromMilliseconds(1) ? left : TimeSpan.FromMilliseconds(1);
        return new BodyDeadline(cancellationToken, Total, TotalKind, wait, _clock);
    }

    /// <summary>Starts the timer for one read of a returned stream, linked to the caller's token.</summary>
    public BodyDeadline StartStreamRead(CancellationToken cancellationToken)
        => new(cancellationToken, StreamReadTimeout, ApiTimeoutKind.StreamRead, StreamReadTimeout, _clock);
}
