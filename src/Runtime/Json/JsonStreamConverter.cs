using System;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SpecClient.Internal;

/// <summary>Carries a binary property (<c>format: binary</c>) inside JSON as base64, for the rare schema that puts one there.</summary>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public sealed class JsonStreamConverter : JsonConverter<Stream>
{
    /// <summary>The shared instance.</summary>
    public static JsonStreamConverter Instance { get; } = new();

    /// <inheritdoc />
    public override Stream Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        new MemoryStream(reader.GetBytesFromBase64(), writable: false);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Stream value, JsonSerializerOptions options)
    {
        using var buffer = new MemoryStream();
        value.CopyTo(buffer);
        writer.WriteBase64StringValue(buffer.ToArray());
    }
}
