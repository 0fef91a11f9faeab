namespace SpecClient.Generator.Model;

/// <summary>
/// A reference to a C# type as the spec describes it: a primitive, a generated type, or a
/// collection of either. Emitters map kinds to concrete C# types.
/// </summary>
/// <param name="Kind">What the value is.</param>
/// <param name="Name">For <see cref="TypeKind.Named"/>: the generated type's name.</param>
/// <param name="Element">For arrays: the item type; for maps: the value type (keys are strings).</param>
/// <param name="IsNullable">Whether JSON <c>null</c> is a valid value (3.0 <c>nullable</c>, 3.1 <c>"null"</c> in type).</param>
/// <param name="IsValueType">For <see cref="TypeKind.Named"/>: whether the generated type is a struct (enums).</param>
internal sealed record TypeRef(
    TypeKind Kind,
    string? Name = null,
    TypeRef? Element = null,
    bool IsNullable = false,
    bool IsValueType = false)
{
    public static TypeRef Of(TypeKind kind) => new(kind);

    public static TypeRef Named(string name, bool isValueType = false) => new(TypeKind.Named, name, IsValueType: isValueType);

    public static TypeRef ArrayOf(TypeRef element) => new(TypeKind.Array, Element: element);

    public static TypeRef MapOf(TypeRef value) => new(TypeKind.Map, Element: value);

    public TypeRef AsNullable(bool nullable = true) => this with { IsNullable = nullable };

    /// <summary>Whether the C# type is a value type (so <c>T?</c> is <c>Nullable&lt;T&gt;</c>).</summary>
    public bool IsStruct => Kind switch
    {
        TypeKind.Boolean or TypeKind.Int32 or TypeKind.Int64 or TypeKind.Float or TypeKind.Double or TypeKind.Decimal
            or TypeKind.Guid or TypeKind.DateTimeOffset or TypeKind.DateOnly or TypeKind.Json => true,
        TypeKind.Named => IsValueType,
        _ => false,
    };

    /// <summary>The type as JSON metadata is keyed: reference types without nullability; nullable value types stay distinct.</summary>
    public TypeRef ToJsonKey() => IsStruct ? this : this with { IsNullable = false };

    /// <summary>Whether a value is an object, list, map or raw JSON rather than a scalar.</summary>
    public bool IsStructured => Kind is TypeKind.Array or TypeKind.Map or TypeKind.Json || (Kind == TypeKind.Named && !IsValueType);
}

internal enum TypeKind
{
    /// <summary><c>string</c> (also unknown string formats).</summary>
    String,
    Boolean,
    Int32,
    Int64,
    Float,
    Double,
    Decimal,
    /// <summary><c>format: uuid</c>.</summary>
    Guid,
    /// <summary><c>format: date-time</c>.</summary>
    DateTimeOffset,
    /// <summary><c>format: date</c>.</summary>
    DateOnly,
    /// <summary><c>format: time</c> / <c>duration</c>: kept as text.</summary>
    TimeSpan,
    /// <summary><c>format: uri</c>.</summary>
    Uri,
    /// <summary><c>format: byte</c>: base64 in JSON, <c>byte[]</c> in C#.</summary>
    Bytes,
    /// <summary><c>format: binary</c>: a raw stream (file upload or download).</summary>
    Stream,
    /// <summary>Free-form or unsupported: <c>System.Text.Json.JsonElement</c>.</summary>
    Json,
    /// <summary>A generated record, enum or union; see <see cref="TypeRef.Name"/>.</summary>
    Named,
    /// <summary>A list of <see cref="TypeRef.Element"/>.</summary>
    Array,
    /// <summary>A string-keyed dictionary of <see cref="TypeRef.Element"/>.</summary>
    Map,
}
