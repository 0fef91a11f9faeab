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

        // Items collect in a pooled buffer and end in one array of the exact length: a list grown by doubling
        // would leave about twice the items' references behind as garbage, and a List<T> object besides.
        var pool = ArrayPool<T>.Shared;
        var buffer = pool.Rent(16);
        var elementConverter = _element;

        // Looked up once: in code shared by every reference type T, typeof(T) is a lookup of its own on each use.
        var elementType = typeof(T);
        var count = 0;
        try
        {
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (count == buffer.Length)
                {
                    var larger = pool.Rent(count * 2);
                    Array.Copy(buffer, larger, count);
                    pool.Return(buffer, RuntimeHelpers.IsReferenceOrContainsReferences<T>());
                    buffer = larger;
                }

                try
                {
                    buffer[count] = reader.TokenType == JsonTokenType.Null && default(T) is null
                        ? default!
                        : elementConverter.Read(ref reader, elementType, options)!;
                    count++;
                }
                catch (Exception exception) when (ApiJson.IsReadFailure(exception))
                {
                    throw ApiJson.ItemFailed(exception, count);
                }
            }

            return count == 0 ? Array.Empty<T>() : buffer.AsSpan(0, count).ToArray();
        }
        finally
        {
            pool.Return(buffer, RuntimeHelpers.IsReferenceOrContainsReferences<T>());
        }
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
