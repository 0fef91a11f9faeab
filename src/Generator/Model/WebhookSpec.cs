namespace SpecClient.Generator.Model;

/// <summary>
/// A webhook the API calls (OpenAPI 3.1's <c>webhooks:</c>): its key, the JSON body it posts, and the payload's
/// properties that hold one value only (a single-value <c>enum</c> or a <c>const</c>), which may tell the events apart.
/// </summary>
internal sealed record WebhookSpec
{
    /// <summary>The key under <c>webhooks:</c>, as written.</summary>
    public required string Key { get; init; }

    /// <summary>The case name the spec proposes (PascalCase of the key); bound: unique among the event's cases.</summary>
    public required string Name { get; init; }

    public string? Summary { get; init; }

    public string? Description { get; init; }

    /// <summary>The request body's type (read model: by schema id; bound: the C# name).</summary>
    public required TypeRef Payload { get; init; }

    /// <summary>The payload's properties with exactly one allowed string value, in schema order.</summary>
    public EquatableArray<ConstantProperty> Constants { get; init; } = EquatableArray<ConstantProperty>.Empty;

    /// <summary>The JSON pointer of the webhook's operation.</summary>
    public required string Pointer { get; init; }
}

/// <summary>A property whose schema allows one value only.</summary>
/// <param name="WireName">The JSON property name.</param>
/// <param name="Value">The one value.</param>
internal sealed record ConstantProperty(string WireName, string Value);

/// <summary>
/// The webhook receiver of a client (bound model): <c>{ClassName}Webhooks</c>, which verifies a delivery and reads it
/// as <c>{ClassName}WebhookEvent</c>, a union (one of <see cref="ClientModel.Types"/>) with one case per webhook.
/// </summary>
/// <param name="ClassName">The receiver class.</param>
/// <param name="EventType">The event union's name.</param>
/// <param name="Webhooks">The webhooks, in spec order, each with its case name settled; case i of the union is webhook i.</param>
internal sealed record WebhooksModel(string ClassName, string EventType, EquatableArray<WebhookSpec> Webhooks);
