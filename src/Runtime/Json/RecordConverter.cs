using System;
using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SpecClient.Internal;

/// <summary>
/// A generated record that reads and writes itself as JSON: the description of its properties, a constructor
/// that reads them (called through <see cref="Read"/>) and a method that writes them. Every such record shares
/// <see cref="RecordConverter{T}"/>, so no record needs a converter class of its own.
/// </summary>
/// <typeparam name="T">The record itself.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public interface IJsonRecord<T>
    where T : class, IJsonRecord<T>
{
    /// <summary>The record's properties: their wire names and which are required.</summary>
    static abstract JsonProperties JsonProperties { get; }

    /// <summary>Reads the record from the object <paramref name="json"/> has started.</summary>
    /// <param name="json">The object being read, at its start.</param>
    /// <param name="reader">The reader.</param>
    /// <returns>The record.</returns>
    static abstract T Read(ObjectReader json, ref Utf8JsonReader reader);

    /// <summary>Writes the record's properties into the JSON object <see cref="RecordConverter{T}"/> has started, then ends it.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="properties">The record's <see cref="JsonProperties"/>.</param>
    /// <param name="options">The options, for the converters of nested values.</param>
    void Write(Utf8JsonWriter writer, JsonProperties properties, JsonSerializerOptions options);
}

/// <summary>Reads and writes every generated record through the members it declares (<see cref="IJsonRecord{T}"/>).</summary>
/// <typeparam name="T">The record.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class RecordConverter<T> : JsonConverter<T>
    where T : class, IJsonRecord<T>
{
    /// <summary>The shared instance.</summary>
    public static RecordConverter<T> Instance { get; } = new();

    /// <inheritdoc />
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        T.Read(new ObjectReader(T.JsonProperties, ref reader, options), ref reader);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        value.Write(writer, T.JsonProperties, options);
    }
}
