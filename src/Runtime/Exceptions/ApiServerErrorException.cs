using System;
using System.Collections.Generic;

namespace SpecClient;

/// <summary>Thrown for a 5xx response: the server (or a gateway in front of it) failed.</summary>
public class ApiServerErrorException : ApiException
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="operationId">The OpenAPI operation id.</param>
    /// <param name="statusCode">The 5xx status code.</param>
    /// <param name="responseBody">The capped response body.</param>
    /// <param name="isResponseBodyTruncated">Whether the body was truncated.</param>
    /// <param name="headers">The response headers.</param>
    /// <param name="error">The typed error body, if any.</param>
    public ApiServerErrorException(string operationId, int statusCode, string? responseBody = null, bool isResponseBodyTruncated = false, IReadOnlyDictionary<string, IReadOnlyList<string>>? headers = null, object? error = null)
        : base(operationId, statusCode, responseBody, isResponseBodyTruncated, headers, error)
    {
    }
}
