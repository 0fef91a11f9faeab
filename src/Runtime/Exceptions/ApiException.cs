using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using SpecClient.Internal;

namespace SpecClient;

/// <summary>
/// Thrown when an operation's response has a status code that the operation does not treat as success.
/// </summary>
/// <remarks>
/// <para>
/// The message names the operation, the status code and, when the server sent one, the request id.
/// It never contains the request's URL, query string, headers, credentials or the response body:
/// read <see cref="ResponseBody"/> for the body (which may echo what was sent, so log it with care).
/// </para>
/// <para>
/// Subclasses exist for the common kinds of failure: <see cref="ApiBadRequestException"/> (400),
/// <see cref="ApiUnauthorizedException"/> (401), <see cref="ApiForbiddenException"/> (403),
/// <see cref="ApiNotFoundException"/> (404), <see cref="ApiConflictException"/> (409),
/// <see cref="ApiRateLimitedException"/> (429) and <see cref="ApiServerErrorException"/> (5xx).
/// Other statuses are reported as a plain <see cref="ApiException"/>.
/// </para>
/// </remarks>
public class ApiException : Exception
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> EmptyHeaders =
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Initializes a new instance with a message built from the operation, status and request id.</summary>
    /// <param name="operationId">The OpenAPI operation id of the failed operation.</param>
    /// <param name="statusCode">The HTTP status code of the response.</param>
    /// <param name="responseBody">The response body as text (at most 64 KiB), or <see langword="null"/> when none could be read.</param>
    /// <param name="isResponseBodyTruncated">Whether <paramref name="responseBody"/> was cut at the cap.</param>
    /// <param name="headers">The response and content headers; looked up case-insensitively.</param>
    /// <param name="error">The typed error body, when the operation declares one and it could be read.</param>
    /// <param name="innerException">The exception that caused this one, if any.</param>
    public ApiException(
        string operationId,
        int statusCode,
        string? responseBody = null,
        bool isResponseBodyTruncated = false,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? headers = null,
        object? error = null,
        Exception? innerException = null)
        : this(
            BuildMessage(operationId, statusCode, FindRequestId(headers)),
            operationId,
            statusCode,
            responseBody,
            isResponseBodyTruncated,
            headers,
            error,
            innerException)
    {
    }

    /// <summary>Initializes a new instance with an explicit message.</summary>
    /// <param name="message">The message. It must not contain secrets, the request URL or its query.</param>
    /// <param name="operationId">The OpenAPI operation id of the failed operation.</param>
    /// <param name="statusCode">The HTTP status code of the response.</param>
    /// <param name="responseBody">The response body as text (at most 64 KiB), or <see langword="null"/>.</param>
    /// <param name="isResponseBodyTruncated">Whether <paramref name="responseBody"/> was cut at the cap.</param>
    /// <param name="headers">The response and content headers; looked up case-insensitively.</param>
    /// <param name="error">The typed error body, if any.</param>
    /// <param name="innerException">The exception that caused this one, if any.</param>
    public ApiException(
        string message,
        string operationId,
        int statusCode,
        string? responseBody,
        bool isResponseBodyTruncated,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? headers,
        object? error,
        Exception? innerException)
        : base(message, innerException)
    {
        OperationId = operationId ?? string.Empty;
        StatusCode = statusCode;
        ResponseBody = responseBody;
        IsResponseBodyTruncated = isResponseBodyTruncated;
        Headers = headers is null ? EmptyHeaders : ApiResponseHeaders.ToCaseInsensitive(headers);
        RequestId = FindRequestId(Headers);
        Error = error;
    }

    /// <summary>Gets the HTTP status code of the response.</summary>
    public int StatusCode { get; }

    /// <summary>Gets the OpenAPI operation id of the operation that failed.</summary>
    public string OperationId { get; }

    /// <summary>
    /// Gets the response body as text, whatever its content type, capped at 64 KiB
    /// (see <see cref="IsResponseBodyTruncated"/>); <see langword="null"/> when the body could not be read.
    /// An empty body is an empty string.
    /// </summary>
    public string? ResponseBody { get; }

    /// <summary>Gets a value indicating whether <see cref="ResponseBody"/> holds only the first 64 KiB of the body.</summary>
    public bool IsResponseBodyTruncated { get; }

    /// <summary>Gets the response and content headers, keyed case-insensitively.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Headers { get; }

    /// <summary>
    /// Gets the request id the server reported in an <c>x-request-id</c>, <c>request-id</c> or
    /// <c>x-correlation-id</c> response header (first found, in that order), or <see langword="null"/>.
    /// </summary>
    public string? RequestId { get; }

    /// <summary>Gets the typed error body, when the operation declares one for this status and the body could be read as it.</summary>
    public object? Error { get; }

    /// <summary>Gets <see cref="Error"/> as <typeparamref name="T"/>, or <see langword="null"/> when it is absent or of another type.</summary>
    /// <typeparam name="T">The expected error body type.</typeparam>
    /// <returns>The typed error body or <see langword="null"/>.</returns>
    public T? GetError<T>() where T : class => Error as T;

    internal static string BuildMessage(string operationId, int statusCode, string? requestId)
    {
        var builder = new StringBuilder();
        builder.Append("Operation '").Append(operationId).Append("' failed with status ")
            .Append(statusCode.ToString(CultureInfo.InvariantCulture));
        string? phrase = HttpReasonPhrases.Get(statusCode);
        if (phrase is not null)
        {
            builder.Append(" (").Append(phrase).Append(')');
        }

        builder.Append('.');
        if (!string.IsNullOrEmpty(requestId))
        {
            builder.Append(" Request id: ").Append(ServerText.Sanitize(requestId)).Append('.');
        }

        return builder.ToString();
    }

    internal static string? FindRequestId(IReadOnlyDictionary<string, IReadOnlyList<string>>? headers)
    {
        if (headers is null)
        {
            return null;
        }

        foreach (string name in new[] { "x-request-id", "request-id", "x-correlation-id" })
        {
            if (TryGetHeader(headers, name, out IReadOnlyList<string>? values))
            {
                foreach (string value in values)
                {
                    if (!string.IsNullOrWhiteSpace(value))
                    {
                        return value.Trim();
                    }
                }
            }
        }

        return null;
    }

    private static bool TryGetHeader(
        IReadOnlyDictionary<string, IReadOnlyList<string>> headers,
        string name,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IReadOnlyList<string>? values)
    {
        if (headers.TryGetValue(name, out values))
        {
            return true;
        }

        foreach (KeyValuePair<string, IReadOnlyList<string>> pair in headers)
        {
            if (string.Equals(pair.Key, name, StringComparison.OrdinalIgnoreCase))
            {
                values = pair.Value;
                return true;
            }
        }

        values = null;
        return false;
    }
}
