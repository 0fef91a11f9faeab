using System.Collections.Generic;
using System.Linq;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Binding;

/// <summary>
/// Decides whether an operation gets a <c>{Name}StreamAsync</c> method: when a success response offers
/// <c>text/event-stream</c> with a schema for its events. When the request body has a boolean <c>stream</c> property
/// (openai's convention for "answer with events instead of JSON"), the stream method sets it.
/// </summary>
internal static class EventStreamBinder
{
    public static ResultSpec Bind(OperationSpec operation, ResultSpec result, IReadOnlyDictionary<string, TypeSpec> typesByName)
    {
        var eventType = result.Successes.Select(r => r.EventType).FirstOrDefault(t => t is not null);
        if (eventType is null)
        {
            return result;
        }

        var flag = operation.Body is { Kind: BodyKind.Json, Type: { Kind: TypeKind.Named, Name: { } bodyName } }
            && typesByName.TryGetValue(bodyName, out var body)
            ? body.Properties.FirstOrDefault(p => p.WireName == "stream" && p.Type.Kind == TypeKind.Boolean && !p.IsReadOnly)
            : null;
        return result with { EventType = eventType, StreamFlagProperty = flag?.Name };
    }
}
