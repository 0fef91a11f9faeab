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
    /// <summary>Reads the body as JSON; a body that is all there already is read and parsed without a state machine.</summary>
    public static ValueTask<T?> ReadAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> typeInfo, string operationId, CancellationToken cancellationToken)
    {
        ValueTask<PooledBody> reading;
        try
        {
            ArgumentNullException.ThrowIfNull(response);
            ArgumentNullException.ThrowIfNull(typeInfo);
            ArgumentNullException.ThrowIfNull(operationId);
            ContentHeaders headers = ContentHeaders.Of(response.Content);
            if (!headers.IsJson)
            {
                return NotJsonAsync(response, typeInfo, operationId, cancellationToken);
            }

            // System.Text.Json buffers a whole top-level value anyway before a custom converter reads it; reading the body
            // once into one pooled buffer and parsing from memory is about twice as fast (see docs/performance.md).
            reading = SuccessBody.ReadAsync(response, headers.DeclaredLength, operationId, cancellationToken);
            if (reading.IsCompletedSuccessfully)
            {
                using PooledBody body = reading.Result;
                return new ValueTask<T?>(Deserialize(response, body, typeInfo, operationId));
            }
        }
        catch (Exception ex)
        {
            return ValueTask.FromException<T?>(ex);
        }

        return DeserializeAsync(reading, response, typeInfo, operationId);
    }

    private static async ValueTask<T?> DeserializeAsync<T>(ValueTask<PooledBody> reading, HttpResponseMessage response, JsonTypeInfo<T> typeInfo, string operationId)
    {
        using PooledBody body = await reading.ConfigureAwait(false);
        return Deserialize(response, body, typeInfo, operationId);
    }

    // From this size on, a body's short string values are read through a table of those already read (see EventStrings):
    // a list repeats values (the workspace of every item, a status, a type), which are then one string each, not one per
    // item. A smaller body would spend more on the table than it saves.
    private const int SharedStringsFrom = 8 * 1024;

    private static T? Deserialize<T>(HttpResponseMessage response, PooledBody body, JsonTypeInfo<T> typeInfo, string operationId)
    {
        EventStrings? strings = body.Count >= SharedStringsFrom ? EventStrings.Rent() : null;
        EventStrings? outer = strings is null ? null : EventStrings.Enter(strings);
        try
        {
            return RootRead.TryRead(body.Span, typeInfo, out T? value) ? value : JsonSerializer.Deserialize(body.Span, typeInfo);
        }
        catch (JsonException ex)
        {
            throw Unreadable(response, typeInfo, operationId, ex);
        }
        finally
        {
            if (strings is not null)
            {
                EventStrings.Leave(outer);
                EventStrings.Return(strings);
            }
        }
    }

    private static async ValueTask<T?> NotJsonAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> typeInfo, string operationId, CancellationToken cancellationToken)
    {
        int status = (int)response.StatusCode;
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
