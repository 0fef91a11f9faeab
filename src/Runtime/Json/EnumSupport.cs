using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SpecClient.Internal;

/// <summary>
/// The values an enum schema lists. A generated enum adds each value as its static member is initialized,
/// one statement per value, so the compile cost stays linear however many values the schema lists.
/// </summary>
/// <typeparam name="T">The wire type: <see cref="string"/> (compared ordinally) or <see cref="int"/>.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class KnownValues<T>
    where T : notnull
{
    private readonly HashSet<T> _values = new();

    /// <summary>Records a listed value and returns it.</summary>
    public T Add(T value)
    {
        _values.Add(value);
        return value;
    }

    /// <summary>Returns a wire value the enum wraps; throws if it is null.</summary>
    /// <param name="value">The wire value.</param>
    /// <param name="name">The parameter's name, for the exception.</param>
    public T NotNull(T? value, [CallerArgumentExpression(nameof(value))] string? name = null) =>
        value ?? throw new ArgumentNullException(name);

    /// <summary>Whether the schema lists the value.</summary>
    public bool Contains(T? value) => value is not null && _values.Contains(value);
}

/// <summary>Reads and writes a generated string enum, keeping values the client does not know.</summary>
/// <typeparam name="T">The enum struct.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class StringEnumConverter<T> : JsonConverter<T>
    where T : struct, IStringEnum<T>
{
    /// <summary>The shared instance.</summary>
    public static StringEnumConverter<T> Instance { get; } = new();

    /// <inheritdoc />
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        T.FromWire(ApiJson.ReadString(ref reader));

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Value);
}

/// <summary>Reads and writes a generated integer enum, keeping values the client does not know.</summary>
/// <typeparam name="T">The enum struct.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class IntegerEnumConverter<T> : JsonConverter<T>
    where T : struct, IIntegerEnum<T>
{
    /// <summary>The shared instance.</summary>
    public static IntegerEnumConverter<T> Instance { get; } = new();

    /// <inheritdoc />
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        T.FromWire(reader.GetInt32());

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(value.Value);
}
