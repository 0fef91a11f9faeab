using System;
using System.Collections.Generic;

namespace SpecClient;

/// <summary>
/// Thrown when a response has a success status but its body cannot be read as the type the operation declares:
/// malformed or truncated JSON, a JSON <c>null</c> for a non-nullable body, or a content type that is not JSON.
/// </summary>
/// <remarks>
/// The message names the operation and, for JSON errors, the JSON path where reading failed.
/// The original <see cref="System.Text.Json.JsonException"/> (if any) is kept as <see cref="Exception.InnerException"/>.
/// </remarks>
public class ApiResponseFormatException : ApiException
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="message">The message; it must not contain secrets or the request URL.</param>
    /// <param name="operationId">The OpenAPI operation id.</param>
    /// <param name="statusCode">The (success) status code of the response.</param>
    /// <param name="jsonPath">The JSON path where reading failed, if known.</param>
    /// <param name="responseBody">The capped response body, when it was read as text (it is not for JSON errors).</param>
    /// <param name="isResponseBodyTruncated">Whether the body was truncated.</param>
    /// <param name="headers">The response headers.</param>
    /// <param name="innerException">The exception that caused this one, if any.</param>
    public ApiResponseFormatException(
        string message,
        string operationId,
        int statusCode,
        string? jsonPath = null,
        string? responseBody = null,
        bool isResponseBodyTruncated = false,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? headers = null,
        Exception? innerException = null)
        : base(message, operationId, statusCode, responseBody, isResponseBodyTruncated, headers, null, innerException)
    {
        JsonPath = jsonPath;
    }

    /// <summary>Gets the JSON path (for example <c>$.credential_pools[0].total_credentials</c>) where reading failed, if known.</summary>
    public string? JsonPath { get; }
}
