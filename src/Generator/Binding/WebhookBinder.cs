using System.Collections.Generic;
using System.Linq;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Binding;

/// <summary>
/// Decides the webhook receiver: <c>{ClassName}Webhooks</c> and the event union <c>{ClassName}WebhookEvent</c> (both
/// companion names, so no schema takes them), one case per webhook in spec order. The union tells the events apart by
/// the first payload property that every webhook fixes to one value, a different one each (openai's <c>type</c>);
/// without such a property the cases are tried in order, as undiscriminated unions are. Either way a value no case
/// takes is kept raw (<c>IsUnknown</c>).
/// </summary>
internal static class WebhookBinder
{
    /// <summary>The receiver and the event union to emit beside the client's types; null without webhooks.</summary>
    public static (WebhooksModel Receiver, TypeModel Event)? Bind(ClientSpec spec, ClientNames names)
    {
        if (spec.Webhooks.Count == 0)
        {
            return null;
        }

        var discriminator = DiscriminatorOf(spec.Webhooks);
        var cases = spec.Webhooks.Select(webhook => new UnionCaseSpec(
            webhook.Name,
            webhook.Payload,
            discriminator is null ? null : webhook.Constants.First(c => c.WireName == discriminator).Value,
            webhook.Pointer)).ToEquatableArray();
        var union = new TypeModel
        {
            Name = names.WebhookEvent,
            Kind = TypeSpecKind.Union,
            SchemaName = "#/webhooks",
            Summary = "An event the API sends to the webhook receiver " + names.Webhooks + ": one case per webhook.",
            Description = "A value no case takes (an event this API description does not know yet) is kept as raw JSON: IsUnknown.",
            Pointer = "/webhooks",
            UnionCases = cases,
            Discriminator = discriminator,
        };
        return (new WebhooksModel(names.Webhooks, names.WebhookEvent, spec.Webhooks), union);
    }

    /// <summary>The wire name of the first one-value property every payload has, with a different value each; else null.</summary>
    private static string? DiscriminatorOf(EquatableArray<WebhookSpec> webhooks)
    {
        foreach (var candidate in webhooks[0].Constants)
        {
            var values = new HashSet<string>(System.StringComparer.Ordinal);
            var distinct = webhooks.All(webhook =>
                webhook.Constants.FirstOrDefault(c => c.WireName == candidate.WireName) is { } constant && values.Add(constant.Value));
            if (distinct)
            {
                return candidate.WireName;
            }
        }

        return null;
    }
}
