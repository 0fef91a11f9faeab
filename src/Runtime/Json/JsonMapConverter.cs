using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SpecClient.Internal;

/// <summary>Reads and writes a JSON object with arbitrary keys (<c>additionalProperties</c>) through a value converter.</summary>
/// <typeparam name="T">The value type.</typeparam>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public sealed class JsonMapConverter<T> : JsonConverter<IReadOnlyDictionary<string, T>>
{
    private readonly JsonConverter<T> _value;

    /// <summary>Creates a converter over the value converter.</summary>
    public JsonMapConverter(JsonConverter<T> value) => _value = value ?? throw new ArgumentNullException(nameof(value));

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"A JSON object was expected but the token was {reader.TokenType}.");
        }

        var entries = new Dictionary<string, T>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var key = reader.GetString()!;
            reader.Read();
            entries[key] = ReadEntry(ref reader, key, options);
        }

        return entries;
    }

    /// <summary>Reads one entry's value; used by generated converters for extra properties too.</summary>
    public T ReadEntry(ref Utf8JsonReader reader, string key, JsonSerializerOptions options)
    {
        try
        {
            return reader.TokenType == JsonTokenType.Null && default(T) is null
                ? default!
                : _value.Read(ref reader, typeof(T), options)!;
        }
        catch (Exception exception) when (ApiJson.IsReadFailure(exception))
        {
            throw ApiJson.EntryFailed(exception, key);
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, IReadOnlyDictionary<string, T> value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        WriteEntries(writer, value, options);
        writer.WriteEndObject();
    }

    /// <summary>Writes the entries as properties of the object being written; used by generated converters for extra properties.</summary>
    public void WriteEntries(Utf8JsonWriter writer, IReadOnlyDictionary<string, T> value, JsonSerializerOptions options)
    {
        foreach (var entry in value)
        {
            writer.WritePropertyName(entry.Key);
            if (entry.Value is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                _value.Write(writer, entry.Value, options);
            }
        }
    }
}
