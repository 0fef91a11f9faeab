using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SpecClient.Internal;

/// <summary>
/// The compact description of one object schema that a generated converter reads and writes through:
/// the schema's name (for error messages), each property's wire name (matched on read, pre-encoded for
/// write) and whether the schema requires it. Generated converters keep one instance in a static field
/// and call one helper per property, so what every converter used to repeat lives here once.
/// </summary>
/// <remarks>
/// Rules, in the order of <c>wireNames</c>: <c>'-'</c> optional (absent and null both read as absent),
/// <c>'r'</c> required but null allowed, <c>'n'</c> required and never null. Writing omits an optional
/// property whose value is null and writes a required one as JSON null.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class JsonProperties
{
    private const char Optional = '-';
    private const char Required = 'r';
    private const char RequiredNotNull = 'n';

    private readonly string[] _wireNames;
    private readonly byte[][] _utf8;
    private readonly JsonEncodedText[] _encoded;
    private readonly string _rules;
    private readonly ulong _requiredLow;
    private readonly int[] _requiredHigh;

    /// <summary>Describes a schema's properties.</summary>
    /// <param name="schemaName">The schema's name, used in error messages.</param>
    /// <param name="rules">One character per property (see the type's remarks); shorter means the rest are optional.</param>
    /// <param name="wireNames">The JSON property names, in the order the converter indexes them.</param>
    public JsonProperties(string schemaName, string rules, params string[] wireNames)
    {
        SchemaName = schemaName ?? throw new ArgumentNullException(nameof(schemaName));
        _wireNames = wireNames ?? throw new ArgumentNullException(nameof(wireNames));
        _rules = (rules ?? throw new ArgumentNullException(nameof(rules))).PadRight(wireNames.Length, Optional);
        _utf8 = new byte[wireNames.Length][];
        _encoded = new JsonEncodedText[wireNames.Length];
        var high = new List<int>();
        for (var i = 0; i < wireNames.Length; i++)
        {
            _utf8[i] = Encoding.UTF8.GetBytes(wireNames[i]);
            _encoded[i] = JsonEncodedText.Encode(wireNames[i]);
            if (IsRequired(i))
            {
                if (i < 64)
                {
                    _requiredLow |= 1UL << i;
                }
                else
                {
                    high.Add(i);
                }
            }
        }

        _requiredHigh = high.ToArray();
    }

    /// <summary>The schema's name, for error messages.</summary>
    public string SchemaName { get; }

    /// <summary>How many properties the schema names.</summary>
    public int Count => _wireNames.Length;

    /// <summary>The wire name of a property.</summary>
    public string WireName(int index) => _wireNames[index];

    /// <summary>Whether the schema requires a property.</summary>
    public bool IsRequired(int index) => _rules[index] is Required or RequiredNotNull;

    /// <summary>Whether a property may not be null.</summary>
    public bool IsNullForbidden(int index) => _rules[index] == RequiredNotNull;

    internal ulong RequiredLow => _requiredLow;

    internal int[] RequiredHigh => _requiredHigh;

    /// <summary>
    /// The index of the property the reader's property name names, or -1. The property after
    /// <paramref name="previous"/> is tried first, since servers usually send properties in spec order.
    /// </summary>
    internal int Match(ref Utf8JsonReader reader, int previous)
    {
        var utf8 = _utf8;
        var next = previous + 1;
        if ((uint)next < (uint)utf8.Length && reader.ValueTextEquals(utf8[next]))
        {
            return next;
        }

        for (var i = 0; i < utf8.Length; i++)
        {
            if (i != next && reader.ValueTextEquals(utf8[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Writes a string property; null is omitted when optional.</summary>
    public void String(Utf8JsonWriter writer, int index, string? value) =>
        Reference(writer, index, value, static (w, v) => w.WriteStringValue(v));

    /// <summary>Writes a boolean property.</summary>
    public void Boolean(Utf8JsonWriter writer, int index, bool? value) =>
        Value(writer, index, value, static (w, v) => w.WriteBooleanValue(v));

    /// <summary>Writes a 32-bit integer property.</summary>
    public void Int32(Utf8JsonWriter writer, int index, int? value) =>
        Value(writer, index, value, static (w, v) => w.WriteNumberValue(v));

    /// <summary>Writes a 64-bit integer property.</summary>
    public void Int64(Utf8JsonWriter writer, int index, long? value) =>
        Value(writer, index, value, static (w, v) => w.WriteNumberValue(v));

    /// <summary>Writes a single-precision number property.</summary>
    public void Single(Utf8JsonWriter writer, int index, float? value) =>
        Value(writer, index, value, static (w, v) => w.WriteNumberValue(v));

    /// <summary>Writes a double-precision number property.</summary>
    public void Double(Utf8JsonWriter writer, int index, double? value) =>
        Value(writer, index, value, static (w, v) => w.WriteNumberValue(v));

    /// <summary>Writes a decimal number property.</summary>
    public void Decimal(Utf8JsonWriter writer, int index, decimal? value) =>
        Value(writer, index, value, static (w, v) => w.WriteNumberValue(v));

    /// <summary>Writes a UUID property.</summary>
    public void Guid(Utf8JsonWriter writer, int index, System.Guid? value) =>
        Value(writer, index, value, static (w, v) => w.WriteStringValue(v));

    /// <summary>Writes a date-time property (ISO 8601).</summary>
    public void DateTimeOffset(Utf8JsonWriter writer, int index, System.DateTimeOffset? value) =>
        Value(writer, index, value, static (w, v) => w.WriteStringValue(v));

    /// <summary>Writes a full-date property (<c>yyyy-MM-dd</c>).</summary>
    public void DateOnly(Utf8JsonWriter writer, int index, System.DateOnly? value) =>
        Value(writer, index, value, static (w, v) => ApiJson.WriteDateOnly(w, v));

    /// <summary>Writes a URI property as it was given.</summary>
    public void Uri(Utf8JsonWriter writer, int index, System.Uri? value) => String(writer, index, value?.OriginalString);

    /// <summary>Writes a base64 property.</summary>
    public void Bytes(Utf8JsonWriter writer, int index, byte[]? value) =>
        Reference(writer, index, value, static (w, v) => w.WriteBase64StringValue(v));

    /// <summary>Writes a raw JSON property.</summary>
    public void Json(Utf8JsonWriter writer, int index, JsonElement? value) =>
        Value(writer, index, value, static (w, v) => v.WriteTo(w));

    /// <summary>Writes a string enum property.</summary>
    public void Enum<T>(Utf8JsonWriter writer, int index, T? value)
        where T : struct, IStringEnum<T> =>
        Value(writer, index, value, static (w, v) => w.WriteStringValue(v.Value));

    /// <summary>Writes an integer enum property.</summary>
    public void IntEnum<T>(Utf8JsonWriter writer, int index, T? value)
        where T : struct, IIntegerEnum<T> =>
        Value(writer, index, value, static (w, v) => w.WriteNumberValue(v.Value));

    /// <summary>Writes a property of a reference type (object, union, list, map) through its converter.</summary>
    public void Object<T>(Utf8JsonWriter writer, int index, T? value, JsonConverter<T> converter, JsonSerializerOptions options)
        where T : class
    {
        if (Name(writer, index, value is not null))
        {
            converter.Write(writer, value!, options);
        }
    }

    /// <summary>Writes a property of a value type through its converter.</summary>
    public void Struct<T>(Utf8JsonWriter writer, int index, T? value, JsonConverter<T> converter, JsonSerializerOptions options)
        where T : struct
    {
        if (Name(writer, index, value.HasValue))
        {
            converter.Write(writer, value.GetValueOrDefault(), options);
        }
    }

    /// <summary>Writes the properties the schema does not name, then ends the object.</summary>
    public void End(Utf8JsonWriter writer, IReadOnlyDictionary<string, JsonElement>? extras)
    {
        if (extras is not null)
        {
            foreach (var entry in extras)
            {
                writer.WritePropertyName(entry.Key);
                entry.Value.WriteTo(writer);
            }
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes typed additional properties through the map's value converter, then ends the object.</summary>
    public void End<T>(Utf8JsonWriter writer, IReadOnlyDictionary<string, T>? extras, JsonMapConverter<T> map, JsonSerializerOptions options)
    {
        if (extras is not null)
        {
            map.WriteEntries(writer, extras, options);
        }

        writer.WriteEndObject();
    }

    private void Value<T>(Utf8JsonWriter writer, int index, T? value, Action<Utf8JsonWriter, T> write)
        where T : struct
    {
        if (Name(writer, index, value.HasValue))
        {
            write(writer, value.GetValueOrDefault());
        }
    }

    private void Reference<T>(Utf8JsonWriter writer, int index, T? value, Action<Utf8JsonWriter, T> write)
        where T : class
    {
        if (Name(writer, index, value is not null))
        {
            write(writer, value!);
        }
    }

    /// <summary>Writes the property's name when there is a value; a required property without one is written as null.</summary>
    private bool Name(Utf8JsonWriter writer, int index, bool present)
    {
        if (present)
        {
            writer.WritePropertyName(_encoded[index]);
            return true;
        }

        if (_rules[index] != Optional)
        {
            writer.WriteNull(_encoded[index]);
        }

        return false;
    }
}
