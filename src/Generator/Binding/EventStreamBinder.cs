using System.Collections.Generic;
using System.Linq;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Binding;

/// <summary>
/// Decides whether an operation gets a <c>{Name}StreamAsync</c> method, and how it reads: when a success response offers
/// a sequential media type with a type for its items (<c>text/event-stream</c>, JSON Lines, NDJSON, JSON text sequences). When the request body has a boolean <c>stream</c> property
/// (openai's convention for "answer with events instead of JSON"), the stream method sets it.
/// </summary>
internal static class EventStreamBinder
{
    public static ResultSpec Bind(OperationSpec operation, ResultSpec result, IReadOnlyDictionary<string, TypeSpec> typesByName)
    {
        var streamed = result.Successes.FirstOrDefault(r => r.EventType is not null);
        if (streamed is null)
        {
            return result;
        }

        var flag = operation.Body is { Kind: BodyKind.Json, Type: { Kind: TypeKind.Named, Name: { } bodyName } }
            && typesByName.TryGetValue(bodyName, out var body)
            ? body.Properties.FirstOrDefault(p => p.WireName == "stream" && p.Type.Kind == TypeKind.Boolean && !p.IsReadOnly)
            : null;
        return result with
        {
            EventType = streamed.EventType,
            StreamMediaType = streamed.StreamMediaType ?? "text/event-stream",
            StreamFormat = streamed.StreamFormat,
            StreamFlagProperty = flag?.Name,
        };
    }
}
