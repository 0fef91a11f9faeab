using System;
using System.Collections.Generic;

namespace SpecClient;

/// <summary>Thrown for a 429 Too Many Requests response.</summary>
public class ApiRateLimitedException : ApiException
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="operationId">The OpenAPI operation id.</param>
    /// <param name="retryAfter">How long the server asked the client to wait, from its <c>Retry-After</c> header, if any.</param>
    /// <param name="responseBody">The capped response body.</param>
    /// <param name="isResponseBodyTruncated">Whether the body was truncated.</param>
    /// <param name="headers">The response headers.</param>
    /// <param name="error">The typed error body, if any.</param>
    public ApiRateLimitedException(string operationId, TimeSpan? retryAfter = null, string? responseBody = null, bool isResponseBodyTruncated = false, IReadOnlyDictionary<string, IReadOnlyList<string>>? headers = null, object? error = null)
        : base(operationId, 429, responseBody, isResponseBodyTruncated, headers, error)
    {
        RetryAfter = retryAfter;
    }

    /// <summary>
    /// Gets how long the server asked the client to wait before retrying, parsed from the
    /// <c>Retry-After</c> header (delta seconds or an HTTP-date, measured from when the response was read;
    /// a date in the past gives <see cref="TimeSpan.Zero"/>), or <see langword="null"/> when absent or unreadable.
    /// </summary>
    public TimeSpan? RetryAfter { get; }
}
