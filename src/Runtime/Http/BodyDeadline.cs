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
    private readonly long _started;

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

        CancellationTokenSource timer = DeadlineTimers.Rent(wait, clock, out _reusable);
        _timer = timer;
        _wait = wait;
        _started = TimeProvider.System.GetTimestamp();
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
    /// completes at once costs no timer. Arming again sets the same instant. Other timers run from the start.
    /// </summary>
    public void Arm()
    {
        if (_reusable && _timer is { } timer)
        {
            TimeSpan left = _wait - TimeProvider.System.GetElapsedTime(_started);
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
