using System;

namespace SpecClient.Internal;

/// <summary>
/// The system clock read at millisecond resolution (<see cref="Environment.TickCount64"/>): what a call's budget starts
/// from. A precise timestamp costs a <c>clock_gettime</c> of its own (about 20 ns, on every call, though the time is
/// only looked at when a body read has to wait); the coarse one is a read of a value the kernel keeps. Timers made on
/// it are the system's (<see cref="TimeProvider.CreateTimer"/> is not overridden). Holds no state.
/// </summary>
internal sealed class CoarseClock : TimeProvider
{
    private CoarseClock()
    {
    }

    /// <summary>The one instance.</summary>
    public static CoarseClock Instance { get; } = new();

    /// <inheritdoc />
    public override long TimestampFrequency => 1000;

    /// <inheritdoc />
    public override long GetTimestamp() => Environment.TickCount64;

    /// <summary>Gets whether timers on <paramref name="clock"/> are the system's: the system clock or this one.</summary>
    public static bool RunsOnSystemTimers(TimeProvider clock) => ReferenceEquals(clock, TimeProvider.System) || ReferenceEquals(clock, Instance);

    /// <summary>The clock a budget on <paramref name="clock"/> keeps its start on: this one for the system clock, any other clock itself.</summary>
    public static TimeProvider For(TimeProvider clock) => ReferenceEquals(clock, TimeProvider.System) ? Instance : clock;
}
