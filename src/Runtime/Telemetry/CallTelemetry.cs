using System;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace SpecClient.Internal;

/// <summary>
/// Wraps a call in its <see cref="Activity"/> and duration measurement (see <see cref="ApiTelemetry"/>), by the
/// OpenTelemetry HTTP client conventions: name <c>{METHOD} {url.template}</c>, tags <c>http.request.method</c>,
/// <c>server.address</c>, <c>server.port</c>, <c>url.template</c>, <c>http.response.status_code</c> and, on failure,
/// <c>error.type</c> (the status code, or the exception's type). HttpClient's own span (with the retries, redirects and
/// the token request) is its child. Only taken when someone listens, so a call nobody watches pays nothing.
/// </summary>
internal static class CallTelemetry
{
    /// <summary>Whether anybody listens to the telemetry of the client that made <paramref name="request"/>.</summary>
    public static bool IsListening(HttpRequestMessage request) => TelemetryOf(request).IsListening;

    private static ApiClientTelemetry TelemetryOf(HttpRequestMessage request) =>
        (request as CallRequest)?.Route?.Telemetry ?? ApiClientTelemetry.Default;

    public static async Task<HttpResponseMessage> TraceAsync(HttpClient httpClient, HttpRequestMessage request, string operationId, CancellationToken cancellationToken)
    {
        string method = request.Method.Method;
        string? route = (request as CallRequest)?.Route?.Template;
        ApiClientTelemetry telemetry = TelemetryOf(request);
        Uri? uri = request.RequestUri;
        long started = Stopwatch.GetTimestamp();
        using Activity? activity = telemetry.Source.StartActivity(route is null ? method : method + " " + route, ActivityKind.Client);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag("http.request.method", method);
            activity.SetTag("server.address", uri?.Host);
            activity.SetTag("server.port", uri?.Port);
            activity.SetTag("url.template", route);
            activity.SetTag(ApiTelemetry.OperationIdTag, operationId);
        }

        int? status = null;
        string? error = null;
        try
        {
            HttpResponseMessage response = await ApiHttp.SendUntracedAsync(httpClient, request, operationId, cancellationToken).ConfigureAwait(false);
            status = (int)response.StatusCode;
            if (status >= 400)
            {
                error = status.Value.ToString(CultureInfo.InvariantCulture);
            }

            return response;
        }
        catch (Exception ex)
        {
            error = ex.GetType().FullName;
            throw;
        }
        finally
        {
            if (activity is { IsAllDataRequested: true })
            {
                activity.SetTag("http.response.status_code", status);
                if (error is not null)
                {
                    activity.SetTag("error.type", error);
                    activity.SetStatus(ActivityStatusCode.Error);
                }
            }

            if (telemetry.Duration.Enabled)
            {
                var tags = new TagList
                {
                    { "http.request.method", method },
                    { "server.address", uri?.Host },
                    { "server.port", uri?.Port },
                    { "url.template", route },
                    { ApiTelemetry.OperationIdTag, operationId },
                };
                if (status is { } code)
                {
                    tags.Add("http.response.status_code", code);
                }

                if (error is not null)
                {
                    tags.Add("error.type", error);
                }

                telemetry.Duration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, tags);
            }
        }
    }
}
