using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;

namespace SpecClient.Internal;

public static partial class ApiJsonSequence
{
    // The first buffer; it grows (doubling) while one item does not fit, up to the item limit.
    private const int InitialBufferBytes = 16 * 1024;

    // One enumeration: sends, checks the content type, then cuts the body at each delimiter and reads each piece as a T.
    // The compiler's iterator gives what the event stream reader does by hand: nothing sent before the first MoveNextAsync,
    // a fresh send per enumeration, the method's token and GetAsyncEnumerator's combined, and the finally blocks run
    // whether the items end, a read fails or the caller stops early.
    private static async IAsyncEnumerable<T> ReadItemsAsync<T>(
        Func<CancellationToken, Task<HttpResponseMessage>> send,
        JsonTypeInfo<T> typeInfo,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        HttpResponseMessage response = await send(cancellationToken).ConfigureAwait(false);
        Stream stream;
        Sequence sequence;
        try
        {
            sequence = Sequence.Of(response);
            stream = new ResponseOwningStream(
                await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false), response, sequence.Budget, sequence.OperationId);
        }
        catch
        {
            response.Dispose();
            throw;
        }

        byte[] buffer = ArrayPool<byte>.Shared.Rent(Math.Min(InitialBufferBytes, sequence.Budget.MaxResponseBodyBytes + 1));
        EventStrings strings = EventStrings.Rent();
        try
        {
            int start = 0, end = 0, scanned = 0;
            bool ended = false;
            while (true)
            {
                int at = buffer.AsSpan(scanned, end - scanned).IndexOf(sequence.Delimiter);
                if (at >= 0 || ended)
                {
                    int stop = at >= 0 ? scanned + at : end;
                    if (stop - start > sequence.Budget.MaxResponseBodyBytes)
                    {
                        // The pool's buffers can be larger than asked for: the limit is checked on the item itself too.
                        throw sequence.TooLarge();
                    }

                    bool isItem = sequence.TryRead(buffer, start, stop - start, typeInfo, strings, out T item);
                    start = scanned = Math.Min(stop + 1, end);
                    if (isItem)
                    {
                        yield return item;
                    }

                    if (at < 0)
                    {
                        yield break;
                    }

                    continue;
                }

                scanned = end;
                if (end - start > sequence.Budget.MaxResponseBodyBytes)
                {
                    throw sequence.TooLarge();
                }

                if (end == buffer.Length)
                {
                    buffer = MakeRoom(buffer, ref start, ref end, ref scanned, sequence.Budget.MaxResponseBodyBytes + 1);
                }

                int read = await stream.ReadAsync(buffer.AsMemory(end), cancellationToken).ConfigureAwait(false);
                ended = read == 0;
                end += read;
            }
        }
        finally
        {
            EventStrings.Return(strings);
            ArrayPool<byte>.Shared.Return(buffer);
            await stream.DisposeAsync().ConfigureAwait(false);
        }
    }

    // Moves the unfinished item to the front, or (when it fills the buffer) copies it into one twice the size, at most max.
    private static byte[] MakeRoom(byte[] buffer, ref int start, ref int end, ref int scanned, int max)
    {
        int pending = end - start;
        byte[] target = buffer;
        if (start == 0)
        {
            target = ArrayPool<byte>.Shared.Rent(Math.Min(Math.Max(buffer.Length * 2, InitialBufferBytes), Math.Max(max, buffer.Length + 1)));
        }

        Buffer.BlockCopy(buffer, start, target, 0, pending);
        if (!ReferenceEquals(target, buffer))
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        scanned -= start;
        start = 0;
        end = pending;
        return target;
    }

    /// <summary>What one response's sequence is: its framing, its limits, and how far it got (for the exceptions).</summary>
    private sealed class Sequence
    {
        private readonly HttpResponseMessage _response;
        private long _items;

        private Sequence(HttpResponseMessage response, string operationId, string mediaType)
        {
            _response = response;
            OperationId = operationId;
            MediaType = mediaType;
            Delimiter = mediaType == JsonSeq ? RecordSeparator : (byte)'\n';
            Budget = CallBudget.Of(response);
        }

        public string OperationId { get; }

        public string MediaType { get; }

        public byte Delimiter { get; }

        public CallBudget Budget { get; }

        public static Sequence Of(HttpResponseMessage response)
        {
            string operationId = ApiHttp.OperationIdOf(response);
            string? mediaType = MediaTypes.Of(response);
            if (!IsSequence(mediaType))
            {
                throw new ApiResponseFormatException(
                    $"Operation '{operationId}' expected a sequence of JSON texts ({JsonLines}, {NdJson} or {JsonSeq}) but the response's content type is '{ServerText.Sanitize(mediaType ?? "(none)")}'.",
                    operationId,
                    (int)response.StatusCode,
                    headers: ApiResponseHeaders.FromResponse(response));
            }

            return new Sequence(response, operationId, mediaType!);
        }

        /// <summary>Reads one piece between delimiters; false for a blank one, which is not an item.</summary>
        public bool TryRead<T>(byte[] buffer, int offset, int count, JsonTypeInfo<T> typeInfo, EventStrings strings, out T item)
        {
            ReadOnlySpan<byte> raw = buffer.AsSpan(offset, count);
            ReadOnlySpan<byte> text = raw.Trim(" \t\r\n"u8);
            if (text.IsEmpty)
            {
                item = default!;
                return false;
            }

            _items++;
            EventStrings? outer = EventStrings.Enter(strings);
            try
            {
                if (Delimiter == RecordSeparator && text[0] is (byte)'-' or (>= (byte)'0' and <= (byte)'9') && raw[^1] == text[^1])
                {
                    // RFC 7464 2.4: a number with no whitespace after it may have been cut short; it is not taken as is.
                    throw new JsonException("The item is a number with no line feed after it, so it may be truncated.", "$", null, null);
                }

                T? value = JsonSerializer.Deserialize(text, typeInfo);
                if (value is null && default(T) is null && Nullable.GetUnderlyingType(typeof(T)) is null)
                {
                    throw new JsonException("The item is JSON null.", "$", null, null);
                }

                item = value!;
                return true;
            }
            catch (JsonException ex)
            {
                throw new ApiSequenceItemFormatException(
                    OperationId,
                    (int)_response.StatusCode,
                    MediaType,
                    _items,
                    ApiJson.GetJsonPath(ex) is { Length: > 0 } path ? ServerText.Sanitize(path) : "$",
                    ApiResponseHeaders.FromResponse(_response),
                    ex);
            }
            finally
            {
                EventStrings.Leave(outer);
            }
        }

        public ApiSequenceItemTooLargeException TooLarge() => new(
            OperationId,
            (int)_response.StatusCode,
            MediaType,
            _items + 1,
            Budget.MaxResponseBodyBytes,
            ApiResponseHeaders.FromResponse(_response));
    }
}
