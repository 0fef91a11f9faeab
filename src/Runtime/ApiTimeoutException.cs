using System;
using System.Globalization;

namespace SpecClient;

/// <summary>
/// Thrown when a request did not get its response headers within <see cref="System.Net.Http.HttpClient.Timeout"/>.
/// </summary>
/// <remarks>
/// Cancellation through the caller's <see cref="System.Threading.CancellationToken"/> is not a timeout: it surfaces
/// as <see cref="OperationCanceledException"/>. The original exception is kept as <see cref="Exception.InnerException"/>.
/// </remarks>
public class ApiTimeoutException : TimeoutException
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="operationId">The OpenAPI operation id.</param>
    /// <param name="timeout">The timeout that elapsed, if known.</param>
    /// <param name="innerException">The exception that caused this one, if any.</param>
    public ApiTimeoutException(string operationId, TimeSpan? timeout = null, Exception? innerException = null)
        : base(BuildMessage(operationId, timeout), innerException)
    {
        OperationId = operationId ?? string.Empty;
        Timeout = timeout;
    }

    /// <summary>Gets the OpenAPI operation id of the operation that timed out.</summary>
    public string OperationId { get; }

    /// <summary>Gets the timeout that elapsed (the HttpClient's <c>Timeout</c>), if known.</summary>
    public TimeSpan? Timeout { get; }

    private static string BuildMessage(string operationId, TimeSpan? timeout)
    {
        return timeout is { } t && t != System.Threading.Timeout.InfiniteTimeSpan
            ? string.Format(CultureInfo.InvariantCulture, "Operation '{0}' timed out after {1:0.###} seconds (HttpClient.Timeout).", operationId, t.TotalSeconds)
            : string.Format(CultureInfo.InvariantCulture, "Operation '{0}' timed out (HttpClient.Timeout).", operationId);
    }
}
