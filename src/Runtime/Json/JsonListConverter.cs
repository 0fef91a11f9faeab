using System;
using System.Collections.Generic;
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

        var items = new List<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            try
            {
                items.Add(reader.TokenType == JsonTokenType.Null && default(T) is null
                    ? default!
                    : _element.Read(ref reader, typeof(T), options)!);
            }
            catch (Exception exception) when (ApiJson.IsReadFailure(exception))
            {
                throw ApiJson.ItemFailed(exception, items.Count);
            }
        }

        return items;
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
