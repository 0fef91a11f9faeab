using System.Collections.Generic;
using Microsoft.OpenApi;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Reading;

/// <summary>
/// Finds the type of each item of a response's sequential body: OpenAPI 3.2's <c>itemSchema</c> on JSON Lines, NDJSON
/// and JSON text sequences; for <c>text/event-stream</c>, the JSON <c>contentSchema</c> of the <c>itemSchema</c>'s
/// <c>data</c> (3.2), else the media type's <c>schema</c>, which APIs before 3.2 give for each event's data.
/// </summary>
internal sealed class SequenceMapper
{
    private const string EventStream = "text/event-stream";

    private readonly SchemaMapper _schemas;

    public SequenceMapper(SchemaMapper schemas) => _schemas = schemas;

    /// <summary>The items' type, media type (as written) and framing; the first entry in spec order that says one, or null.</summary>
    public (TypeRef Type, string MediaType, StreamFormat Format)? Items(IDictionary<string, IOpenApiMediaType>? content, string responsePointer, string operationName)
    {
        foreach (var entry in content ?? new Dictionary<string, IOpenApiMediaType>())
        {
            var media = entry.Value;
            if (media is null)
            {
                continue;
            }

            var mediaPointer = ReadContext.Child(ReadContext.Child(responsePointer, "content"), entry.Key);
            if (MediaTypes.IsJsonSequence(entry.Key) && media.ItemSchema is { } item)
            {
                var type = _schemas.Map(item, ReadContext.Child(mediaPointer, "itemSchema"), operationName + "Item");
                return (type, entry.Key, StreamFormat.JsonSequence);
            }

            if (!MediaTypes.IsEventStream(entry.Key))
            {
                continue;
            }

            if (EventData(media.ItemSchema) is { } data)
            {
                var dataPointer = ReadContext.Child(ReadContext.Child(ReadContext.Child(mediaPointer, "itemSchema"), "properties"), "data");
                var type = data.ContentSchema is { } schema
                    ? _schemas.Map(schema, ReadContext.Child(dataPointer, "contentSchema"), operationName + "Event")
                    : TypeRef.Of(TypeKind.Json);
                return (type, EventStream, StreamFormat.EventStream);
            }

            if (media.Schema is { } eventSchema)
            {
                return (_schemas.Map(eventSchema, ReadContext.Child(mediaPointer, "schema"), operationName + "Event"), EventStream, StreamFormat.EventStream);
            }
        }

        return null;
    }

    /// <summary>The type of each item a request body of <paramref name="mediaType"/> sends, when it is a JSON sequence with an <c>itemSchema</c>.</summary>
    public TypeRef? RequestItems(string mediaType, IOpenApiMediaType media, string bodyPointer, string operationName) =>
        MediaTypes.IsJsonSequence(mediaType) && media.ItemSchema is { } item
            ? _schemas.Map(item, ReadContext.Child(ReadContext.Child(ReadContext.Child(bodyPointer, "content"), mediaType), "itemSchema"), operationName + "RequestItem")
            : null;

    /// <summary>The event's <c>data</c> schema when it says its content is JSON (<c>contentMediaType: application/json</c>).</summary>
    private static IOpenApiSchemaMissingProperties? EventData(IOpenApiSchema? itemSchema)
    {
        if (itemSchema?.Properties is not { } properties || !properties.TryGetValue("data", out var data))
        {
            return null;
        }

        return data is IOpenApiSchemaMissingProperties { ContentMediaType: { } mediaType } described && MediaTypes.IsJson(mediaType)
            ? described
            : null;
    }
}
