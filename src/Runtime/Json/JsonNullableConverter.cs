using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SpecClient.Internal;

/// <summary>Adapts a value-type converter to <see cref="Nullable{T}"/> (arrays of nullable numbers, say).</summary>
/// <typeparam name="T">The underlying value type.</typeparam>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public sealed class JsonNullableConverter<T> : JsonConverter<T?>
    where T : struct
{
    private readonly JsonConverter<T> _underlying;

    /// <summary>Creates a converter over the underlying value converter.</summary>
    public JsonNullableConverter(JsonConverter<T> underlying) => _underlying = underlying ?? throw new ArgumentNullException(nameof(underlying));

    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null ? null : _underlying.Read(ref reader, typeof(T), options);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, T? value, JsonSerializerOptions options)
    {
        if (value is { } present)
        {
            _underlying.Write(writer, present, options);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
