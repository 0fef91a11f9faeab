using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace SpecClient.Internal;

/// <summary>Marks a converter of the runtime's whose <c>Read</c> reads a whole top-level value by itself (see <see cref="RootRead"/>).</summary>
internal interface IReadsWholeValue
{
}

/// <summary>
/// Reads a top-level JSON value held in memory straight through its converter when that is one of the runtime's
/// (<see cref="IReadsWholeValue"/>): what <see cref="JsonSerializer.Deserialize{TValue}(ReadOnlySpan{byte}, JsonTypeInfo{TValue})"/>
/// does for such a converter (same reader options, same converter, nothing may follow the value), without setting up
/// its read state. Only a value read whole and cleanly is taken: a JSON <c>null</c>, anything after the value, and any
/// failure leave the body to <see cref="JsonSerializer"/>, which reads it again and answers (or fails) as it always has.
/// </summary>
internal static class RootRead
{
    public static bool TryRead<T>(ReadOnlySpan<byte> json, JsonTypeInfo<T> typeInfo, out T? value)
    {
        value = default;
        // A type info not yet configured is left to JsonSerializer, which configures it (or says why it cannot).
        if (!typeInfo.IsReadOnly || typeInfo.Converter is not (JsonConverter<T> converter and IReadsWholeValue) || typeInfo.Kind != JsonTypeInfoKind.None)
        {
            return false;
        }

        JsonSerializerOptions options = typeInfo.Options;
        var reader = new Utf8JsonReader(json, new JsonReaderOptions
        {
            AllowTrailingCommas = options.AllowTrailingCommas,
            CommentHandling = options.ReadCommentHandling,
            MaxDepth = options.MaxDepth,
        });
        try
        {
            if (!reader.Read() || reader.TokenType == JsonTokenType.Null)
            {
                return false;
            }

            T? read = converter.Read(ref reader, typeInfo.Type, options);

            // The converter must end on the value's own last token (as the serializer checks), and nothing may follow it.
            if (reader.TokenType != JsonTokenType.EndObject || reader.CurrentDepth != 0 || reader.Read())
            {
                return false;
            }

            value = read;
            return true;
        }
        catch (Exception)
        {
            // Read again by JsonSerializer: the failure then carries the path, line and message it always has.
            return false;
        }
    }
}
