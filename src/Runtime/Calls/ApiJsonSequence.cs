using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Net.Http;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;

namespace SpecClient.Internal;

/// <summary>
/// Reads a success response whose body is a sequence of JSON texts as the items' declared type, one item at a time as it
/// arrives: JSON Lines (<c>application/jsonl</c>) and NDJSON (<c>application/x-ndjson</c>), one text a line, and JSON
/// text sequences (<c>application/json-seq</c>, RFC 7464), each text after a record separator (0x1E). Used by generated
/// code; not meant to be called directly.
/// </summary>
/// <remarks>
/// The framing follows the response's content type. Blank lines (and empty records) are not items. An item that cannot be
/// read as the declared type is an <see cref="ApiSequenceItemFormatException"/>, and one longer than
/// <see cref="ApiClientOptions.MaxResponseBodyBytes"/> an <see cref="ApiSequenceItemTooLargeException"/>, both after the
/// items before it; the sequence as a whole is not limited. As for event streams, each read waits at most
/// <see cref="ApiClientOptions.AttemptTimeout"/>, a broken connection is an <see cref="ApiConnectionException"/>, and the
/// response is disposed when the enumeration ends, fails or is abandoned.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static partial class ApiJsonSequence
{
    /// <summary>The media type of JSON Lines.</summary>
    public const string JsonLines = "application/jsonl";

    /// <summary>The media type of newline-delimited JSON: the same format as JSON Lines.</summary>
    public const string NdJson = "application/x-ndjson";

    /// <summary>The media type of JSON text sequences (RFC 7464).</summary>
    public const string JsonSeq = "application/json-seq";

    /// <summary>The record separator that starts each text of a JSON text sequence.</summary>
    internal const byte RecordSeparator = 0x1E;

    /// <summary>Gets whether <paramref name="mediaType"/> is one of the sequential JSON media types this class reads.</summary>
    public static bool IsSequence(string? mediaType)
        => string.Equals(mediaType, JsonLines, StringComparison.OrdinalIgnoreCase)
            || string.Equals(mediaType, NdJson, StringComparison.OrdinalIgnoreCase)
            || string.Equals(mediaType, JsonSeq, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Enumerates the items of the response that <paramref name="send"/> returns. Nothing is sent until the enumeration
    /// starts, and each enumeration sends again.
    /// </summary>
    /// <typeparam name="T">The declared type of each item.</typeparam>
    /// <param name="send">
    /// Sends the request with the enumeration's token and returns a success response, which the enumeration owns from
    /// then on; for an error status it throws the typed exception (having disposed the response).
    /// </param>
    /// <param name="typeInfo">The source-generated metadata for <typeparamref name="T"/>.</param>
    /// <param name="cancellationToken">Cancels the enumeration, together with the token given to <c>GetAsyncEnumerator</c>.</param>
    /// <returns>The items, in order.</returns>
    /// <exception cref="ApiResponseFormatException">The response is not a sequential JSON media type.</exception>
    /// <exception cref="ApiSequenceItemFormatException">An item is not valid for <typeparamref name="T"/>.</exception>
    /// <exception cref="ApiSequenceItemTooLargeException">An item is larger than <see cref="ApiClientOptions.MaxResponseBodyBytes"/>.</exception>
    public static IAsyncEnumerable<T> ReadAsync<T>(
        Func<CancellationToken, Task<HttpResponseMessage>> send,
        JsonTypeInfo<T> typeInfo,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(send);
        ArgumentNullException.ThrowIfNull(typeInfo);
        return ReadItemsAsync(send, typeInfo, cancellationToken);
    }

    /// <summary>
    /// A request body that writes <paramref name="items"/> as a sequence of JSON texts while the request is sent, never
    /// holding the whole sequence: JSON text sequence framing for <c>application/json-seq</c>, one text a line for any
    /// other media type (JSON Lines, NDJSON).
    /// </summary>
    /// <typeparam name="T">The declared type of each item.</typeparam>
    /// <param name="items">The items; enumerated when the request is sent. A materialized collection can be sent again (a retry, a redirect); a lazy sequence cannot.</param>
    /// <param name="typeInfo">The source-generated metadata for <typeparamref name="T"/>.</param>
    /// <param name="mediaType">The spec's media type, sent as it is.</param>
    /// <returns>The content.</returns>
    public static HttpContent Content<T>(IEnumerable<T> items, JsonTypeInfo<T> typeInfo, string mediaType)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(typeInfo);
        return new JsonSequenceContent<T>(items, null, typeInfo, mediaType);
    }

    /// <summary>
    /// A request body that writes <paramref name="items"/> as a sequence of JSON texts as they are produced (what is
    /// written is flushed whenever the next item is not ready yet): JSON text sequence framing for
    /// <c>application/json-seq</c>, one text a line for any other media type (JSON Lines, NDJSON). It is never sent again.
    /// </summary>
    /// <typeparam name="T">The declared type of each item.</typeparam>
    /// <param name="items">The items; enumerated (with the request's cancellation token) when the request is sent.</param>
    /// <param name="typeInfo">The source-generated metadata for <typeparamref name="T"/>.</param>
    /// <param name="mediaType">The spec's media type, sent as it is.</param>
    /// <returns>The content.</returns>
    public static HttpContent Content<T>(IAsyncEnumerable<T> items, JsonTypeInfo<T> typeInfo, string mediaType)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(typeInfo);
        return new JsonSequenceContent<T>(null, items, typeInfo, mediaType);
    }
}
