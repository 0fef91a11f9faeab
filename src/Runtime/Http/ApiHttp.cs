using System;
using System.ComponentModel;
using System.IO;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;

namespace SpecClient.Internal;

/// <summary>
/// Sends requests and reads responses for generated clients, turning transport failures, error statuses, stalls,
/// oversized and unreadable bodies into the SpecClient exception types. Used by generated code; not meant to be called directly.
/// </summary>
/// <remarks>
/// The call's limits travel with its request (see <see cref="ApiClientOptions.Timeout"/>,
/// <see cref="ApiClientOptions.AttemptTimeout"/> and <see cref="ApiClientOptions.MaxResponseBodyBytes"/>, applied by an
/// <see cref="ApiResilienceHandler"/> in the client's handler chain; without one, <see cref="HttpClient.Timeout"/>
/// bounds the whole call and the body limit is 64 MiB).
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ApiHttp
{
    /// <summary>The most bytes of an error body that are kept as <see cref="ApiException.ResponseBody"/> (64 KiB).</summary>
    public const int MaxErrorBodyBytes = ErrorResponse.MaxBodyBytes;

    /// <summary>Sends <paramref name="request"/> with <see cref="HttpCompletionOption.ResponseHeadersRead"/>.</summary>
    /// <param name="httpClient">The client to send with.</param>
    /// <param name="request">The request.</param>
    /// <param name="operationId">The OpenAPI operation id, used in exception messages.</param>
    /// <param name="cancellationToken">The caller's cancellation token.</param>
    /// <returns>The response, whatever its status; the caller disposes it.</returns>
    /// <exception cref="ApiTimeoutException">The response headers did not arrive in time (see <see cref="ApiTimeoutException.Kind"/>).</exception>
    /// <exception cref="ApiConnectionException">The request could not be sent or no response was received.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    public static Task<HttpResponseMessage> SendAsync(HttpClient httpClient, HttpRequestMessage request, string operationId, CancellationToken cancellationToken)
        => CallTelemetry.IsListening(request)
            ? CallTelemetry.TraceAsync(httpClient, request, operationId, cancellationToken)
            : SendUntracedAsync(httpClient, request, operationId, cancellationToken);

    /// <summary>Sends as <see cref="SendAsync"/> does, without telemetry of its own.</summary>
    internal static Task<HttpResponseMessage> SendUntracedAsync(HttpClient httpClient, HttpRequestMessage request, string operationId, CancellationToken cancellationToken)
    {
        Task<HttpResponseMessage> sending;
        try
        {
            ArgumentNullException.ThrowIfNull(httpClient);
            ArgumentNullException.ThrowIfNull(request);
            ArgumentNullException.ThrowIfNull(operationId);
            CallRequest.SetOperationId(request, operationId);
            CallBudget.StartFromHttpClient(request, httpClient);
            sending = PendingBearer.Of(request) is { } bearer
                ? BearerSend.SendAsync(httpClient, request, bearer, cancellationToken)
                : CallerClientRedirects.SendAsync(httpClient, request, cancellationToken);
        }
        catch (Exception ex)
        {
            sending = Task.FromException<HttpResponseMessage>(ex);
        }

        // A response already there (an in-memory or cached handler) is handed on as it is: no task of our own.
        return sending.IsCompletedSuccessfully ? sending : TranslateFailuresAsync(sending, httpClient, operationId, cancellationToken);
    }

    private static async Task<HttpResponseMessage> TranslateFailuresAsync(Task<HttpResponseMessage> sending, HttpClient httpClient, string operationId, CancellationToken cancellationToken)
    {
        try
        {
            return await sending.ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested && ex.InnerException is TimeoutException)
        {
            throw new ApiTimeoutException(operationId, httpClient.Timeout, ex);
        }
        catch (HttpRequestException ex) when (ex is not ApiConnectionException)
        {
            throw new ApiConnectionException(operationId, ex.HttpRequestError, ex);
        }
    }

    /// <summary>Reads a success response's JSON body as <typeparamref name="T"/>; a JSON <c>null</c> is accepted only for a <see cref="Nullable{T}"/> value type.</summary>
    /// <typeparam name="T">The declared body type.</typeparam>
    /// <param name="response">The response; it is not disposed.</param>
    /// <param name="typeInfo">The source-generated metadata for <typeparamref name="T"/>.</param>
    /// <param name="operationId">The OpenAPI operation id, used in exception messages.</param>
    /// <param name="cancellationToken">The caller's cancellation token.</param>
    /// <returns>The deserialized body.</returns>
    /// <exception cref="ApiResponseFormatException">The content type is not JSON, the body is not valid JSON for <typeparamref name="T"/>, or it is a JSON <c>null</c>.</exception>
    /// <exception cref="ApiResponseTooLargeException">The body is larger than the limit.</exception>
    /// <exception cref="ApiTimeoutException">The total timeout elapsed while the body was read.</exception>
    /// <exception cref="ApiConnectionException">The connection failed while the body was being read.</exception>
    public static Task<T> ReadJsonAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> typeInfo, string operationId, CancellationToken cancellationToken)
    {
        // A body read at once (see SuccessBody) ends in a finished task here, with no state machine of this method's own.
        ValueTask<T?> reading = JsonBody.ReadAsync(response, typeInfo, operationId, cancellationToken);
        if (!reading.IsCompletedSuccessfully)
        {
            return NotNullAsync(reading, response, typeInfo, operationId);
        }

        T? result = reading.Result;
        return result is null && Nullable.GetUnderlyingType(typeof(T)) is null
            ? Task.FromException<T>(JsonBody.NullBody(response, typeInfo, operationId))
            : Task.FromResult(result!);
    }

    private static async Task<T> NotNullAsync<T>(ValueTask<T?> reading, HttpResponseMessage response, JsonTypeInfo<T> typeInfo, string operationId)
    {
        T? result = await reading.ConfigureAwait(false);
        return result is null && Nullable.GetUnderlyingType(typeof(T)) is null
            ? throw JsonBody.NullBody(response, typeInfo, operationId)
            : result!;
    }

    /// <summary>Reads a success response's JSON body as <typeparamref name="T"/>, accepting a JSON <c>null</c> (for bodies the spec declares nullable).</summary>
    /// <typeparam name="T">The declared body type.</typeparam>
    /// <param name="response">The response; it is not disposed.</param>
    /// <param name="typeInfo">The source-generated metadata for <typeparamref name="T"/>.</param>
    /// <param name="operationId">The OpenAPI operation id, used in exception messages.</param>
    /// <param name="cancellationToken">The caller's cancellation token.</param>
    /// <returns>The deserialized body, or <see langword="null"/> for a JSON <c>null</c>.</returns>
    public static Task<T?> ReadNullableJsonAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> typeInfo, string operationId, CancellationToken cancellationToken)
        => JsonBody.ReadAsync(response, typeInfo, operationId, cancellationToken).AsTask();

    /// <summary>Reads a success response's body as bytes, within the size limit and the total timeout.</summary>
    /// <param name="response">The response; it is not disposed.</param>
    /// <param name="cancellationToken">The caller's cancellation token.</param>
    /// <returns>The body (empty when there is none).</returns>
    public static async Task<byte[]> ReadBytesAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        using PooledBody body = await SuccessBody.ReadAsync(response, OperationIdOf(response), cancellationToken).ConfigureAwait(false);
        return body.Span.ToArray();
    }

    /// <summary>Reads a success response's body as text, decoded with the charset of its content type (UTF-8 by default), within the size limit and the total timeout.</summary>
    /// <param name="response">The response; it is not disposed.</param>
    /// <param name="cancellationToken">The caller's cancellation token.</param>
    /// <returns>The body text (empty when there is no body).</returns>
    public static async Task<string> ReadTextAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        using PooledBody body = await SuccessBody.ReadAsync(response, OperationIdOf(response), cancellationToken).ConfigureAwait(false);
        return TextDecoding.Decode(body.Buffer, body.Count, TextDecoding.EncodingOf(response.Content), complete: true);
    }

    /// <summary>
    /// Returns the response body as a stream that disposes <paramref name="response"/> when it is disposed. The size
    /// limit and the total timeout do not apply to it (the caller reads at its own pace), but each read that receives
    /// nothing within <see cref="ApiClientOptions.AttemptTimeout"/> fails with an <see cref="ApiTimeoutException"/>
    /// (<see cref="ApiTimeoutKind.StreamRead"/>), and a broken connection with an <see cref="ApiConnectionException"/>.
    /// </summary>
    /// <param name="response">The response; from now on it is owned by the returned stream.</param>
    /// <param name="cancellationToken">The caller's cancellation token.</param>
    /// <returns>A read-only stream over the body. The caller owns it and must dispose it.</returns>
    public static async Task<Stream> ReadStreamAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        Stream inner;
        try
        {
            inner = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            response.Dispose();
            throw;
        }

        return new ResponseOwningStream(inner, response, CallBudget.Of(response), OperationIdOf(response));
    }

    /// <summary>
    /// Builds the exception for an error response: reads the body (capped at <see cref="MaxErrorBodyBytes"/>, never
    /// failing because of its content), picks the <see cref="ApiException"/> subclass by status, and when
    /// <paramref name="errorBodyType"/> is given and the body is JSON, tries to read it into <see cref="ApiException.Error"/>.
    /// </summary>
    /// <param name="response">The response; it is not disposed.</param>
    /// <param name="operationId">The OpenAPI operation id.</param>
    /// <param name="errorBodyType">The declared error body type for this status, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">The caller's cancellation token (its cancellation is the only failure that propagates).</param>
    /// <returns>The exception to throw.</returns>
    public static Task<ApiException> CreateExceptionAsync(HttpResponseMessage response, string operationId, JsonTypeInfo? errorBodyType, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(operationId);
        return ErrorResponse.CreateExceptionAsync(response, operationId, errorBodyType, cancellationToken);
    }

    internal static string OperationIdOf(HttpResponseMessage response)
        => response.RequestMessage is { } request && CallRequest.TryGetOperationId(request, out string? id) ? id : "(unknown)";
}
