using System;
using System.Collections.Generic;

namespace SpecClient;

/// <summary>Thrown for a 404 Not Found response.</summary>
public class ApiNotFoundException : ApiException
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="operationId">The OpenAPI operation id.</param>
    /// <param name="responseBody">The capped response body.</param>
    /// <param name="isResponseBodyTruncated">Whether the body was truncated.</param>
    /// <param name="headers">The response headers.</param>
    /// <param name="error">The typed error body, if any.</param>
    public ApiNotFoundException(string operationId, string? responseBody = null, bool isResponseBodyTruncated = false, IReadOnlyDictionary<string, IReadOnlyList<string>>? headers = null, object? error = null)
        : base(operationId, 404, responseBody, isResponseBodyTruncated, headers, error)
    {
    }
}
