using System;
using System.ComponentModel;
using System.Net.Http;

namespace SpecClient.Internal;

/// <summary>
/// What a generated operation method makes of a read body: the plain <c>{Operation}Async</c> method returns the value
/// alone (no <see cref="ApiResponse{T}"/> is made), <c>{Operation}WithResponseAsync</c> the value with its response.
/// Both run the same private method, which ends in one of these. Used by generated code; not meant to be called directly.
/// </summary>
/// <typeparam name="T">The body type the operation declares.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ApiResult<T>
{
    /// <summary>The value alone.</summary>
    public static readonly Func<HttpResponseMessage, T, T> Value = static (_, value) => value;

    /// <summary>The value with the response's status and headers (read from it only when asked for).</summary>
    public static readonly Func<HttpResponseMessage, T, ApiResponse<T>> WithResponse = static (response, value) => new ApiResponse<T>(response, value);
}
