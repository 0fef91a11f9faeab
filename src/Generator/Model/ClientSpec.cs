using SpecClient.Generator.Model;

namespace SpecClient.Generator.Model;

/// <summary>
/// The read model of one client: what the spec says, in API terms, with the item's options. The reader builds it, the
/// binder turns it into a <see cref="ClientModel"/>. Holds no Roslyn symbols and no OpenAPI.NET objects, and compares
/// by value, so an unchanged spec yields an equal model and every later step stays cached.
/// </summary>
internal sealed record ClientSpec
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

    /// <summary>Records, enums and unions: components in document order, then inline types as met (names not yet unique).</summary>
    public required EquatableArray<TypeSpec> Types { get; init; }

    /// <summary>Every component schema that becomes a type, in document order, mapped or not (see <see cref="ComponentType"/>).</summary>
    public EquatableArray<ComponentType> ComponentTypes { get; init; } = EquatableArray<ComponentType>.Empty;

    /// <summary>Operations in spec order (paths, then methods), with unique method names.</summary>
    public required EquatableArray<OperationSpec> Operations { get; init; }

    /// <summary>The tags the document declares, in document order.</summary>
    public EquatableArray<TagSpec> Tags { get; init; } = EquatableArray<TagSpec>.Empty;

    /// <summary>The security schemes the spec declares, in declaration order.</summary>
    public required EquatableArray<SecuritySchemeSpec> SecuritySchemes { get; init; }

    /// <summary>The selected webhooks (OpenAPI 3.1's <c>webhooks:</c>), in document order.</summary>
    public EquatableArray<WebhookSpec> Webhooks { get; init; } = EquatableArray<WebhookSpec>.Empty;

    /// <summary>Whether operations check the spec's rules on their arguments before sending (opt-in).</summary>
    public bool Validate { get; init; }

    /// <summary>The item's <c>Pagination</c> metadata: paging conventions named by hand, or turned off (the binder applies them).</summary>
    public EquatableArray<PaginationOverride> PaginationOverrides { get; init; } = EquatableArray<PaginationOverride>.Empty;
}

internal enum Accessibility
{
    Public,
    Internal,
}

/// <summary>
/// A component schema that becomes a type: its key, the name the spec proposes, and what kind of type it becomes.
/// Listed for every such component, also those a selection leaves unmapped, so names never depend on the selection.
/// </summary>
internal sealed record ComponentType(string Key, string ProposedName, TypeSpecKind Kind, string Pointer);

/// <summary>A tag the document declares (OpenAPI 3.2 adds <c>summary</c>, <c>kind</c> and <c>parent</c>).</summary>
/// <param name="Name">The tag as written.</param>
/// <param name="Summary">The short title (3.2), for the group's docs.</param>
/// <param name="Description">The longer text.</param>
/// <param name="Kind">What the tag is for (3.2): <c>nav</c>, <c>badge</c>, <c>audience</c> or another word; null when not said.</param>
/// <param name="Parent">The parent tag's name (3.2), when it nests under one.</param>
/// <param name="Pointer">The JSON pointer of the tag's declaration.</param>
/// <param name="Group">The C# name of the tag's group when it is one (GroupByTag), settled by the binder; null in the read model.</param>
internal sealed record TagSpec(string Name, string? Summary, string? Description, string? Kind, string? Parent, string Pointer, string? Group = null);
