using System;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;

namespace SpecClient.Internal;

/// <summary>Reads a success body as JSON and describes why it could not be, naming the operation and the JSON path.</summary>
internal static class JsonBody
{
    public static async ValueTask<T?> ReadAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> typeInfo, string operationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(typeInfo);
        ArgumentNullException.ThrowIfNull(operationId);
        int status = (int)response.StatusCode;
        if (!MediaTypes.IsJson(response))
        {
            string? mediaType = MediaTypes.Of(response);
            (string? text, bool truncated) = await ErrorResponse.ReadCappedBodyAsync(response, cancellationToken).ConfigureAwait(false);
            throw new ApiResponseFormatException(
                "Operation '" + operationId + "' returned status " + HttpReasonPhrases.Describe(status) + " with content type '" + ServerText.Sanitize(mediaType, 100) + "', which is not JSON; expected " + typeInfo.Type.Name + ".",
                operationId,
                status,
                null,
                text,
                truncated,
                ApiResponseHeaders.FromResponse(response));
        }

        // System.Text.Json buffers a whole top-level value anyway before a custom converter reads it; reading the body
        // once into one pooled buffer and parsing from memory is about twice as fast (see docs/performance.md).
        using PooledBody body = await SuccessBody.ReadAsync(response, operationId, cancellationToken).ConfigureAwait(false);
        try
        {
            return JsonSerializer.Deserialize(body.Span, typeInfo);
        }
        catch (JsonException ex)
        {
            throw Unreadable(response, typeInfo, operationId, ex);
        }
    }

    public static ApiResponseFormatException NullBody(HttpResponseMessage response, JsonTypeInfo typeInfo, string operationId)
    {
        int status = (int)response.StatusCode;
        return new ApiResponseFormatException(
            "Operation '" + operationId + "' returned status " + HttpReasonPhrases.Describe(status) + " but its body was JSON null where " + typeInfo.Type.Name + " was expected.",
            operationId,
            status,
            "$",
            headers: ApiResponseHeaders.FromResponse(response));
    }

    private static ApiResponseFormatException Unreadable(HttpResponseMessage response, JsonTypeInfo typeInfo, string operationId, JsonException ex)
    {
        // Generated converters record the path and a reason naming the schema and property. Both can carry text the
        // server sent (map keys, values), so the message gets them sanitized and capped.
        int status = (int)response.StatusCode;
        bool recordedByConverter = ex.Data.Contains(ApiJson.JsonPathKey);
        string? recorded = ApiJson.GetJsonPath(ex);
        string path = !string.IsNullOrEmpty(recorded) && (recordedByConverter || string.IsNullOrEmpty(ex.Path)) ? recorded : (string.IsNullOrEmpty(ex.Path) ? "$" : ex.Path);
        string reason = recordedByConverter ? " " + ServerText.Sanitize(ex.Message, 2 * ServerText.MaxLength) : string.Empty;
        return new ApiResponseFormatException(
            "Operation '" + operationId + "' returned status " + HttpReasonPhrases.Describe(status) + " but its body could not be read as " + typeInfo.Type.Name + " at JSON path '" + ServerText.Sanitize(path) + "'." + reason,
            operationId,
            status,
            path,
            headers: ApiResponseHeaders.FromResponse(response),
            innerException: ex);
    }
}
