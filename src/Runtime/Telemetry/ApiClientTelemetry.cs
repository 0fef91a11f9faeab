using System.Collections.Concurrent;
using System.ComponentModel;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace SpecClient.Internal;

/// <summary>
/// One client's telemetry: the <see cref="ActivitySource"/> and the <see cref="Meter"/> named like the client
/// (<c>{Namespace}.{ClassName}</c>, the generated client's <c>TelemetryName</c>), and the
/// <c>http.client.request.duration</c> histogram. Made once per name and shared, so clients of one API report together.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ApiClientTelemetry
{
    private static readonly ConcurrentDictionary<string, ApiClientTelemetry> ByName = new(System.StringComparer.Ordinal);

    private ApiClientTelemetry(string name)
    {
        var version = typeof(ApiClientTelemetry).Assembly.GetName().Version?.ToString();
        Source = new ActivitySource(name, version);
        Meter = new Meter(name, version);
        Duration = Meter.CreateHistogram<double>("http.client.request.duration", "s", "Duration of a generated client's calls, from sending to the response headers.");
    }

    /// <summary>What a request made without a client reports under (<see cref="ApiTelemetry.SourceName"/>).</summary>
    internal static ApiClientTelemetry Default { get; } = For(ApiTelemetry.SourceName);

    internal ActivitySource Source { get; }

    internal Meter Meter { get; }

    internal Histogram<double> Duration { get; }

    /// <summary>Whether anybody listens to the calls (spans or durations); a call nobody watches pays nothing.</summary>
    internal bool IsListening => Source.HasListeners() || Duration.Enabled;

    /// <summary>The telemetry of the client named <paramref name="name"/>.</summary>
    public static ApiClientTelemetry For(string name) => ByName.GetOrAdd(name, static n => new ApiClientTelemetry(n));
}

/// <summary>An operation's path template (<c>/pools/{id}</c>) and the telemetry of its client: one per operation, made once.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ApiRoute
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="telemetry">The client's telemetry.</param>
    /// <param name="template">The path template as the spec writes it.</param>
    public ApiRoute(ApiClientTelemetry telemetry, string template)
    {
        Telemetry = telemetry;
        Template = template;
    }

    /// <summary>The path template as the spec writes it; never the filled-in path.</summary>
    public string Template { get; }

    internal ApiClientTelemetry Telemetry { get; }
}
