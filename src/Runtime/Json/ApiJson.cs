using System;
using System.Text.Json;

namespace SpecClient.Internal;

/// <summary>
/// Helpers for generated JSON converters: reading values the spec requires and turning low-level
/// failures into <see cref="JsonException"/>s that name the schema, the property and the JSON path.
/// </summary>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public static class ApiJson
{
    /// <summary>The key under <see cref="Exception.Data"/> holding the JSON path of a failure.</summary>
    /// <remarks>System.Text.Json overwrites <see cref="JsonException.Path"/> for custom converters, so the path built here travels in Data too.</remarks>
    public const string JsonPathKey = "SpecClient.JsonPath";

    /// <summary>Reads a string that may not be null.</summary>
    public static string ReadString(ref Utf8JsonReader reader) =>
        reader.GetString() ?? throw new JsonException("A string was expected but the value was null.");

    /// <summary>Reads an integer; a quoted number is accepted too, as APIs such as Twilio's send them.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static int ReadInt32(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.String ? int.Parse(ReadString(ref reader), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture) : reader.GetInt32();

    /// <summary>Reads a 64-bit integer; a quoted number is accepted too.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static long ReadInt64(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.String ? long.Parse(ReadString(ref reader), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture) : reader.GetInt64();

    /// <summary>Reads a double; a quoted number is accepted too.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static double ReadDouble(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.String ? double.Parse(ReadString(ref reader), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture) : reader.GetDouble();

    /// <summary>Reads a float; a quoted number is accepted too.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static float ReadSingle(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.String ? float.Parse(ReadString(ref reader), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture) : reader.GetSingle();

    /// <summary>Reads a decimal; a quoted number is accepted too.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static decimal ReadDecimal(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.String ? decimal.Parse(ReadString(ref reader), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture) : reader.GetDecimal();

    /// <summary>Reads an ISO 8601 full-date (<c>yyyy-MM-dd</c>).</summary>
    public static DateOnly ReadDateOnly(ref Utf8JsonReader reader) =>
        DateOnly.ParseExact(ReadString(ref reader), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Writes an ISO 8601 full-date (<c>yyyy-MM-dd</c>).</summary>
    public static void WriteDateOnly(Utf8JsonWriter writer, DateOnly value) =>
        writer.WriteStringValue(value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Reads a URI reference.</summary>
    public static Uri ReadUri(ref Utf8JsonReader reader) => new(ReadString(ref reader), UriKind.RelativeOrAbsolute);

    /// <summary>Throws unless the reader is at the start of an object.</summary>
    public static void ExpectStartObject(ref Utf8JsonReader reader, string schemaName)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"A JSON object was expected for '{schemaName}' but the value was {Describe(reader.TokenType)}.");
        }
    }

    /// <summary>The exception for a required property that the JSON lacks.</summary>
    public static JsonException MissingRequiredProperty(string schemaName, string propertyName) =>
        WithPath(new JsonException($"'{schemaName}' requires the property '{propertyName}', which is missing."), "$");

    /// <summary>The exception for a null where the schema does not allow one.</summary>
    public static JsonException NullNotAllowed(string schemaName, string propertyName) =>
        WithPath(new JsonException($"'{schemaName}' does not allow null for the property '{propertyName}'."), "$." + propertyName);

    /// <summary>Whether an exception is a read failure a converter should re-throw with its path.</summary>
    public static bool IsReadFailure(Exception exception) =>
        exception is JsonException or InvalidOperationException or FormatException or OverflowException or ArgumentException;

    /// <summary>Wraps a failure while reading a property so the message and path name it.</summary>
    public static JsonException PropertyFailed(Exception inner, string schemaName, string propertyName) =>
        Nest(inner, "." + propertyName, $"'{schemaName}.{propertyName}'");

    /// <summary>Wraps a failure while reading an array item so the path names its index.</summary>
    public static JsonException ItemFailed(Exception inner, int index) =>
        Nest(inner, "[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]", null);

    /// <summary>Wraps a failure while reading a map entry so the path names its key.</summary>
    public static JsonException EntryFailed(Exception inner, string key) =>
        Nest(inner, "['" + key + "']", null);

    /// <summary>The JSON path recorded on an exception by these helpers, if any.</summary>
    public static string? GetJsonPath(Exception exception) =>
        exception.Data[JsonPathKey] as string ?? (exception as JsonException)?.Path;

    private static JsonException Nest(Exception inner, string segment, string? what)
    {
        var innerPath = inner.Data[JsonPathKey] as string ?? "$";
        var path = "$" + segment + innerPath.Substring(1);
        var reason = inner.Data[JsonPathKey] is string && inner.InnerException is not null ? inner.InnerException : inner;
        var message = what is null
            ? $"The JSON value at '{path}' could not be read: {reason.Message}"
            : $"The JSON value at '{path}' ({what}) could not be read: {reason.Message}";
        return WithPath(new JsonException(message, path, null, null, reason), path);
    }

    private static JsonException WithPath(JsonException exception, string path)
    {
        exception.Data[JsonPathKey] = path;
        return exception;
    }

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };
}
