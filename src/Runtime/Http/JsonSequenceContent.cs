using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;

namespace SpecClient.Internal;

/// <summary>
/// A request body written as a sequence of JSON texts while it is sent (chunked: no length up front), one item at a time
/// through a small buffer that is written out whenever it passes <see cref="ChunkBytes"/>, when the next item of an
/// asynchronous source is not ready yet, and at the end. Never holds the whole sequence.
/// </summary>
internal sealed class JsonSequenceContent<T> : HttpContent, IReplayableContent
{
    private const int ChunkBytes = 16 * 1024;

    private readonly IEnumerable<T>? _items;
    private readonly IAsyncEnumerable<T>? _asyncItems;
    private readonly JsonTypeInfo<T> _typeInfo;
    private readonly bool _recordSeparated;

    public JsonSequenceContent(IEnumerable<T>? items, IAsyncEnumerable<T>? asyncItems, JsonTypeInfo<T> typeInfo, string mediaType)
    {
        ArgumentNullException.ThrowIfNull(mediaType);
        ApiHeaders.ValidateValue(mediaType, "the content type", nameof(mediaType));
        _items = items;
        _asyncItems = asyncItems;
        _typeInfo = typeInfo;
        int semicolon = mediaType.IndexOf(';', StringComparison.Ordinal);
        _recordSeparated = (semicolon >= 0 ? mediaType[..semicolon] : mediaType).Trim().Equals(ApiJsonSequence.JsonSeq, StringComparison.OrdinalIgnoreCase);
        Headers.TryAddWithoutValidation("Content-Type", mediaType);
    }

    /// <summary>Gets whether sending again writes the same items: a materialized collection does; a lazy sequence may not.</summary>
    public bool CanReplay => _items is ICollection<T> or IReadOnlyCollection<T>;

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(ChunkBytes);
        using var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true });
        if (_items is not null)
        {
            foreach (T item in _items)
            {
                Append(buffer, writer, item);
                if (buffer.WrittenCount >= ChunkBytes)
                {
                    await WriteOutAsync(stream, buffer, flush: false, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        else
        {
            await using IAsyncEnumerator<T> items = _asyncItems!.GetAsyncEnumerator(cancellationToken);
            while (true)
            {
                ValueTask<bool> next = items.MoveNextAsync();
                if (!next.IsCompleted && buffer.WrittenCount > 0)
                {
                    // The producer is waiting for something: what it produced so far goes out now, not with the next item.
                    await WriteOutAsync(stream, buffer, flush: true, cancellationToken).ConfigureAwait(false);
                }

                if (!await next.ConfigureAwait(false))
                {
                    break;
                }

                Append(buffer, writer, items.Current);
                if (buffer.WrittenCount >= ChunkBytes)
                {
                    await WriteOutAsync(stream, buffer, flush: false, cancellationToken).ConfigureAwait(false);
                }
            }
        }

        await WriteOutAsync(stream, buffer, flush: true, cancellationToken).ConfigureAwait(false);
    }

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }

    // One item: RS first for a JSON text sequence, then the JSON text, then a line feed (both formats end a text with one).
    private void Append(ArrayBufferWriter<byte> buffer, Utf8JsonWriter writer, T item)
    {
        if (_recordSeparated)
        {
            buffer.GetSpan(1)[0] = ApiJsonSequence.RecordSeparator;
            buffer.Advance(1);
        }

        writer.Reset(buffer);
        JsonSerializer.Serialize(writer, item, _typeInfo);
        writer.Flush();
        buffer.GetSpan(1)[0] = (byte)'\n';
        buffer.Advance(1);
    }

    private static async ValueTask WriteOutAsync(Stream stream, ArrayBufferWriter<byte> buffer, bool flush, CancellationToken cancellationToken)
    {
        if (buffer.WrittenCount > 0)
        {
            await stream.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
            buffer.ResetWrittenCount();
        }

        if (flush)
        {
            await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
