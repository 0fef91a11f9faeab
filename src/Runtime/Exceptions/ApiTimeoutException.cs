using System;
using System.Globalization;

namespace SpecClient;

/// <summary>
/// Thrown when a call did not complete in time: its response (headers and body) did not arrive within the client's total
/// timeout (<see cref="ApiClientOptions.Timeout"/>, or <see cref="System.Net.Http.HttpClient.Timeout"/> without the SpecClient
/// handler), an attempt's headers did not arrive within <see cref="ApiClientOptions.AttemptTimeout"/>, or a read of a
/// returned response stream received nothing for that long (see <see cref="Kind"/>).
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
        : this(operationId, timeout, ApiTimeoutKind.HttpClient, innerException)
    {
    }

    /// <summary>Initializes a new instance.</summary>
    /// <param name="operationId">The OpenAPI operation id.</param>
    /// <param name="timeout">The timeout that elapsed, if known.</param>
    /// <param name="kind">Which timeout elapsed.</param>
    /// <param name="innerException">The exception that caused this one, if any.</param>
    public ApiTimeoutException(string operationId, TimeSpan? timeout, ApiTimeoutKind kind, Exception? innerException = null)
        : base(BuildMessage(operationId, timeout, kind), innerException)
    {
        OperationId = operationId ?? string.Empty;
        Timeout = timeout;
        Kind = kind;
    }

    /// <summary>Gets the OpenAPI operation id of the operation that timed out.</summary>
    public string OperationId { get; }

    /// <summary>Gets the timeout that elapsed, if known.</summary>
    public TimeSpan? Timeout { get; }

    /// <summary>Gets which timeout elapsed.</summary>
    public ApiTimeoutKind Kind { get; }

    private static string BuildMessage(string operationId, TimeSpan? timeout, ApiTimeoutKind kind)
    {
        string which = kind switch
        {
            ApiTimeoutKind.Total => "total timeout, retries included",
            ApiTimeoutKind.Attempt => "per-attempt timeout",
            ApiTimeoutKind.StreamRead => "no data arrived for a read of the response stream",
            _ => "HttpClient.Timeout",
        };
        return timeout is { } t && t != System.Threading.Timeout.InfiniteTimeSpan
            ? string.Format(CultureInfo.InvariantCulture, "Operation '{0}' timed out after {1:0.###} seconds ({2}).", operationId, t.TotalSeconds, which)
            : string.Format(CultureInfo.InvariantCulture, "Operation '{0}' timed out ({1}).", operationId, which);
    }
}
