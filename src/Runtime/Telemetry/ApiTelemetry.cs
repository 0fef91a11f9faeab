using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace SpecClient;

/// <summary>
/// How generated clients report each call: one <see cref="Activity"/> (kind Client) per call from an
/// <see cref="ActivitySource"/>, and the <c>http.client.request.duration</c> histogram (seconds) from a <see cref="Meter"/>,
/// both named like the client (<c>{Namespace}.{ClassName}</c>, the generated client's <c>TelemetryName</c> constant);
/// <see cref="SourceName"/> and <see cref="MeterName"/> name those of requests made without a generated client. Both carry the operation's path
/// template (<c>url.template</c>, as in <c>/pools/{id}</c>) and operation id, never the filled-in path, a query value,
/// a header or a credential. Nothing is created while nobody listens.
/// </summary>
/// <remarks>With OpenTelemetry: <c>.WithTracing(t =&gt; t.AddSource(PoolsClient.TelemetryName))</c> and <c>.WithMetrics(m =&gt; m.AddMeter(PoolsClient.TelemetryName))</c>.</remarks>
public static class ApiTelemetry
{
    /// <summary>The name of the <see cref="ActivitySource"/> of calls made without a generated client.</summary>
    public const string SourceName = "SpecClient";

    /// <summary>The name of the <see cref="Meter"/> of call durations made without a generated client.</summary>
    public const string MeterName = "SpecClient";

    /// <summary>The tag holding the OpenAPI operation id.</summary>
    public const string OperationIdTag = "specclient.operation.id";
}
