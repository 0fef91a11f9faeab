using System;
using System.Net;

namespace SpecClient;

/// <summary>
/// Thrown when an OAuth 2.0 token endpoint did not give an access token: it refused the client (say
/// <c>invalid_client</c> or <c>invalid_scope</c>), failed, or sent no usable token. The message names the token
/// endpoint's status and its OAuth error code, never the client secret or a token.
/// </summary>
public class ApiTokenException : Exception
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="statusCode">The token endpoint's status, or <see langword="null"/> when no response was received.</param>
    /// <param name="error">The OAuth <c>error</c> code the endpoint sent (<c>invalid_client</c>, ...), if any.</param>
    /// <param name="innerException">The exception that caused this one, if any.</param>
    public ApiTokenException(HttpStatusCode? statusCode, string? error, Exception? innerException = null)
        : base(BuildMessage(statusCode, error), innerException)
    {
        StatusCode = statusCode;
        Error = error;
    }

    /// <summary>Gets the token endpoint's status, or <see langword="null"/> when no response was received.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>Gets the OAuth <c>error</c> code the token endpoint sent, if any.</summary>
    public string? Error { get; }

    private static string BuildMessage(HttpStatusCode? statusCode, string? error)
    {
        string status = statusCode is { } code ? " with status " + (int)code : string.Empty;
        string reason = error is null ? string.Empty : " (error '" + error + "')";
        return "The OAuth 2.0 token endpoint gave no access token" + status + reason + ".";
    }
}
