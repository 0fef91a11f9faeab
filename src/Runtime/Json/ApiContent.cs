using System;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace SpecClient.Internal;

/// <summary>Request bodies for generated clients.</summary>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public static class ApiContent
{
    /// <summary>A JSON body serialized without reflection, sent with exactly the spec's media type.</summary>
    public static HttpContent Json<T>(T value, JsonTypeInfo<T> typeInfo, string mediaType)
    {
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(value, typeInfo));
        SetContentType(content, mediaType);
        return content;
    }

    /// <summary>A text body.</summary>
    public static HttpContent Text(string value, string mediaType) =>
        new StringContent(value, System.Text.Encoding.UTF8, mediaType);

    /// <summary>
    /// A binary body; the stream is read when the request is sent and not disposed by the client. The request is retried
    /// (or re-sent on a 307/308 redirect) only when the stream can seek back to where it started.
    /// </summary>
    public static HttpContent Binary(System.IO.Stream value, string mediaType)
    {
        var content = new ReplayableStreamContent(value);
        SetContentType(content, mediaType);
        return content;
    }

    // The media type is the spec's, written as it is: added unparsed, it costs no header object per call (it is parsed
    // only if something reads Headers.ContentType). A line break could split the header, so it is refused.
    private static void SetContentType(HttpContent content, string mediaType)
    {
        ArgumentNullException.ThrowIfNull(mediaType);
        ApiHeaders.ValidateValue(mediaType, "the content type", nameof(mediaType));
        content.Headers.TryAddWithoutValidation("Content-Type", mediaType);
    }

    /// <summary>A JSON part or field value serialized without reflection.</summary>
    public static string JsonText<T>(T value, JsonTypeInfo<T> typeInfo) => JsonSerializer.Serialize(value, typeInfo);
}
