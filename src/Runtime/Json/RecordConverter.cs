using System;
using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SpecClient.Internal;

/// <summary>
/// What every generated record's converter shares: the record's description of its properties
/// (<see cref="JsonProperties"/>), the <see cref="ObjectReader"/> over it, and the object's start. The generated
/// converter (nested in the client's converters class, named by the record's <c>[JsonConverter]</c>) adds one line that
/// calls the record's reading constructor and one call per property that writes it, so the record's own base list and
/// members name nothing of <c>SpecClient.Internal</c>.
/// </summary>
/// <typeparam name="T">The record.</typeparam>
/// <typeparam name="TSelf">The generated converter, whose shared <see cref="Instance"/> this holds (no line per record).</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public abstract class RecordConverter<T, TSelf> : JsonConverter<T>, IReadsWholeValue
    where T : class
    where TSelf : RecordConverter<T, TSelf>, new()
{
    private readonly JsonProperties _properties;

    /// <summary>The shared instance.</summary>
    public static TSelf Instance { get; } = new();

    /// <summary>Initializes the converter.</summary>
    /// <param name="properties">The record's description of its properties.</param>
    protected RecordConverter(JsonProperties properties)
    {
        ArgumentNullException.ThrowIfNull(properties);
        _properties = properties;
    }

    /// <inheritdoc />
    public sealed override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Read(new ObjectReader(_properties, ref reader, options), ref reader);

    /// <inheritdoc />
    public sealed override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        Write(writer, value, _properties, options);
    }

    /// <summary>Reads the record through its reading constructor.</summary>
    /// <param name="json">The reader of the object's properties.</param>
    /// <param name="reader">The reader, at the object's start.</param>
    /// <returns>The record.</returns>
    protected abstract T Read(ObjectReader json, ref Utf8JsonReader reader);

    /// <summary>Writes the record's properties into the object this converter has started, then ends it.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The record.</param>
    /// <param name="p">The record's description of its properties, which writes each one.</param>
    /// <param name="options">The options, for the converters of nested values.</param>
    protected abstract void Write(Utf8JsonWriter writer, T value, JsonProperties p, JsonSerializerOptions options);
}
