using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.IO;
using System.Net.Http;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json;
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
public static class ApiEventStream
{
    /// <summary>The media type of a server-sent event stream.</summary>
    public const string MediaType = "text/event-stream";

    /// <summary>Enumerates the events of <paramref name="response"/>, which it owns from now on.</summary>
    /// <typeparam name="T">The declared type of each event's data.</typeparam>
    /// <param name="response">A success response; it is disposed when the enumeration ends.</param>
    /// <param name="typeInfo">The source-generated metadata for <typeparamref name="T"/>.</param>
    /// <param name="operationId">The OpenAPI operation id, used in exception messages.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The events' data, in order.</returns>
    /// <exception cref="ApiResponseFormatException">The response is not an event stream.</exception>
    /// <exception cref="ApiEventFormatException">An event's data is not valid for <typeparamref name="T"/>.</exception>
    public static async IAsyncEnumerable<T> ReadAsync<T>(
        HttpResponseMessage response,
        JsonTypeInfo<T> typeInfo,
        string operationId,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(typeInfo);
        using (response)
        {
            ThrowIfNotEventStream(response, operationId);
            Stream stream = await ApiHttp.ReadStreamAsync(response, cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                SseParser<Parsed<T>> parser = SseParser.Create(stream, ParserFor(typeInfo));
                long number = 0;
                await foreach (SseItem<Parsed<T>> item in parser.EnumerateAsync(cancellationToken).ConfigureAwait(false))
                {
                    number++;
                    Parsed<T> parsed = item.Data;
                    if (parsed.IsDone)
                    {
                        yield break;
                    }

                    if (parsed.Error is not null)
                    {
                        throw new ApiEventFormatException(
                            operationId,
                            (int)response.StatusCode,
                            item.EventType,
                            number,
                            string.IsNullOrEmpty(parser.LastEventId) ? null : ServerText.Sanitize(parser.LastEventId),
                            ApiJson.GetJsonPath(parsed.Error) is { Length: > 0 } path ? ServerText.Sanitize(path) : "$",
                            ApiResponseHeaders.FromResponse(response),
                            parsed.Error);
                    }

                    yield return parsed.Value!;
                }
            }
        }
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

    // The item parser of the type info last used for T, kept so a stream call makes no delegate: a client's event type
    // has one type info. A holder is replaced whole, so a reader never sees a parser paired with another type info.
    private static SseItemParser<Parsed<T>> ParserFor<T>(JsonTypeInfo<T> typeInfo)
    {
        ItemParser<T>? last = ItemParser<T>.Last;
        if (last is null || !ReferenceEquals(last.TypeInfo, typeInfo))
        {
            last = new ItemParser<T>(typeInfo);
            ItemParser<T>.Last = last;
        }

        return last.Parse;
    }

    private static Parsed<T> Parse<T>(ReadOnlySpan<byte> data, JsonTypeInfo<T> typeInfo)
    {
        if (data.SequenceEqual("[DONE]"u8))
        {
            return new Parsed<T>(default, true, null);
        }

        try
        {
            T? value = JsonSerializer.Deserialize(data, typeInfo);
            return value is null && Nullable.GetUnderlyingType(typeof(T)) is null && default(T) is null
                ? new Parsed<T>(default, false, new JsonException("The event's data is JSON null.", "$", null, null))
                : new Parsed<T>(value, false, null);
        }
        catch (JsonException ex)
        {
            return new Parsed<T>(default, false, ex);
        }
    }

    private readonly record struct Parsed<T>(T? Value, bool IsDone, JsonException? Error);

    private sealed class ItemParser<T>
    {
        public ItemParser(JsonTypeInfo<T> typeInfo)
        {
            TypeInfo = typeInfo;
            Parse = (eventType, data) => ApiEventStream.Parse(data, typeInfo);
        }

        public static ItemParser<T>? Last { get; set; }

        public JsonTypeInfo<T> TypeInfo { get; }

        public SseItemParser<Parsed<T>> Parse { get; }
    }
}
