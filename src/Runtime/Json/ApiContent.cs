using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace SpecClient;

/// <summary>Request bodies for generated clients.</summary>
public static class ApiContent
{
    /// <summary>A JSON body serialized without reflection, sent with exactly the spec's media type.</summary>
    public static HttpContent Json<T>(T value, JsonTypeInfo<T> typeInfo, string mediaType)
    {
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(value, typeInfo));
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        return content;
    }

    /// <summary>A text body.</summary>
    public static HttpContent Text(string value, string mediaType) =>
        new StringContent(value, System.Text.Encoding.UTF8, mediaType);

    /// <summary>A binary body; the stream is read when the request is sent and not disposed by the client.</summary>
    public static HttpContent Binary(System.IO.Stream value, string mediaType)
    {
        var content = new StreamContent(new NonDisposingStream(value));
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        return content;
    }

    /// <summary>A JSON part or field value serialized without reflection.</summary>
    public static string JsonText<T>(T value, JsonTypeInfo<T> typeInfo) => JsonSerializer.Serialize(value, typeInfo);
}
