using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;
using SpecClient.Generator.Diagnostics;
using SpecClient.Generator.Model;
using SpecClient.Generator.Names;

namespace SpecClient.Generator.Reading;

/// <summary>
/// Reads OpenAPI 3.1's <c>webhooks:</c>, the calls the API makes to its users: per selected webhook, its operation's
/// JSON request body (the payload) and the payload's single-value properties, which may tell the events apart. A
/// webhook that posts no JSON body has nothing to read and is a located SPEC008.
/// </summary>
internal static class WebhookMapper
{
    public static EquatableArray<WebhookSpec> Map(ReadContext context, BodyMapper bodies, Selection.OperationFilter? filter)
    {
        var webhooks = context.Document.Webhooks;
        if (webhooks is null || webhooks.Count == 0)
        {
            return EquatableArray<WebhookSpec>.Empty;
        }

        var result = new List<WebhookSpec>();
        foreach (var entry in webhooks)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var itemPointer = ReadContext.Child("/webhooks", entry.Key);
            if (filter is not null && !filter.KeepsWebhook(entry.Key, itemPointer))
            {
                continue; // Unselected: never mapped, so its payload costs nothing.
            }

            if (entry.Value is OpenApiPathItemReference { UnresolvedReference: true } reference)
            {
                context.ReportBrokenReference(reference.Reference, itemPointer);
                continue;
            }

            if (MapOne(context, bodies, entry.Key, entry.Value, itemPointer) is { } webhook)
            {
                result.Add(webhook);
            }
        }

        return result.ToEquatableArray();
    }

    private static WebhookSpec? MapOne(ReadContext context, BodyMapper bodies, string key, IOpenApiPathItem? item, string itemPointer)
    {
        // A webhook is one call; POST is the norm, another method is read the same way.
        var operation = item?.Operations?.OrderBy(o => string.Equals(o.Key.Method, "POST", System.StringComparison.OrdinalIgnoreCase) ? 0 : 1).FirstOrDefault();
        if (operation is not { Value: not null } found)
        {
            context.Report(DiagnosticIds.UnsupportedConstruct, itemPointer, "A webhook without an operation", "nothing for it");
            return null;
        }

        var pointer = ReadContext.Child(itemPointer, found.Key.Method.ToLowerInvariant());
        var name = Naming.PascalCase(key);
        var body = bodies.MapRequestBody(found.Value, pointer, name, name + "Event");
        if (body is not { Kind: BodyKind.Json })
        {
            context.Report(DiagnosticIds.UnsupportedConstruct, pointer, "A webhook without a JSON request body", "nothing for it");
            return null;
        }

        var schema = found.Value.RequestBody is { } request && MediaTypes.Pick(request.Content) is { } picked ? picked.Value.Schema : null;
        return new WebhookSpec
        {
            Key = key,
            Name = name,
            Summary = found.Value.Summary ?? item!.Summary,
            Description = found.Value.Description ?? item!.Description,
            Payload = body.Type with { IsNullable = false },
            Constants = ConstantsOf(schema).ToEquatableArray(),
            Pointer = pointer,
        };
    }

    /// <summary>The payload's properties (its own and its <c>allOf</c> parts') that allow exactly one string value.</summary>
    private static IEnumerable<ConstantProperty> ConstantsOf(IOpenApiSchema? schema)
    {
        if (schema is null)
        {
            yield break;
        }

        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        var parts = new[] { schema }.Concat(schema.AllOf ?? Enumerable.Empty<IOpenApiSchema>());
        foreach (var part in parts)
        {
            foreach (var property in part?.Properties ?? new Dictionary<string, IOpenApiSchema>())
            {
                if (property.Value is { } value && SchemaShapes.OneString(value) is { } only && seen.Add(property.Key))
                {
                    yield return new ConstantProperty(property.Key, only);
                }
            }
        }
    }
}
