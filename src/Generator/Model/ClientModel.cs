namespace SpecClient.Generator.Model;

/// <summary>
/// The bound model of one client: every C# name and every member the emitted files hold, decided by the binder.
/// Emitters print it and decide nothing. No field waits for a later step: what the binder has not decided does not
/// exist here. Compares by value, so an unchanged spec leaves every emitted file cached.
/// </summary>
internal sealed record ClientModel
{
    /// <summary>Namespace of every emitted type.</summary>
    public required string Namespace { get; init; }

    /// <summary>Name of the partial client class.</summary>
    public required string ClassName { get; init; }

    /// <summary><c>public</c> or <c>internal</c>.</summary>
    public required Accessibility Accessibility { get; init; }

    /// <summary>The spec file's path, as the compiler saw it.</summary>
    public required string SpecPath { get; init; }

    public string? Title { get; init; }

    public string? Description { get; init; }

    public string? ApiVersion { get; init; }

    /// <summary>The first server URL of the spec, used when the caller's HttpClient has no BaseAddress.</summary>
    public string? DefaultBaseUrl { get; init; }

    /// <summary>The first server's <c>name</c> (OpenAPI 3.2), for the docs of <c>DefaultBaseUrl</c>.</summary>
    public string? ServerName { get; init; }

    /// <summary>The document's own URL (OpenAPI 3.2's <c>$self</c>), against which a relative server URL was resolved.</summary>
    public string? SelfUrl { get; init; }

    /// <summary>Whether operations check the spec's rules on their arguments before sending (opt-in).</summary>
    public bool Validate { get; init; }

    /// <summary>The types generated beside the client, each named once.</summary>
    public required ClientNames Names { get; init; }

    /// <summary>Records, enums and unions, in a deterministic order with unique names.</summary>
    public required EquatableArray<TypeModel> Types { get; init; }

    /// <summary>The member groups of GroupByTag, in order of first use (empty without GroupByTag).</summary>
    public required EquatableArray<GroupSpec> Groups { get; init; }

    /// <summary>Operations in spec order, each with the methods it gets.</summary>
    public required EquatableArray<OperationModel> Operations { get; init; }

    /// <summary>The security schemes the spec declares, in declaration order, with their credential names settled.</summary>
    public required EquatableArray<SecuritySchemeSpec> SecuritySchemes { get; init; }

    /// <summary>Whether some operation needs a credential; the options' <c>RequireCredentials</c> starts out as this.</summary>
    public bool CredentialRequired { get; init; }

    /// <summary>The settings of the runtime's options class, in order: the options' configuration keys and what <c>ToString</c> shows.</summary>
    public required EquatableArray<string> OptionSettings { get; init; }

    /// <summary>The JSON metadata the client needs (converters, type infos).</summary>
    public required JsonMetadataSpec Json { get; init; }

    /// <summary>The webhook receiver; null when the spec has no (selected) webhooks.</summary>
    public WebhooksModel? Webhooks { get; init; }
}

/// <summary>The types generated for one client besides its models, each named once here.</summary>
internal sealed record ClientNames
{
    /// <summary><c>I{ClassName}</c>: every operation method, for callers that mock the client.</summary>
    public required string Interface { get; init; }

    /// <summary><c>{ClassName}Credentials</c>: the one type that holds the client's secrets.</summary>
    public required string Credentials { get; init; }

    /// <summary><c>{ClassName}Options</c>: base address, timeouts, retries and the credentials.</summary>
    public required string Options { get; init; }

    /// <summary><c>{ClassName}ServiceCollectionExtensions</c>: the DI registration.</summary>
    public required string ServiceCollectionExtensions { get; init; }

    /// <summary><c>Add{ClassName}</c>: the DI registration method.</summary>
    public required string AddMethod { get; init; }

    /// <summary><c>{ClassName}JsonConverters</c>: the static class holding every converter.</summary>
    public required string JsonConverters { get; init; }

    /// <summary><c>{ClassName}JsonContext</c>: the client's <c>IJsonTypeInfoResolver</c>.</summary>
    public required string JsonContext { get; init; }

    /// <summary><c>{ClassName}Validation</c>: the checks made before sending when the client validates (<c>Validate="true"</c>).</summary>
    public required string Validation { get; init; }

    /// <summary><c>{ClassName}Webhooks</c>: verifies and reads webhook deliveries (emitted when the spec has webhooks).</summary>
    public required string Webhooks { get; init; }

    /// <summary><c>{ClassName}WebhookEvent</c>: the union of the webhooks' payloads.</summary>
    public required string WebhookEvent { get; init; }
}

/// <summary>Which composite converters and which type infos a client needs, with their member names, in first-use order.</summary>
internal sealed record JsonMetadataSpec
{
    /// <summary>The converter class of each record and union, nested in the converters class, by the type's name.</summary>
    public required EquatableArray<NamedTypeRef> Converters { get; init; }

    /// <summary>Converters of lists, maps and nullable structs: one static field each on the converters class.</summary>
    public required EquatableArray<NamedTypeRef> Composites { get; init; }

    /// <summary>Types read or written as a whole body: one line each in the JSON context's resolver.</summary>
    public required EquatableArray<TypeRef> TypeInfos { get; init; }
}

/// <summary>A type and the member name chosen for it.</summary>
internal sealed record NamedTypeRef(TypeRef Type, string Name);


/// <summary>The bind step's result: the bound model, and the binder's findings (renames, pagination entries that do not fit).</summary>
internal sealed record BoundClient(ClientModel Client, EquatableArray<BindFinding> Findings);

/// <summary>A member group of the client (GroupByTag): a property, the nested class behind it, and its interface.</summary>
/// <param name="PropertyName">The property on the client and its interface (<c>client.Pets</c>); what operations name as their group.</param>
/// <param name="ClassName">The class nested in the client that holds the group's methods (<c>PetsOperations</c>).</param>
/// <param name="InterfaceName">The interface nested in the client's interface (<c>IPetsOperations</c>).</param>
/// <param name="Tag">The tag as the spec writes it, for the docs.</param>
/// <param name="Parent">The property name of the group this one nests in (OpenAPI 3.2 tag parents); null for a group on the client.</param>
/// <param name="Summary">The tag's summary (or description), for the docs.</param>
internal sealed record GroupSpec(string PropertyName, string ClassName, string InterfaceName, string Tag, string? Parent = null, string? Summary = null);
