using SpecClient.Generator.Model;

namespace SpecClient.Generator.Model;

/// <summary>A type to generate: a record for an object schema, an extensible enum, or a union.</summary>
internal sealed record TypeSpec
{
    /// <summary>
    /// The PascalCase name the spec proposes (its component key, or a name composed from where an inline schema stands);
    /// not unique: the binder settles it. <see cref="TypeRef"/>s name the type by <see cref="SchemaName"/>.
    /// </summary>
    public required string Name { get; init; }

    public required TypeSpecKind Kind { get; init; }

    /// <summary>
    /// The type's identity: the schema's name in the spec (component key) or <c>#</c> and the JSON pointer of an inline
    /// schema. In the read model a named <see cref="TypeRef"/> holds this; the binder replaces it with the C# name.
    /// </summary>
    public required string SchemaName { get; init; }

    public string? Summary { get; init; }

    public string? Description { get; init; }

    public bool IsDeprecated { get; init; }

    /// <summary>When the spec says the type goes away (<c>x-sunset</c>, <c>x-deprecated-at</c>, or a date in its description).</summary>
    public string? Sunset { get; init; }

    /// <summary>The JSON pointer of the schema (stable when lines move), for findings made after reading.</summary>
    public string? Pointer { get; init; }

    /// <summary>For <see cref="TypeSpecKind.Object"/>: properties in spec order (allOf parts merged in).</summary>
    public EquatableArray<PropertySpec> Properties { get; init; } = EquatableArray<PropertySpec>.Empty;

    /// <summary>For objects with <c>additionalProperties</c> besides named properties: the value type of the extras.</summary>
    public TypeRef? AdditionalProperties { get; init; }

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

/// <summary>Where an object keeps the properties its schema does not name.</summary>
/// <param name="PropertyName">The C# member, chosen so it never collides with a schema property or the type's name.</param>
/// <param name="ValueType">The declared <c>additionalProperties</c> type, or raw JSON when the schema leaves them open.</param>
/// <param name="IsDeclared">Whether the schema declares <c>additionalProperties</c> (rather than leaving them open).</param>
internal sealed record ExtrasSpec(string PropertyName, TypeRef ValueType, bool IsDeclared);

internal enum TypeSpecKind
{
    /// <summary>A sealed record with a JSON converter.</summary>
    Object,

    /// <summary>A string enum: a struct that keeps unknown values.</summary>
    StringEnum,

    /// <summary>An integer enum: a struct that keeps unknown values.</summary>
    IntegerEnum,

    /// <summary><c>oneOf</c>/<c>anyOf</c>: a class that tells which case it holds.</summary>
    Union,
}

/// <summary>A property of an object schema.</summary>
internal sealed record PropertySpec
{
    /// <summary>PascalCase C# name, unique within the type and different from the type's name.</summary>
    public required string Name { get; init; }

    /// <summary>The JSON property name.</summary>
    public required string WireName { get; init; }

    /// <summary>The type; <see cref="TypeRef.IsNullable"/> says whether JSON null is allowed.</summary>
    public required TypeRef Type { get; init; }

    /// <summary>Listed in the schema's <c>required</c>.</summary>
    public bool IsRequired { get; init; }

    public string? Description { get; init; }

    public bool IsDeprecated { get; init; }

    /// <summary>When the spec says the property goes away (<c>x-sunset</c>, <c>x-deprecated-at</c>, or a date in its description).</summary>
    public string? Sunset { get; init; }

    /// <summary>The schema's validation keywords and format, when it has any; null otherwise.</summary>
    public ConstraintSpec? Constraints { get; init; }

    /// <summary>The JSON pointer of the property's schema (stable when lines move), for findings made after reading.</summary>
    public string? Pointer { get; init; }

    public bool IsReadOnly { get; init; }

    public bool IsWriteOnly { get; init; }

    /// <summary>
    /// A value that must not show in <c>ToString()</c> or the debugger: <c>writeOnly</c> (sent, never returned: a
    /// password, a credential) or <c>format: password</c>.
    /// </summary>
    public bool IsSecret { get; init; }

    public ConstantValue? DefaultValue { get; init; }

    /// <summary>
    /// The one string the property's schema allows (a one-value <c>enum</c> or a <c>const</c>, typically a <c>type</c>
    /// or <c>object</c> tag): the property is a string, and a required one starts out holding this value.
    /// </summary>
    public string? FixedValue { get; init; }
}

/// <summary>A known value of an enum.</summary>
/// <param name="Name">PascalCase member name (read model: as the spec proposes it; bound: unique within the enum).</param>
/// <param name="Value">The wire value as text (for integer enums, the digits).</param>
/// <param name="Pointer">The JSON pointer of the value in the spec, for findings made after reading.</param>
internal sealed record EnumMemberSpec(string Name, string Value, string? Pointer = null);

/// <summary>A case of a union.</summary>
/// <param name="Name">PascalCase name of the case, unique within the union (often the type name).</param>
/// <param name="Type">The case's type.</param>
/// <param name="DiscriminatorValue">The discriminator value that selects this case, when there is a discriminator.</param>
/// <param name="Pointer">The JSON pointer of the case's schema, for findings made after reading.</param>
internal sealed record UnionCaseSpec(string Name, TypeRef Type, string? DiscriminatorValue, string? Pointer = null);

/// <summary>A literal from the spec (a default or an example), kept as data; emitters render it.</summary>
/// <param name="Kind">What kind of JSON value it is.</param>
/// <param name="Text">Its text: the string itself, or the number/boolean literal as JSON writes it.</param>
internal sealed record ConstantValue(ConstantKind Kind, string Text);

internal enum ConstantKind
{
    String,
    Number,
    Boolean,
    Null,
}
