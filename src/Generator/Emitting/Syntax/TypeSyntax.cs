using System;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Emitting.Syntax;

/// <summary>C# type syntax for model type references; generated types are qualified with the client's namespace.</summary>
internal sealed class TypeSyntax
{
    private readonly string _namespace;

    public TypeSyntax(string @namespace) => _namespace = @namespace;

    /// <summary>A generated type's fully qualified name, through the model namespace's alias.</summary>
    public string Qualified(string typeName) => Aliases.Model + typeName;

    /// <summary>The C# type, with <c>?</c> when <paramref name="type"/> is nullable.</summary>
    public string Of(TypeRef type) => Of(type, type.IsNullable);

    /// <summary>The C# type, made nullable when <paramref name="nullable"/> (optional members and parameters).</summary>
    public string Of(TypeRef type, bool nullable)
    {
        var name = type.Kind switch
        {
            TypeKind.Named => Qualified(type.Name ?? throw new InvalidOperationException("A named type reference has no name.")),
            TypeKind.Array => $"{KnownTypes.IReadOnlyList}<{Of(Element(type))}>",
            TypeKind.Map => $"{KnownTypes.IReadOnlyDictionary}<string, {Of(Element(type))}>",
            _ => Scalar(type.Kind),
        };
        return nullable ? name + "?" : name;
    }

    public static TypeRef Element(TypeRef type) =>
        type.Element ?? throw new InvalidOperationException($"A {type.Kind} type reference has no element type.");

    private static string Scalar(TypeKind kind) => kind switch
    {
        TypeKind.String or TypeKind.TimeSpan => "string",
        TypeKind.Boolean => "bool",
        TypeKind.Int32 => "int",
        TypeKind.Int64 => "long",
        TypeKind.Float => "float",
        TypeKind.Double => "double",
        TypeKind.Decimal => "decimal",
        TypeKind.Guid => "_s::Guid",
        TypeKind.DateTimeOffset => "_s::DateTimeOffset",
        TypeKind.DateOnly => "_s::DateOnly",
        TypeKind.Uri => "_s::Uri",
        TypeKind.Bytes => "byte[]",
        TypeKind.Stream => KnownTypes.Stream,
        TypeKind.Json => KnownTypes.JsonElement,
        _ => throw new InvalidOperationException($"{kind} is not a scalar type kind."),
    };
}
