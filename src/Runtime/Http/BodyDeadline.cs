using System;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace SpecClient.Internal;

/// <summary>A running timer for reading (part of) a response body, linked to the caller's cancellation token. Disposed once, by its creator.</summary>
internal readonly struct BodyDeadline : IDisposable
{
    private readonly CancellationTokenSource? _timer;
    private readonly CancellationTokenSource? _linked;
    private readonly bool _reusable;
    private readonly TimeSpan _wait;

    // Where _wait counts from (a timestamp of _origin), or no clock: from when the timer is armed.
    private readonly TimeProvider? _origin;
    private readonly long _started;

    /// <summary>Initializes a deadline <paramref name="wait"/> from now (from its arming, on the system clock) on <paramref name="clock"/>, or none when <paramref name="timeout"/> is infinite.</summary>
    public BodyDeadline(CancellationToken cancellationToken, TimeSpan timeout, ApiTimeoutKind kind, TimeSpan wait, TimeProvider clock)
    {
        Timeout = timeout;
        Kind = kind;
        if (timeout == System.Threading.Timeout.InfiniteTimeSpan)
        {
            Token = cancellationToken;
            return;
        }

        // An unarmed (system) timer counts the wait from when it is armed: a read that completes at once reads no clock.
        CancellationTokenSource timer = DeadlineTimers.Rent(wait, clock, out _reusable);
        _timer = timer;
        _wait = wait;
        Token = Link(cancellationToken, timer, out _linked);
    }

    /// <summary>
    /// Initializes a deadline <paramref name="timeout"/> after <paramref name="started"/> (a timestamp of
    /// <paramref name="clock"/>, which runs on the system's timers), on an unarmed timer: the clock is read only when a
    /// read has to wait.
    /// </summary>
    public BodyDeadline(CancellationToken cancellationToken, TimeSpan timeout, ApiTimeoutKind kind, TimeProvider clock, long started)
    {
        Timeout = timeout;
        Kind = kind;
        CancellationTokenSource timer = DeadlineTimers.Rent(timeout, clock, out _reusable);
        _timer = timer;
        _wait = timeout;
        _origin = clock;
        _started = started;
        Token = Link(cancellationToken, timer, out _linked);
    }

    private static CancellationToken Link(CancellationToken cancellationToken, CancellationTokenSource timer, out CancellationTokenSource? linked)
    {
        if (cancellationToken.CanBeCanceled)
        {
            linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timer.Token);
            return linked.Token;
        }

        linked = null;
        return timer.Token;
    }

    /// <summary>Gets the token to read with: canceled by the caller or when the time is up.</summary>
    public CancellationToken Token { get; }

    /// <summary>Gets the timeout this deadline enforces.</summary>
    public TimeSpan Timeout { get; }

    /// <summary>Gets which setting the timeout comes from.</summary>
    public ApiTimeoutKind Kind { get; }

    /// <summary>Gets whether the time ran out.</summary>
    public bool Expired => _timer is not null && _timer.IsCancellationRequested;

    /// <summary>Starts <paramref name="content"/>'s body stream with <see cref="Token"/>, arming the timer only if it has to wait.</summary>
    public Task<Stream> ReadAsStreamAsync(HttpContent content)
    {
        Task<Stream> pending = content.ReadAsStreamAsync(Token);
        if (!pending.IsCompleted)
        {
            Arm();
        }

        return pending;
    }

    /// <summary>Reads from <paramref name="stream"/> with <see cref="Token"/>, arming the timer only if the read has to wait.</summary>
    public ValueTask<int> ReadAsync(Stream stream, Memory<byte> buffer)
    {
        ValueTask<int> pending = stream.ReadAsync(buffer, Token);
        if (!pending.IsCompleted)
        {
            Arm();
        }

        return pending;
    }

    /// <summary>
    /// Arms an unarmed (system clock) timer to fire at the deadline: called when a read has to wait, so a read that
    /// completes at once costs no timer and no clock read. A deadline counted from a start sets the same instant when
    /// armed again; one without (a single read of a returned stream) waits its whole time from the arming. Other timers
    /// run from the start.
    /// </summary>
    public void Arm()
    {
        if (_reusable && _timer is { } timer)
        {
            TimeSpan left = _origin is { } origin ? _wait - origin.GetElapsedTime(_started) : _wait;
            timer.CancelAfter(left > TimeSpan.FromMilliseconds(1) ? left : TimeSpan.FromMilliseconds(1));
        }
    }

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
