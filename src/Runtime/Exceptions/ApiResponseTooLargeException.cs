using System;
using System.Collections.Generic;
using System.Globalization;
using SpecClient.Internal;

namespace SpecClient;

/// <summary>
/// Thrown when a success response's body is larger than <see cref="ApiClientOptions.MaxResponseBodyBytes"/>, whether its
/// <c>Content-Length</c> said so up front or more bytes arrived than the limit. The body is not kept.
/// </summary>
/// <remarks>
/// Operations that return a <see cref="System.IO.Stream"/> are not limited: the caller reads the body at its own pace.
/// </remarks>
public class ApiResponseTooLargeException : ApiException
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="operationId">The OpenAPI operation id.</param>
    /// <param name="statusCode">The (success) status code of the response.</param>
    /// <param name="limit">The limit in bytes that was exceeded.</param>
    /// <param name="headers">The response headers.</param>
    public ApiResponseTooLargeException(string operationId, int statusCode, long limit, IReadOnlyDictionary<string, IReadOnlyList<string>>? headers = null)
        : base(BuildMessage(operationId, statusCode, limit), operationId, statusCode, null, false, headers, null, null)
    {
        Limit = limit;
    }

    /// <summary>Initializes a new instance with a message of a derived kind.</summary>
    /// <param name="message">The message; it must not contain server data or a credential.</param>
    /// <param name="operationId">The OpenAPI operation id.</param>
    /// <param name="statusCode">The (success) status code of the response.</param>
    /// <param name="limit">The limit in bytes that was exceeded.</param>
    /// <param name="headers">The response headers.</param>
    protected ApiResponseTooLargeException(string message, string operationId, int statusCode, long limit, IReadOnlyDictionary<string, IReadOnlyList<string>>? headers)
        : base(message, operationId, statusCode, null, false, headers, null, null)
    {
        Limit = limit;
    }

    /// <summary>Gets the limit, in bytes, that the body exceeded.</summary>
    public long Limit { get; }

    private static string BuildMessage(string operationId, int statusCode, long limit)
        => string.Format(
            CultureInfo.InvariantCulture,
            "Operation '{0}' returned status {1} with a body larger than the limit of {2} bytes (ApiClientOptions.MaxResponseBodyBytes).",
            operationId,
            HttpReasonPhrases.Describe(statusCode),
            limit);
}
