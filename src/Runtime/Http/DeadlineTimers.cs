using System;
using System.Threading;

namespace SpecClient.Internal;

/// <summary>
/// Timers for <see cref="BodyDeadline"/>: a cancellation source that cancels itself after a delay. On the system clock
/// one source per thread is kept and reused (<see cref="CancellationTokenSource.TryReset"/>), so reading a body within
/// a timeout costs no allocation per call; any other clock gets a new source each time.
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

    /// <summary>Gets a source that cancels itself after <paramref name="delay"/> on <paramref name="clock"/>.</summary>
    /// <param name="delay">The delay (positive).</param>
    /// <param name="clock">The clock to run on.</param>
    /// <param name="reusable">Whether the source may be handed back with <see cref="Return"/> for reuse.</param>
    /// <returns>The running source; the caller gives it to <see cref="Return"/> when done.</returns>
    public static CancellationTokenSource Start(TimeSpan delay, TimeProvider clock, out bool reusable)
    {
        if (!ReferenceEquals(clock, TimeProvider.System))
        {
            reusable = false;
            return new CancellationTokenSource(delay, clock);
        }

        CancellationTokenSource source = t_spare ?? new CancellationTokenSource();
        t_spare = null;
        source.CancelAfter(delay);
        reusable = true;
        return source;
    }

    /// <summary>Stops <paramref name="source"/> and keeps it for the next call, or disposes it when it cannot be reused.</summary>
    /// <param name="source">A source from <see cref="Start"/>.</param>
    /// <param name="reusable">What <see cref="Start"/> said about it.</param>
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
