using System;
using System.Threading;

namespace SpecClient.Internal;

/// <summary>A running timer for reading (part of) a response body, linked to the caller's cancellation token. Disposed once, by its creator.</summary>
internal readonly struct BodyDeadline : IDisposable
{
    private readonly CancellationTokenSource? _timer;
    private readonly CancellationTokenSource? _linked;
    private readonly bool _reusable;

    /// <summary>Initializes a deadline of <paramref name="timeout"/> from now on <paramref name="clock"/>, or none when it is infinite.</summary>
    public BodyDeadline(CancellationToken cancellationToken, TimeSpan timeout, ApiTimeoutKind kind, TimeSpan wait, TimeProvider clock)
    {
        Timeout = timeout;
        Kind = kind;
        if (timeout == System.Threading.Timeout.InfiniteTimeSpan)
        {
            Token = cancellationToken;
            return;
        }

        CancellationTokenSource timer = DeadlineTimers.Start(wait, clock, out _reusable);
        _timer = timer;
        if (cancellationToken.CanBeCanceled)
        {
            _linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timer.Token);
            Token = _linked.Token;
        }
        else
        {
            Token = timer.Token;
        }
    }

    /// <summary>Gets the token to read with: canceled by the caller or when the time is up.</summary>
    public CancellationToken Token { get; }

    /// <summary>Gets the timeout this deadline enforces.</summary>
    public TimeSpan Timeout { get; }

    /// <summary>Gets which setting the timeout comes from.</summary>
    public ApiTimeoutKind Kind { get; }

    /// <summary>Gets whether the time ran out.</summary>
    public bool Expired => _timer is not null && _timer.IsCancellationRequested;

    /// <summary>Creates the exception for a read that ran out of time.</summary>
    public ApiTimeoutException TimedOut(string operationId, Exception innerException) => new(operationId, Timeout, Kind, innerException);

    public void Dispose()
    {
        _linked?.Dispose();
        if (_timer is { } timer)
        {
            DeadlineTimers.Return(timer, _reusable);
        }
    }
}
