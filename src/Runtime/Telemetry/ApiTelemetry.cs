using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace SpecClient;

/// <summary>
/// The names under which generated clients report each call: one <see cref="Activity"/> (kind Client) per call from
/// the <see cref="ActivitySource"/> named <see cref="SourceName"/>, and the <c>http.client.request.duration</c>
/// histogram (seconds) from the <see cref="Meter"/> named <see cref="MeterName"/>. Both carry the operation's path
/// template (<c>url.template</c>, as in <c>/pools/{id}</c>) and operation id, never the filled-in path, a query value,
/// a header or a credential. Nothing is created while nobody listens.
/// </summary>
/// <remarks>With OpenTelemetry: <c>.WithTracing(t =&gt; t.AddSource(ApiTelemetry.SourceName))</c> and <c>.WithMetrics(m =&gt; m.AddMeter(ApiTelemetry.MeterName))</c>.</remarks>
public static class ApiTelemetry
{
    /// <summary>The name of the <see cref="ActivitySource"/> of generated clients' calls.</summary>
    public const string SourceName = "SpecClient";

    /// <summary>The name of the <see cref="Meter"/> of generated clients' call durations.</summary>
    public const string MeterName = "SpecClient";

    /// <summary>The tag holding the OpenAPI operation id.</summary>
    public const string OperationIdTag = "specclient.operation.id";

    internal static readonly ActivitySource Source = new(SourceName, typeof(ApiTelemetry).Assembly.GetName().Version?.ToString());

    internal static readonly Meter Meter = new(MeterName, typeof(ApiTelemetry).Assembly.GetName().Version?.ToString());

    internal static readonly Histogram<double> Duration = Meter.CreateHistogram<double>(
        "http.client.request.duration", "s", "Duration of a generated client's calls, from sending to the response headers.");
}
