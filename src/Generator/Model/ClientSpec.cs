using SpecClient.Generator.Model;

namespace SpecClient.Generator.Model;

/// <summary>
/// Everything the emitters need to write one client: the contract between reading and writing.
/// Holds no Roslyn symbols and no OpenAPI.NET objects, and compares by value, so an
/// unchanged spec yields an equal model and the emit steps stay cached.
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

    /// <summary>Records, enums and unions, in a deterministic order with unique names.</summary>
    public required EquatableArray<TypeSpec> Types { get; init; }

    /// <summary>Operations in spec order (paths, then methods), with unique method names.</summary>
    public required EquatableArray<OperationSpec> Operations { get; init; }

    /// <summary>The security schemes the spec declares, in declaration order.</summary>
    public required EquatableArray<SecuritySchemeSpec> SecuritySchemes { get; init; }

    /// <summary>The names of the types generated beside the client, decided by the binder (null before binding).</summary>
    public ClientNames? Names { get; init; }

    /// <summary>The JSON metadata the client needs (converters, type infos), decided by the binder (null before binding).</summary>
    public JsonMetadataSpec? Json { get; init; }

    /// <summary>Whether the binder has run (the emitters need a bound model).</summary>
    public bool IsBound => Names is not null && Json is not null;
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

    /// <summary><c>{ClassName}JsonConverters</c>: the static class holding every converter.</summary>
    public required string JsonConverters { get; init; }

    /// <summary><c>{ClassName}JsonContext</c>: the client's <c>IJsonTypeInfoResolver</c>.</summary>
    public required string JsonContext { get; init; }
}

/// <summary>Which composite converters and which type infos a client needs, with their member names, in first-use order.</summary>
internal sealed record JsonMetadataSpec
{
    /// <summary>Converters of lists, maps and nullable structs: one static field each on the converters class.</summary>
    public required EquatableArray<NamedTypeRef> Composites { get; init; }

    /// <summary>Types read or written as a whole body: one property each on the JSON context.</summary>
    public required EquatableArray<NamedTypeRef> TypeInfos { get; init; }
}

/// <summary>A type and the member name chosen for it.</summary>
internal sealed record NamedTypeRef(TypeRef Type, string Name);

internal enum Accessibility
{
    Public,
    Internal,
}
