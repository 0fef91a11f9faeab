namespace SpecClient.Generator.Model;

/// <summary>A type to emit (bound model): a record, an extensible enum or a union, with every member named.</summary>
internal sealed record TypeModel
{
    /// <summary>The C# type name, unique within the client.</summary>
    public required string Name { get; init; }

    public required TypeSpecKind Kind { get; init; }

    /// <summary>The schema's name in the spec (component key) or the JSON pointer of an inline schema.</summary>
    public required string SchemaName { get; init; }

    public string? Summary { get; init; }

    public string? Description { get; init; }

    public bool IsDeprecated { get; init; }

    /// <summary>When the spec says the type goes away.</summary>
    public string? Sunset { get; init; }

    /// <summary>The JSON pointer of the schema (stable when lines move): the <c>[ApiSchema]</c> argument.</summary>
    public string? Pointer { get; init; }

    /// <summary>For objects: properties in spec order.</summary>
    public EquatableArray<PropertySpec> Properties { get; init; } = EquatableArray<PropertySpec>.Empty;

    /// <summary>For objects: the member that keeps the properties the schema does not name; null for enums and unions.</summary>
    public ExtrasSpec? Extras { get; init; }

    /// <summary>For enums: the known values.</summary>
    public EquatableArray<EnumMemberSpec> EnumMembers { get; init; } = EquatableArray<EnumMemberSpec>.Empty;

    /// <summary>For unions: the cases, in spec order.</summary>
    public EquatableArray<UnionCaseSpec> UnionCases { get; init; } = EquatableArray<UnionCaseSpec>.Empty;

    /// <summary>For unions with a discriminator: the wire name of the property that tells the case.</summary>
    public string? Discriminator { get; init; }

    /// <summary>
    /// For unions with a discriminator: the index of the case an unknown or missing discriminator value is read as
    /// (OpenAPI 3.2's <c>defaultMapping</c>, when it names one of the cases); null keeps such a value as raw JSON.
    /// </summary>
    public int? DefaultCase { get; init; }
}
