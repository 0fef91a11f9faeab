using System;
using System.Collections.Generic;
using System.Linq;
using SpecClient.Generator.Emitting.Syntax;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Emitting.Json;

/// <summary>
/// Knows how each type reference is written in C# and read and written as JSON, over the names the binder chose
/// (<see cref="ClientModel.Json"/>, <see cref="ClientModel.Names"/>). Decides nothing: a lookup, built once per client.
/// </summary>
internal sealed class JsonTypes
{
    private readonly Dictionary<TypeRef, string> _composites;
    private readonly Dictionary<string, string> _converterClasses;
    private readonly Dictionary<string, TypeModel> _typesByName;
    private readonly TypeSyntax _syntax;

    public JsonTypes(ClientModel spec)
    {
        Spec = spec;
        Names = spec.Names;
        _syntax = new TypeSyntax(spec.Namespace);
        _composites = spec.Json.Composites.ToDictionary(c => c.Type, c => c.Name);
        _converterClasses = spec.Json.Converters.ToDictionary(c => c.Type.Name!, c => c.Name, StringComparer.Ordinal);
        _typesByName = spec.Types.ToDictionary(t => t.Name, StringComparer.Ordinal);
    }

    public ClientModel Spec { get; }

    /// <summary>The names of the types generated beside the client.</summary>
    public ClientNames Names { get; }

    /// <summary>The composite converters and type infos the binder named.</summary>
    public JsonMetadataSpec Metadata => Spec.Json;

    /// <summary>The static class that holds every converter.</summary>
    public string ConvertersClass => Names.JsonConverters;

    /// <summary>The IJsonTypeInfoResolver class.</summary>
    public string ContextClass => Names.JsonContext;

    public string Qualified(string typeName) => _syntax.Qualified(typeName);

    public TypeModel? Find(string? typeName) =>
        typeName is not null && _typesByName.TryGetValue(typeName, out var type) ? type : null;

    /// <summary>Where an object keeps the properties its schema does not name (every object has one; enums and unions none).</summary>
    public static ExtrasSpec Extras(TypeModel type) =>
        type.Extras ?? throw new InvalidOperationException($"The {type.Kind} {type.Name} is not an object.");

    /// <summary>C# type syntax with generated types fully qualified.</summary>
    public string TypeOf(TypeRef type) => _syntax.Of(type);

    public string TypeOf(TypeRef type, bool nullable) => _syntax.Of(type, nullable);

    /// <summary>The name of a generated converter class for a generated type.</summary>
    public string ConverterClassOf(string typeName) => _converterClasses[typeName];

    /// <summary>
    /// An expression of type <c>JsonConverter&lt;T&gt;</c> for the type, nullability included. Converters of generated
    /// types and composites are members of the converters class: <paramref name="fromOutside"/> qualifies them for
    /// code outside it; inside it (every converter is nested there) their simple names are shorter and cannot be
    /// shadowed, since no inherited converter member ends in <c>Converter</c> or starts with <c>ListOf</c>, <c>MapOf</c> or <c>Nullable</c>.
    /// </summary>
    public string ConverterOf(TypeRef type, bool fromOutside = false)
    {
        var owner = fromOutside ? $"{Aliases.Model}{ConvertersClass}." : string.Empty;
        if (type.IsNullable && type.IsStruct)
        {
            return owner + _composites[Key(type)];
        }

        var nonNullable = type with { IsNullable = false };
        return nonNullable.Kind switch
        {
            TypeKind.Named when Find(type.Name) is { Kind: TypeSpecKind.StringEnum or TypeSpecKind.IntegerEnum } enumType => $"{ConverterTypeOf(enumType)}.Instance",
            TypeKind.Named => $"{owner}{ConverterClassOf(type.Name!)}.Instance",
            TypeKind.Array or TypeKind.Map => owner + _composites[Key(nonNullable)],
            TypeKind.Stream => $"{KnownTypes.JsonStreamConverter}.Instance",
            _ => $"{KnownTypes.JsonMetadataServices}.{BuiltInConverterName(nonNullable.Kind)}",
        };
    }

    /// <summary>The converter type a generated type's <c>[JsonConverter]</c> attribute names: the runtime's generic one for enums, its own for records and unions.</summary>
    public string ConverterTypeOf(TypeModel type) => type.Kind switch
    {
        TypeSpecKind.StringEnum => $"{KnownTypes.StringEnumConverter}<{Qualified(type.Name)}>",
        TypeSpecKind.IntegerEnum => $"{KnownTypes.IntegerEnumConverter}<{Qualified(type.Name)}>",
        _ => $"{Aliases.Model}{ConvertersClass}.{ConverterClassOf(type.Name)}",
    };

    /// <summary>The expression that creates a composite converter (for its static field).</summary>
    /// <param name="targetTyped">Whether the declaration names the type already, so <c>new(...)</c> says enough.</param>
    public string CreateComposite(TypeRef type, bool targetTyped = false)
    {
        if (type.IsNullable && type.IsStruct)
        {
            var underlying = type with { IsNullable = false };
            return targetTyped ? $"new({ConverterOf(underlying)})" : $"new {KnownTypes.JsonNullableConverter}<{TypeOf(underlying)}>({ConverterOf(underlying)})";
        }

        var element = TypeSyntax.Element(type);
        var converter = type.Kind == TypeKind.Array ? KnownTypes.JsonListConverter : KnownTypes.JsonMapConverter;
        return targetTyped ? $"new({ConverterOf(element)}!)" : $"new {converter}<{TypeOf(element)}>({ConverterOf(element)}!)";
    }

