using System;

namespace SpecClient;

/// <summary>
/// How a generated <c>Webhooks</c> receiver verifies deliveries: how far a delivery's timestamp may be from now, how
/// large a body it reads from a stream, and which clock it asks (a test's fake one).
/// </summary>
public sealed class ApiWebhookOptions
{
    /// <summary>The default <see cref="Tolerance"/>: five minutes, the Standard Webhooks recommendation.</summary>
    public static readonly TimeSpan DefaultTolerance = TimeSpan.FromMinutes(5);

    private TimeSpan _tolerance = DefaultTolerance;
    private int _maxBodyBytes = SpecClient.Internal.CallBudget.DefaultMaxResponseBodyBytes;
    private TimeProvider _timeProvider = TimeProvider.System;

    /// <summary>
    /// Gets or sets how far a delivery's <c>webhook-timestamp</c> may lie before or after now (default five minutes):
    /// the replay window. Between one second and one day.
    /// </summary>
    public TimeSpan Tolerance
    {
        get => _tolerance;
        set => _tolerance = value >= TimeSpan.FromSeconds(1) && value <= TimeSpan.FromDays(1)
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), "Tolerance must be between one second and one day.");
    }

    /// <summary>Gets or sets the largest body, in bytes, read from a stream (default 64 MiB, like response bodies).</summary>
    public int MaxBodyBytes
    {
        get => _maxBodyBytes;
        set => _maxBodyBytes = value >= 1024
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), "MaxBodyBytes must be at least 1024.");
    }

    /// <summary>Gets or sets the clock timestamps are compared with (default <see cref="TimeProvider.System"/>).</summary>
    public TimeProvider TimeProvider
    {
        get => _timeProvider;
        set => _timeProvider = value ?? throw new ArgumentNullException(nameof(value));
    }
}
