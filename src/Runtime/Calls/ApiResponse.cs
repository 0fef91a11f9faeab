using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Net.Http;
using SpecClient.Internal;

namespace SpecClient;

/// <summary>
/// What a successful call answered besides its body: the status code, the response headers and the request id. Returned by
/// the <c>{Operation}WithResponseAsync</c> methods of a generated client for operations without a response body.
/// </summary>
/// <remarks>
/// The headers are copied from the response only when <see cref="Headers"/> or <see cref="RequestId"/> is first read, so a
/// call that never looks at them pays for none of it.
/// </remarks>
public class ApiResponse
{
    private readonly HttpResponseMessage? _response;
    private IReadOnlyDictionary<string, IReadOnlyList<string>>? _headers;

    /// <summary>Initializes a new instance of the <see cref="ApiResponse"/> class from a received response (used by generated code).</summary>
    /// <param name="response">The response; only its status and headers are read, and only when asked for.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public ApiResponse(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        _response = response;
        StatusCode = (int)response.StatusCode;
    }

    /// <summary>Initializes a new instance of the <see cref="ApiResponse"/> class from its parts (for tests and mocks).</summary>
    /// <param name="statusCode">The HTTP status code.</param>
    /// <param name="headers">The response and content headers; keys are compared case-insensitively.</param>
    public ApiResponse(int statusCode, IReadOnlyDictionary<string, IReadOnlyList<string>> headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        StatusCode = statusCode;
        _headers = ApiResponseHeaders.ToCaseInsensitive(headers);
    }

    /// <summary>Gets the HTTP status code of the response.</summary>
    public int StatusCode { get; }

    /// <summary>Gets the response and content headers, keyed case-insensitively.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Headers => _headers ??= ApiResponseHeaders.FromResponse(_response!);

    /// <summary>
    /// Gets the request id the server reported in an <c>x-request-id</c>, <c>request-id</c> or <c>x-correlation-id</c>
    /// response header (first found, in that order), or <see langword="null"/>; the same rule as <see cref="ApiException.RequestId"/>.
    /// </summary>
    public string? RequestId => ApiException.FindRequestId(Headers);

    /// <summary>The page limit of the call that answered (<see cref="ApiClientOptions.MaxPages"/>, or the default).</summary>
    internal int MaxPagesOfCall => _response is null ? CallBudget.DefaultMaxPages : CallBudget.Of(_response).MaxPages;
}

/// <summary>
/// The typed body of a successful call together with its status code, response headers and request id. Returned by the
/// <c>{Operation}WithResponseAsync</c> methods of a generated client; the plain <c>{Operation}Async</c> method returns
/// <see cref="Value"/> of the same call.
/// </summary>
/// <typeparam name="T">The body type the operation declares.</typeparam>
public sealed class ApiResponse<T> : ApiResponse
{
    /// <summary>Initializes a new instance of the <see cref="ApiResponse{T}"/> class from a received response and its read body (used by generated code).</summary>
    /// <param name="response">The response; only its status and headers are read, and only when asked for.</param>
    /// <param name="value">The body read from it.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public ApiResponse(HttpResponseMessage response, T value)
        : base(response) => Value = value;

    /// <summary>Initializes a new instance of the <see cref="ApiResponse{T}"/> class from its parts (for tests and mocks).</summary>
    /// <param name="statusCode">The HTTP status code.</param>
    /// <param name="headers">The response and content headers; keys are compared case-insensitively.</param>
    /// <param name="value">The body.</param>
    public ApiResponse(int statusCode, IReadOnlyDictionary<string, IReadOnlyList<string>> headers, T value)
        : base(statusCode, headers) => Value = value;

    /// <summary>Gets the response body, read as the operation declares it.</summary>
    public T Value { get; }
}
