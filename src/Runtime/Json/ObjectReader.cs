using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SpecClient.Internal;

/// <summary>
/// The state of one object being read by a generated converter: which property the reader is at, which
/// required properties were seen, and the properties the schema does not name (kept, so nothing a server
/// sends is lost). The converter loops <c>while (o.Next(ref reader))</c>, switches on <see cref="Index"/>
/// and reads each value with one call (<c>v0 = o.String(ref reader);</c>).
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public struct ObjectReader
{
    private const int None = -2;
    private const int Unknown = -1;

    private readonly JsonProperties _properties;
    private readonly JsonSerializerOptions _options;
    private int _index;
    private int _previous;
    private ulong _seenLow;
    private bool[]? _seenHigh;
    private string? _unknownName;
    private object? _extras;

    /// <summary>Starts reading an object; throws unless the reader is at its start.</summary>
    public ObjectReader(JsonProperties properties, ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        _properties = properties;
        _options = options;
        _index = None;
        _previous = -1;
        _seenLow = 0;
        _seenHigh = null;
        _unknownName = null;
        _extras = null;
        ApiJson.ExpectStartObject(ref reader, properties.SchemaName);
    }

    /// <summary>The index of the current property in the schema's description, or -1 for one it does not name.</summary>
    public readonly int Index => _index;

    /// <summary>The properties the schema does not name, or null when there were none.</summary>
    public readonly Dictionary<string, JsonElement>? Extras => _extras as Dictionary<string, JsonElement>;

    /// <summary>Typed additional properties, or null when there were none.</summary>
    public readonly Dictionary<string, T>? ExtrasOf<T>() => _extras as Dictionary<string, T>;

    /// <summary>
    /// Moves to the next property's value and returns true, or, at the end of the object, checks that every
    /// required property was seen and returns false.
    /// </summary>
    public bool Next(ref Utf8JsonReader reader)
    {
        if (!Advance(ref reader) || reader.TokenType == JsonTokenType.EndObject)
        {
            _index = None;
            CheckRequired();
            return false;
        }

        var index = _properties.Match(ref reader, _previous);
        _index = index;
        if (index < 0)
        {
            _unknownName = reader.GetString();
        }
        else
        {
            _previous = index;
            if (index < 64)
            {
                _seenLow |= 1UL << index;
            }
            else
            {
                (_seenHigh ??= new bool[_properties.Count])[index] = true;
            }
        }

        Advance(ref reader);
        return true;
    }

    /// <summary>Reads a string (also <c>format: time</c>/<c>duration</c>, kept as text); within an event stream, a value the stream repeats is one string (<see cref="EventStrings"/>).</summary>
    public string? String(ref Utf8JsonReader reader) => IsNull(ref reader) ? null : Guard(ref reader, static (ref Utf8JsonReader r) => EventStrings.Read(ref r));

    /// <summary>Reads a boolean.</summary>
    public bool? Boolean(ref Utf8JsonReader reader) => IsNull(ref reader) ? null : Guard(ref reader, static (ref Utf8JsonReader r) => r.GetBoolean());

    /// <summary>Reads a 32-bit integer (quoted numbers accepted).</summary>
    public int? Int32(ref Utf8JsonReader reader) => IsNull(ref reader) ? null : Guard(ref reader, static (ref Utf8JsonReader r) => ApiJson.ReadInt32(ref r));

    /// <summary>Reads a 64-bit integer (quoted numbers accepted).</summary>
    public long? Int64(ref Utf8JsonReader reader) => IsNull(ref reader) ? null : Guard(ref reader, static (ref Utf8JsonReader r) => ApiJson.ReadInt64(ref r));

    /// <summary>Reads a single-precision number (quoted numbers accepted).</summary>
    public float? Single(ref Utf8JsonReader reader) => IsNull(ref reader) ? null : Guard(ref reader, static (ref Utf8JsonReader r) => ApiJson.ReadSingle(ref r));

    /// <summary>Reads a double-precision number (quoted numbers accepted).</summary>
    public double? Double(ref Utf8JsonReader reader) => IsNull(ref reader) ? null : Guard(ref reader, static (ref Utf8JsonReader r) => ApiJson.ReadDouble(ref r));

    /// <summary>Reads a decimal number (quoted numbers accepted).</summary>
    public decimal? Decimal(ref Utf8JsonReader reader) => IsNull(ref reader) ? null : Guard(ref reader, static (ref Utf8JsonReader r) => ApiJson.ReadDecimal(ref r));

    /// <summary>Reads a UUID.</summary>
    public System.Guid? Guid(ref Utf8JsonReader reader) => IsNull(ref reader) ? null : Guard(ref reader, static (ref Utf8JsonReader r) => r.GetGuid());

    /// <summary>Reads an ISO 8601 date-time.</summary>
    public System.DateTimeOffset? DateTimeOffset(ref Utf8JsonReader reader) => IsNull(ref reader) ? null : Guard(ref reader, static (ref Utf8JsonReader r) => r.GetDateTimeOffset());

    /// <summary>Reads an ISO 8601 full-date.</summary>
    public System.DateOnly? DateOnly(ref Utf8JsonReader reader) => IsNull(ref reader) ? null : Guard(ref reader, static (ref Utf8JsonReader r) => ApiJson.ReadDateOnly(ref r));

    /// <summary>Reads a URI reference.</summary>
    public System.Uri? Uri(ref Utf8JsonReader reader) => IsNull(ref reader) ? null : Guard(ref reader, static (ref Utf8JsonReader r) => ApiJson.ReadUri(ref r));

    /// <summary>Reads base64 bytes.</summary>
    public byte[]? Bytes(ref Utf8JsonReader reader) => IsNull(ref reader) ? null : Guard(ref reader, static (ref Utf8JsonReader r) => r.GetBytesFromBase64());

    /// <summary>Reads raw JSON.</summary>
    public JsonElement? Json(ref Utf8JsonReader reader) => IsNull(ref reader) ? null : JsonElement.ParseValue(ref reader);

    /// <summary>Reads a string enum, keeping values the client does not know.</summary>
    public T? Enum<T>(ref Utf8JsonReader reader)
        where T : struct, IStringEnum<T> =>
        IsNull(ref reader) ? default(T?) : Guard(ref reader, static (ref Utf8JsonReader r) => T.FromWire(ApiJson.ReadString(ref r)));

    /// <summary>Reads an integer enum, keeping values the client does not know.</summary>
    public T? IntEnum<T>(ref Utf8JsonReader reader)
        where T : struct, IIntegerEnum<T> =>
        IsNull(ref reader) ? default(T?) : Guard(ref reader, static (ref Utf8JsonReader r) => T.FromWire(r.GetInt32()));

    /// <summary>Reads a value of a reference type (object, union, list, map) through its converter.</summary>
    public T? Object<T>(ref Utf8JsonReader reader, JsonConverter<T> converter)
        where T : class =>
        IsNull(ref reader) ? null : Guard(ref reader, converter);

    /// <summary>Reads a value of a value type through its converter.</summary>
    public T? Struct<T>(ref Utf8JsonReader reader, JsonConverter<T> converter)
        where T : struct =>
        IsNull(ref reader) ? null : Guard(ref reader, converter);

    /// <summary>Keeps a property the schema does not name as raw JSON.</summary>
    /// <returns>The object's one dictionary of such properties, for the record's extras member.</returns>
    public Dictionary<string, JsonElement> Extra(ref Utf8JsonReader reader)
    {
        var value = Guard(ref reader, static (ref Utf8JsonReader r) => JsonElement.ParseValue(ref r));
        var extras = (Dictionary<string, JsonElement>)(_extras ??= new Dictionary<string, JsonElement>(StringComparer.Ordinal));
        extras[CurrentName] = value;
        return extras;
    }

    /// <summary>Keeps a property the schema does not name as a typed additional property, read by the map's value converter.</summary>
    /// <returns>The object's one dictionary of such properties, for the record's extras member.</returns>
    public Dictionary<string, T> Extra<T>(ref Utf8JsonReader reader, JsonMapConverter<T> map)
    {
        var name = CurrentName;
        var value = Guard(ref reader, map, name);
        var extras = (Dictionary<string, T>)(_extras ??= new Dictionary<string, T>(StringComparer.Ordinal));
        extras[name] = value;
        return extras;
    }

    private delegate T ValueReader<T>(ref Utf8JsonReader reader);

    private readonly string CurrentName => _index >= 0 ? _properties.WireName(_index) : _unknownName ?? string.Empty;

    /// <summary>Reads a value; a failure is re-thrown naming the schema and the property in its message and JSON path.</summary>
    private readonly T Guard<T>(ref Utf8JsonReader reader, ValueReader<T> read)
    {
        try
        {
            return read(ref reader);
        }
        catch (Exception exception) when (ApiJson.IsReadFailure(exception))
        {
            throw Wrap(exception);
        }
    }

    private readonly T Guard<T>(ref Utf8JsonReader reader, JsonConverter<T> converter)
    {
        try
        {
            return converter.Read(ref reader, typeof(T), _options)!;
        }
        catch (Exception exception) when (ApiJson.IsReadFailure(exception))
        {
            throw Wrap(exception);
        }
    }

    private readonly T Guard<T>(ref Utf8JsonReader reader, JsonMapConverter<T> map, string name)
    {
        try
        {
            return map.ReadEntry(ref reader, name, _options);
        }
        catch (Exception exception) when (ApiJson.IsReadFailure(exception))
        {
            throw Wrap(exception);
        }
    }

    /// <summary>
    /// Moves the reader on; a failure (JSON that ends early, say) is re-thrown naming the property being read:
    /// the previous one while looking for the next name, the new one while moving to its value.
    /// </summary>
    private readonly bool Advance(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.Read();
        }
        catch (Exception exception) when (_index != None && ApiJson.IsReadFailure(exception))
        {
            throw Wrap(exception);
        }
    }

    private readonly JsonException Wrap(Exception exception) =>
        ApiJson.PropertyFailed(exception, _properties.SchemaName, CurrentName);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly bool IsNull(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.Null)
        {
            return false;
        }

        // Optional members tolerate null even when the schema forbids it: absent and null read the same.
        if (_index >= 0 && _properties.IsNullForbidden(_index))
        {
            throw Wrap(new JsonException($"'{_properties.SchemaName}' does not allow null for the property '{_properties.WireName(_index)}'."));
        }

        return true;
    }

    private readonly void CheckRequired()
    {
        var required = _properties.RequiredLow;
        if ((_seenLow & required) != required)
        {
            var missing = required & ~_seenLow;
            var index = System.Numerics.BitOperations.TrailingZeroCount(missing);
            throw ApiJson.MissingRequiredProperty(_properties.SchemaName, _properties.WireName(index));
        }

        foreach (var index in _properties.RequiredHigh)
        {
            if (_seenHigh is null || !_seenHigh[index])
            {
                throw ApiJson.MissingRequiredProperty(_properties.SchemaName, _properties.WireName(index));
            }
        }
    }
}
