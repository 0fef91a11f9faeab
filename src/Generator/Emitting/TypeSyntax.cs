using System;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Emitting;

/// <summary>Maps model type references to C# type syntax.</summary>
internal static class TypeSyntax
{
    /// <summary>The C# type, with <c>?</c> when <paramref name="type"/> is nullable.</summary>
    public static string Of(TypeRef type) => Of(type, type.IsNullable);

    /// <summary>The C# type, made nullable when <paramref name="nullable"/> (optional members and parameters).</summary>
    public static string Of(TypeRef type, bool nullable)
    {
        var name = NonNullable(type);
        return nullable ? name + "?" : name;
    }

    /// <summary>The C# type without nullability.</summary>
    public static string NonNullable(TypeRef type) => type.Kind switch
    {
        TypeKind.String => "string",
        TypeKind.Boolean => "bool",
        TypeKind.Int32 => "int",
        TypeKind.Int64 => "long",
        TypeKind.Float => "float",
        TypeKind.Double => "double",
        TypeKind.Decimal => "decimal",
        TypeKind.Guid => "global::System.Guid",
        TypeKind.DateTimeOffset => "global::System.DateTimeOffset",
        TypeKind.DateOnly => "global::System.DateOnly",
        TypeKind.TimeSpan => "string",
        TypeKind.Uri => "global::System.Uri",
        TypeKind.Bytes => "byte[]",
        TypeKind.Stream => KnownTypes.Stream,
        TypeKind.Json => KnownTypes.JsonElement,
        TypeKind.Named => type.Name ?? throw new InvalidOperationException("A named type reference has no name."),
        TypeKind.Array => $"{KnownTypes.IReadOnlyList}<{Of(Element(type))}>",
        TypeKind.Map => $"{KnownTypes.IReadOnlyDictionary}<string, {Of(Element(type))}>",
        _ => throw new InvalidOperationException($"Unknown type kind {type.Kind}."),
    };

    /// <summary>Whether the C# type is a value type (so <c>T?</c> is <c>Nullable&lt;T&gt;</c>).</summary>
    public static bool IsValueType(TypeRef type) => type.Kind switch
    {
        TypeKind.Boolean or TypeKind.Int32 or TypeKind.Int64 or TypeKind.Float or TypeKind.Double or TypeKind.Decimal
            or TypeKind.Guid or TypeKind.DateTimeOffset or TypeKind.DateOnly or TypeKind.Json => true,
        TypeKind.Named => type.IsValueType,
        _ => false,
    };

    public static TypeRef Element(TypeRef type) =>
        type.Element ?? throw new InvalidOperationException($"A {type.Kind} type reference has no element type.");
}
