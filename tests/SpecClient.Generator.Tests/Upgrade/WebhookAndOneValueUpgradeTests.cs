using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using SpecClient.Generator.Tests.Infrastructure;

namespace SpecClient.Generator.Tests.Upgrade;

/// <summary>
/// Baseline="..." also compares what the API sends to the client's webhook receiver, and the properties that allow
/// one value (which read as strings holding that value, so a changed value is no change of type).
/// </summary>
public class WebhookAndOneValueUpgradeTests
{
    private static readonly string Shop = File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "SpecClient.Client.Tests", "Webhooks", "shop-webhooks.yaml"));

    [Fact]
    public void An_unchanged_spec_with_webhooks_reports_nothing()
    {
        using var versions = new SpecVersions(Shop, Shop);

        Assert.Empty(versions.Run());
    }

    [Fact]
    public void A_removed_webhook_is_SPEC212_at_the_webhooks_with_the_baseline_webhook_as_additional_location()
    {
        var current = SpecEdits.RemoveBlock(Shop, "  order.shipped:", after: "webhooks:");
        using var versions = new SpecVersions(Shop, current);

        var diagnostics = versions.Run();

        var diagnostic = Assert.Single(SpecVersions.Breaking(diagnostics));
        Assert.Equal("SPEC212", diagnostic.Id);
        Assert.Contains("The webhook 'order.shipped' of the baseline spec is gone", diagnostic.GetMessage(), System.StringComparison.Ordinal);
        Assert.Equal(versions.CurrentPath, diagnostic.Location.GetLineSpan().Path);
        Assert.Equal("webhooks:", SpecVersions.LineAt(diagnostic.Location));
        Assert.Equal("post:", SpecVersions.LineAt(diagnostic.AdditionalLocations.Single()));
        Assert.StartsWith("1 change(s)", Assert.Single(diagnostics, d => d.Id == "SPEC209").GetMessage(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_property_gone_from_a_webhook_payload_is_SPEC202()
    {
        var current = SpecEdits.Replace(Shop, "        order_id: {type: string}\n        carrier: {type: string}\n", "        order_id: {type: string}\n");
        using var versions = new SpecVersions(Shop, current);

        var diagnostic = Assert.Single(SpecVersions.Breaking(versions.Run()));

        Assert.Equal("SPEC202", diagnostic.Id);
        Assert.Contains("the property 'carrier' of 'OrderShipped'", diagnostic.GetMessage(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_changed_value_that_tells_webhook_events_apart_is_SPEC204()
    {
        var current = SpecEdits.Replace(Shop, "                type: {const: refund.issued}\n", "                type: {const: refund.sent}\n");
        using var versions = new SpecVersions(Shop, current);

        var diagnostic = Assert.Single(SpecVersions.Breaking(versions.Run()));

        Assert.Equal("SPEC204", diagnostic.Id);
        Assert.Contains("The value 'refund.issued' of the property 'type' of 'RefundIssuedEvent'", diagnostic.GetMessage(), System.StringComparison.Ordinal);
        Assert.Equal("type: {const: refund.sent}", SpecVersions.LineAt(diagnostic.Location));
    }

    [Fact]
    public void A_changed_one_value_enum_of_a_response_is_SPEC204()
    {
        var current = SpecEdits.Replace(Shop, "        object: {type: string, enum: [event]}\n        type: {type: string, enum: [order.created]}\n", "        object: {type: string, enum: [message]}\n        type: {type: string, enum: [order.created]}\n");
        using var versions = new SpecVersions(Shop, current);

        var diagnostic = Assert.Single(SpecVersions.Breaking(versions.Run()));

        Assert.Equal("SPEC204", diagnostic.Id);
        Assert.Contains("The value 'event' of the property 'object' of 'OrderCreated'", diagnostic.GetMessage(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void An_added_webhook_is_SPEC210_only_when_turned_on()
    {
        var current = SpecEdits.Replace(Shop, "components:\n", "  order.paid:\n    post:\n      requestBody:\n        content:\n          application/json:\n            schema: {$ref: '#/components/schemas/Order'}\n      responses: {'200': {description: Received.}}\ncomponents:\n");
        using var versions = new SpecVersions(Shop, current);

        Assert.Empty(versions.Run());

        var additive = Assert.Single(versions.Run(new Dictionary<string, ReportDiagnostic> { ["SPEC210"] = ReportDiagnostic.Info }));
        Assert.Equal("SPEC210", additive.Id);
        Assert.Contains("the webhook 'order.paid' was added", additive.GetMessage(), System.StringComparison.Ordinal);
    }
    [Fact]
    public void A_new_value_of_a_one_value_parameter_is_SPEC204()
    {
        var baseline = SpecEdits.Replace(Shop, "        - {name: id, in: path, required: true, schema: {type: string}}\n", "        - {name: id, in: path, required: true, schema: {type: string}}\n        - {name: api-version, in: query, required: true, schema: {const: '2024-10-01'}}\n");
        var current = SpecEdits.Replace(baseline, "{const: '2024-10-01'}", "{const: '2025-05-01'}");
        using var versions = new SpecVersions(baseline, current);

        var diagnostic = Assert.Single(SpecVersions.Breaking(versions.Run()));

        Assert.Equal("SPEC204", diagnostic.Id);
        Assert.Contains("The value '2024-10-01' of the query parameter 'api-version' of 'getOrder'", diagnostic.GetMessage(), System.StringComparison.Ordinal);
    }
}
