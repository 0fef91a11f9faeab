using System;
using System.Buffers;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SpecClient.Internal;

/// <summary>Reads and writes a JSON array through an element converter, with no reflection.</summary>
/// <typeparam name="T">The element type.</typeparam>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public sealed class JsonListConverter<T> : JsonConverter<IReadOnlyList<T>>
{
    private readonly JsonConverter<T> _element;

    /// <summary>Creates a converter over the element converter.</summary>
    public JsonListConverter(JsonConverter<T> element) => _element = element ?? throw new ArgumentNullException(nameof(element));

    /// <inheritdoc />
    public override IReadOnlyList<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"A JSON array was expected but the token was {reader.TokenType}.");
        }

        // The first items collect in an inline array on the stack (most lists in a response are short); longer lists go
        // on in a pooled buffer. Either way they end in one array of the exact length: a list grown by doubling would
        // leave about twice the items' references behind as garbage, and a List<T> object besides.
        var inline = default(InlineItems);
        Span<T> first = inline;
        T[]? buffer = null;
        var count = 0;
        var elementConverter = _element;

        // Looked up once: in code shared by every reference type T, typeof(T) is a lookup of its own on each use.
        var elementType = typeof(T);
        try
        {
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                T item;
                try
                {
                    item = reader.TokenType == JsonTokenType.Null && default(T) is null
                        ? default!
                        : elementConverter.Read(ref reader, elementType, options)!;
                }
                catch (Exception exception) when (ApiJson.IsReadFailure(exception))
                {
                    throw ApiJson.ItemFailed(exception, count);
                }

                if (count < InlineCount)
                {
                    first[count++] = item;
                    continue;
                }

                if (buffer is null || count == buffer.Length)
                {
                    var larger = ArrayPool<T>.Shared.Rent(count * 2);
                    (buffer is null ? first : buffer.AsSpan(0, count)).CopyTo(larger);
                    Return(buffer);
                    buffer = larger;
                }

                buffer[count++] = item;
            }

            return count == 0 ? Array.Empty<T>() : (buffer is null ? first : buffer.AsSpan()).Slice(0, count).ToArray();
        }
        finally
        {
            Return(buffer);
        }
    }

    private const int InlineCount = 8;

    private static void Return(T[]? buffer)
    {
        if (buffer is not null)
        {
            ArrayPool<T>.Shared.Return(buffer, RuntimeHelpers.IsReferenceOrContainsReferences<T>());
        }
    }

    [InlineArray(InlineCount)]
    private struct InlineItems
    {
        private T _item;
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, IReadOnlyList<T> value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var item in value)
        {
            if (item is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                _element.Write(writer, item, options);
            }
        }

        writer.WriteEndArray();
    }
}
