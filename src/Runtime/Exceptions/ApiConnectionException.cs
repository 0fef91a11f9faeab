using System;
using System.Net.Http;

namespace SpecClient;

/// <summary>
/// Thrown when an operation failed before a complete response was received: the connection could not be
/// established, was reset, or the response could not be read.
/// </summary>
/// <remarks>
/// It derives from <see cref="HttpRequestException"/> (not <see cref="ApiException"/>, as there is no status code),
/// so handlers and retry policies that treat <see cref="HttpRequestException"/> as transient keep working;
/// <see cref="HttpRequestException.HttpRequestError"/> is copied from the underlying exception, which is kept as
/// <see cref="Exception.InnerException"/>. The message names the operation and the kind of failure, never the URL.
/// </remarks>
public class ApiConnectionException : HttpRequestException
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="operationId">The OpenAPI operation id.</param>
    /// <param name="httpRequestError">The kind of failure.</param>
    /// <param name="innerException">The exception that caused this one, if any.</param>
    public ApiConnectionException(string operationId, HttpRequestError httpRequestError, Exception? innerException = null)
        : base(httpRequestError, BuildMessage(operationId, httpRequestError), innerException)
    {
        OperationId = operationId ?? string.Empty;
    }

    /// <summary>Gets the OpenAPI operation id of the operation that failed.</summary>
    public string OperationId { get; }

    private static string BuildMessage(string operationId, HttpRequestError error)
    {
        string what = error switch
        {
            HttpRequestError.NameResolutionError => "the server's host name could not be resolved",
            HttpRequestError.ConnectionError => "the connection to the server could not be established",
            HttpRequestError.SecureConnectionError => "the secure (TLS) connection could not be established",
            HttpRequestError.ResponseEnded => "the server closed the connection before the response was complete",
            HttpRequestError.InvalidResponse => "the server sent an invalid HTTP response",
            HttpRequestError.HttpProtocolError => "an HTTP protocol error occurred",
            HttpRequestError.ProxyTunnelError => "the proxy tunnel could not be established",
            HttpRequestError.ConfigurationLimitExceeded => "a configured limit (such as the maximum response header size) was exceeded",
            HttpRequestError.UserAuthenticationError => "authentication with the server or proxy failed",
            HttpRequestError.ExtendedConnectNotSupported => "the server does not support extended CONNECT",
            HttpRequestError.VersionNegotiationError => "the HTTP version could not be negotiated",
            _ => "the request could not be sent or its response could not be read",
        };

        return "Operation '" + operationId + "' failed: " + what + ".";
    }
}