    /// <summary>The declared type of a composite converter field.</summary>
    public string CompositeFieldType(TypeRef type)
    {
        if (type.IsNullable && type.IsStruct)
        {
            return $"{KnownTypes.JsonNullableConverter}<{TypeOf(type, nullable: false)}>";
        }

        var converter = type.Kind == TypeKind.Array ? KnownTypes.JsonListConverter : KnownTypes.JsonMapConverter;
        return $"{converter}<{TypeOf(TypeSyntax.Element(type))}>";
    }

    /// <summary>The type info of a top-level body type: the default context's cache of it (a static field).</summary>
    public string TypeInfoOf(TypeRef type) =>
        $"{Aliases.Model}{ContextClass}.Of<{TypeOf(Key(type))}>.Info";

    /// <summary>
    /// An expression reading a non-null value of the type at the reader's current token.
    /// Primitives read directly from the reader; everything else goes through its converter.
    /// </summary>
    public string ReadValue(TypeRef type, string reader = "reader")
    {
        var nonNullable = type with { IsNullable = false };
        return nonNullable.Kind switch
        {
            TypeKind.String or TypeKind.TimeSpan => $"{KnownTypes.ApiJson}.ReadString(ref {reader})",
            TypeKind.Boolean => $"{reader}.GetBoolean()",
            // Numbers go through ApiJson, which also accepts quoted numbers (some real APIs send them).
            TypeKind.Int32 => $"{KnownTypes.ApiJson}.ReadInt32(ref {reader})",
            TypeKind.Int64 => $"{KnownTypes.ApiJson}.ReadInt64(ref {reader})",
            TypeKind.Float => $"{KnownTypes.ApiJson}.ReadSingle(ref {reader})",
            TypeKind.Double => $"{KnownTypes.ApiJson}.ReadDouble(ref {reader})",
            TypeKind.Decimal => $"{KnownTypes.ApiJson}.ReadDecimal(ref {reader})",
            TypeKind.Guid => $"{reader}.GetGuid()",
            TypeKind.DateTimeOffset => $"{reader}.GetDateTimeOffset()",
            TypeKind.DateOnly => $"{KnownTypes.ApiJson}.ReadDateOnly(ref {reader})",
            TypeKind.Uri => $"{KnownTypes.ApiJson}.ReadUri(ref {reader})",
            TypeKind.Bytes => $"{reader}.GetBytesFromBase64()",
            TypeKind.Json => $"{KnownTypes.JsonElement}.ParseValue(ref {reader})",
            _ => $"{ConverterOf(nonNullable)}.Read(ref {reader}, typeof({TypeOf(nonNullable)}), options)",
        };
    }

    /// <summary>A statement writing a non-null value of the type.</summary>
    public string WriteValue(TypeRef type, string value)
    {
        var nonNullable = type with { IsNullable = false };
        return nonNullable.Kind switch
        {
            TypeKind.String or TypeKind.TimeSpan or TypeKind.Guid or TypeKind.DateTimeOffset => $"writer.WriteStringValue({value});",
            TypeKind.Boolean => $"writer.WriteBooleanValue({value});",
            TypeKind.Int32 or TypeKind.Int64 or TypeKind.Float or TypeKind.Double or TypeKind.Decimal => $"writer.WriteNumberValue({value});",
            TypeKind.DateOnly => $"{KnownTypes.ApiJson}.WriteDateOnly(writer, {value});",
            TypeKind.Uri => $"writer.WriteStringValue({value}.OriginalString);",
            TypeKind.Bytes => $"writer.WriteBase64StringValue({value});",
            TypeKind.Json => $"{value}.WriteTo(writer);",
            _ => $"{ConverterOf(nonNullable)}.Write(writer, {value}, options);",
        };
    }

    private static string BuiltInConverterName(TypeKind kind) => kind switch
    {
        TypeKind.String or TypeKind.TimeSpan => "StringConverter",
        TypeKind.Boolean => "BooleanConverter",
        TypeKind.Int32 => "Int32Converter",
        TypeKind.Int64 => "Int64Converter",
        TypeKind.Float => "SingleConverter",
        TypeKind.Double => "DoubleConverter",
        TypeKind.Decimal => "DecimalConverter",
        TypeKind.Guid => "GuidConverter",
        TypeKind.DateTimeOffset => "DateTimeOffsetConverter",
        TypeKind.DateOnly => "DateOnlyConverter",
        TypeKind.Uri => "UriConverter",
        TypeKind.Bytes => "ByteArrayConverter",
        TypeKind.Json => "JsonElementConverter",
        _ => throw new InvalidOperationException($"No built-in converter for {kind}."),
    };

    private static TypeRef Key(TypeRef type) => type.ToJsonKey();
}
