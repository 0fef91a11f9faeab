using System;
using System.Threading;

namespace SpecClient.Internal;

/// <summary>
/// Timers for <see cref="BodyDeadline"/>: a cancellation source that cancels itself after a delay. On the system clock
/// the source starts unarmed, and <see cref="BodyDeadline"/> arms it only when a read has to wait (a body already
/// received costs no timer at all); one source per thread is kept and reused (<see cref="CancellationTokenSource.TryReset"/>),
/// so reading a body within a timeout costs no allocation per call. Any other clock gets a new, running source each time.
/// </summary>
/// <remarks>
/// A source goes back for reuse only when <see cref="CancellationTokenSource.TryReset"/> succeeds, which it does only
/// when the source was never canceled and its timer never fired; a source whose time ran out is disposed instead, so a
/// reused one is never already canceled. The sources carry no data of the call.
/// </remarks>
internal static class DeadlineTimers
{
    [ThreadStatic]
    private static CancellationTokenSource? t_spare;

    /// <summary>
    /// Gets a source for a deadline <paramref name="delay"/> from now on <paramref name="clock"/>: on the system clock an
    /// unarmed, reusable one (<paramref name="reusable"/>; the caller arms it with <see cref="CancellationTokenSource.CancelAfter(TimeSpan)"/>
    /// when it has to wait), on any other clock a new one already running.
    /// </summary>
    /// <param name="delay">The delay (positive).</param>
    /// <param name="clock">The clock to run on.</param>
    /// <param name="reusable">Whether the source is an unarmed one that may be handed back with <see cref="Return"/> for reuse.</param>
    /// <returns>The source; the caller gives it to <see cref="Return"/> when done.</returns>
    public static CancellationTokenSource Rent(TimeSpan delay, TimeProvider clock, out bool reusable)
    {
        if (!CoarseClock.RunsOnSystemTimers(clock))
        {
            reusable = false;
            return new CancellationTokenSource(delay, clock);
        }

        CancellationTokenSource source = t_spare ?? new CancellationTokenSource();
        t_spare = null;
        reusable = true;
        return source;
    }

    /// <summary>Stops <paramref name="source"/> and keeps it for the next call, or disposes it when it cannot be reused.</summary>
    /// <param name="source">A source from <see cref="Rent"/>.</param>
    /// <param name="reusable">What <see cref="Rent"/> said about it.</param>
    public static void Return(CancellationTokenSource source, bool reusable)
    {
        if (reusable && source.TryReset())
        {
            t_spare = source;
            return;
        }

        source.Dispose();
    }
}
