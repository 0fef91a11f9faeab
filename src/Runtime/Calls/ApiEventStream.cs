using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Net.Http;
using System.Net.ServerSentEvents;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;

namespace SpecClient.Internal;

/// <summary>
/// Reads a success response whose body is a server-sent event stream (<c>text/event-stream</c>) as the events' typed data,
/// one event at a time as it arrives, with <see cref="SseParser"/>. Used by generated code; not meant to be called directly.
/// </summary>
/// <remarks>
/// An event whose data is <c>[DONE]</c> ends the stream (the convention of OpenAI-style APIs). Every other event's data is
/// read as JSON of the declared type; one that cannot be is an <see cref="ApiEventFormatException"/> after the events before
/// it. Each read waits at most <see cref="ApiClientOptions.AttemptTimeout"/> (see <see cref="ApiHttp.ReadStreamAsync"/>),
/// a broken connection is an <see cref="ApiConnectionException"/>, and the response is disposed when the enumeration ends,
/// fails or is abandoned.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static partial class ApiEventStream
{
    /// <summary>The media type of a server-sent event stream.</summary>
    public const string MediaType = "text/event-stream";

    /// <summary>
    /// Enumerates the events of the response that <paramref name="send"/> returns. Nothing is sent until the enumeration
    /// starts, and each enumeration sends again.
    /// </summary>
    /// <typeparam name="T">The declared type of each event's data.</typeparam>
    /// <param name="send">
    /// Sends the request with the enumeration's token and returns a success response, which the enumeration owns from
    /// then on; for an error status it throws the typed exception (having disposed the response).
    /// </param>
    /// <param name="typeInfo">The source-generated metadata for <typeparamref name="T"/>.</param>
    /// <param name="cancellationToken">Cancels the enumeration, together with the token given to <c>GetAsyncEnumerator</c>.</param>
    /// <returns>The events' data, in order.</returns>
    /// <exception cref="ApiResponseFormatException">The response is not an event stream.</exception>
    /// <exception cref="ApiEventFormatException">An event's data is not valid for <typeparamref name="T"/>.</exception>
    public static IAsyncEnumerable<T> ReadAsync<T>(
        Func<CancellationToken, Task<HttpResponseMessage>> send,
        JsonTypeInfo<T> typeInfo,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(send);
        ArgumentNullException.ThrowIfNull(typeInfo);
        return new EventReader<T>(send, typeInfo, null, cancellationToken);
    }

    /// <summary>Enumerates the events of <paramref name="response"/>, which it owns from now on.</summary>
    /// <typeparam name="T">The declared type of each event's data.</typeparam>
    /// <param name="response">A success response; it is disposed when the enumeration ends.</param>
    /// <param name="typeInfo">The source-generated metadata for <typeparamref name="T"/>.</param>
    /// <param name="operationId">The OpenAPI operation id, used in exception messages.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The events' data, in order.</returns>
    /// <exception cref="ApiResponseFormatException">The response is not an event stream.</exception>
    /// <exception cref="ApiEventFormatException">An event's data is not valid for <typeparamref name="T"/>.</exception>
    public static IAsyncEnumerable<T> ReadAsync<T>(
        HttpResponseMessage response,
        JsonTypeInfo<T> typeInfo,
        string operationId,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(typeInfo);
        return new EventReader<T>(_ => Task.FromResult(response), typeInfo, operationId, cancellationToken);
    }

    private static void ThrowIfNotEventStream(HttpResponseMessage response, string operationId)
    {
        string? mediaType = response.Content.Headers.ContentType?.MediaType;
        if (!string.Equals(mediaType, MediaType, StringComparison.OrdinalIgnoreCase))
        {
            throw new ApiResponseFormatException(
                $"Operation '{operationId}' expected an event stream ({MediaType}) but the response's content type is '{ServerText.Sanitize(mediaType ?? "(none)")}'.",
                operationId,
                (int)response.StatusCode,
                headers: ApiResponseHeaders.FromResponse(response));
        }
    }
}
