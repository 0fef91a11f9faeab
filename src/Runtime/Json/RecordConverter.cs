using System;
using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SpecClient.Internal;

/// <summary>
/// A generated record that reads and writes itself as JSON: a constructor that reads its properties through an
/// <see cref="ObjectReader"/> over their description (called through <see cref="Read"/>) and a method that writes them. Every such record shares
/// <see cref="RecordConverter{T}"/>, so no record needs a converter class of its own.
/// </summary>
/// <typeparam name="T">The record itself.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public interface IJsonRecord<T>
    where T : class, IJsonRecord<T>
{
    /// <summary>Reads the record from the JSON object at the reader.</summary>
    /// <param name="reader">The reader, at the object's start.</param>
    /// <param name="options">The options, for the converters of nested values.</param>
    /// <returns>The record.</returns>
    static abstract T Read(ref Utf8JsonReader reader, JsonSerializerOptions options);

    /// <summary>Writes the record's properties into the JSON object <see cref="RecordConverter{T}"/> has started, then ends it.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="options">The options, for the converters of nested values.</param>
    void Write(Utf8JsonWriter writer, JsonSerializerOptions options);
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
        T.Read(ref reader, options);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        value.Write(writer, options);
    }
}
