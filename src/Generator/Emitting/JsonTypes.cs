using System;
using System.Collections.Generic;
using System.Linq;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Emitting;

/// <summary>
/// Knows how each type reference is read and written as JSON, and which composite converters
/// (lists, maps, nullable structs) and type infos the client needs. Built once per client,
/// before any file is written, so every file agrees on the same names.
/// </summary>
internal sealed class JsonTypes
{
    private readonly Dictionary<TypeRef, string> _composites = new();
    private readonly Dictionary<TypeRef, string> _typeInfos = new();
    private readonly HashSet<TypeRef> _usedByClient = new();
    private readonly Dictionary<string, TypeSpec> _typesByName;

    public JsonTypes(ClientSpec spec)
    {
        Spec = spec;
        ConvertersClass = spec.ClassName + "JsonConverters";
        ContextClass = spec.ClassName + "JsonContext";
        _typesByName = spec.Types.ToDictionary(t => t.Name, StringComparer.Ordinal);

        foreach (var type in spec.Types)
        {
            AddTypeInfo(TypeRef.Named(type.Name, type.Kind is TypeSpecKind.StringEnum or TypeSpecKind.IntegerEnum), usedByClient: false);
            foreach (var property in type.Properties)
            {
                Register(property.Type);
            }

            if (type.Kind == TypeSpecKind.Object)
            {
                Register(TypeRef.MapOf(ExtrasOf(type)));
            }

            foreach (var unionCase in type.UnionCases)
            {
                Register(unionCase.Type);
            }
        }

        foreach (var operation in spec.Operations)
        {
            if (operation.Body is { Kind: BodyKind.Json } body)
            {
                AddTypeInfo(body.Type);
            }

            foreach (var response in operation.Responses)
            {
                if (response is { Kind: BodyKind.Json, Type: { } type })
                {
                    AddTypeInfo(type);
                }
            }

            if (ResultShape.Of(operation) is { Kind: BodyKind.Json, Type: { } result })
            {
                AddTypeInfo(result);
            }

            // Structured fields of form and multipart bodies travel as JSON text.
            if (operation.Body is { Kind: BodyKind.Multipart or BodyKind.FormUrlEncoded } fields && Find(fields.Type.Name) is { } form)
            {
                foreach (var property in form.Properties.Where(p => IsStructured(p.Type)))
                {
                    AddTypeInfo(property.Type);
                }
            }
        }
    }

    public ClientSpec Spec { get; }

    /// <summary>
    /// The value type of an object's extra properties: the declared <c>additionalProperties</c>, or raw JSON when the
    /// schema leaves them open (JSON Schema's default), so that nothing a server sends is lost on a round trip.
    /// </summary>
    public static TypeRef ExtrasOf(TypeSpec type) => type.AdditionalProperties ?? TypeRef.Of(TypeKind.Json);

    /// <summary>The member that holds extra properties, named so it never collides with a schema property.</summary>
    public static string ExtrasPropertyName(TypeSpec type)
    {
        foreach (var candidate in new[] { "AdditionalProperties", "UnknownProperties", "ExtensionData" })
        {
            if (!type.Properties.Any(p => p.Name == candidate) && candidate != type.Name)
            {
                return candidate;
            }
        }

        return "AdditionalPropertiesValue";
    }

    /// <summary>Whether a value is an object, list, map or raw JSON rather than a scalar.</summary>
    public static bool IsStructured(TypeRef type) =>
        type.Kind is TypeKind.Array or TypeKind.Map or TypeKind.Json
        || (type.Kind == TypeKind.Named && !type.IsValueType);

    /// <summary>The static class that holds every converter.</summary>
    public string ConvertersClass { get; }

    /// <summary>The IJsonTypeInfoResolver class.</summary>
    public string ContextClass { get; }

    /// <summary>Composite converter fields: the type and the field name, in first-use order.</summary>
    public IEnumerable<KeyValuePair<TypeRef, string>> Composites => _composites;

    /// <summary>Top-level type infos: the type and the context property name, in first-use order.</summary>
    public IEnumerable<KeyValuePair<TypeRef, string>> TypeInfos => _typeInfos;

    public string Qualified(string typeName) => Aliases.Model + typeName;

    public TypeSpec? Find(string? typeName) =>
        typeName is not null && _typesByName.TryGetValue(typeName, out var type) ? type : null;

    /// <summary>C# type syntax with generated types fully qualified.</summary>
    public string TypeOf(TypeRef type) => TypeOf(type, type.IsNullable);

    public string TypeOf(TypeRef type, bool nullable)
    {
        var name = type.Kind switch
        {
            TypeKind.Named => Qualified(type.Name!),
            TypeKind.Array => $"{KnownTypes.IReadOnlyList}<{TypeOf(TypeSyntax.Element(type))}>",
            TypeKind.Map => $"{KnownTypes.IReadOnlyDictionary}<string, {TypeOf(TypeSyntax.Element(type))}>",
            _ => TypeSyntax.NonNullable(type),
        };
        return nullable ? name + "?" : name;
    }

    /// <summary>The name of a generated converter class for a generated type.</summary>
    public string ConverterClassOf(string typeName) => typeName + "Converter";

    /// <summary>
    /// An expression of type <c>JsonConverter&lt;T&gt;</c> for the type, nullability included. Converters of generated
    /// types and composites are members of the converters class: <paramref name="fromOutside"/> qualifies them for
    /// code outside it; inside it (every converter is nested there) their simple names are shorter and cannot be
    /// shadowed, since no inherited converter member ends in <c>Converter</c> or starts with <c>ListOf</c>, <c>MapOf</c> or <c>Nullable</c>.
    /// </summary>
    public string ConverterOf(TypeRef type, bool fromOutside = false)
    {
        var owner = fromOutside ? $"{Aliases.Model}{ConvertersClass}." : string.Empty;
        if (type.IsNullable && TypeSyntax.IsValueType(type))
        {
            return owner + _composites[Key(type)];
        }

        var nonNullable = type with { IsNullable = false };
        return nonNullable.Kind switch
        {
            TypeKind.Named when Find(type.Name) is { Kind: TypeSpecKind.StringEnum } => $"{KnownTypes.StringEnumConverter}<{Qualified(type.Name!)}>.Instance",
            TypeKind.Named when Find(type.Name) is { Kind: TypeSpecKind.IntegerEnum } => $"{KnownTypes.IntegerEnumConverter}<{Qualified(type.Name!)}>.Instance",
            TypeKind.Named => $"{owner}{ConverterClassOf(type.Name!)}.Instance",
            TypeKind.Array or TypeKind.Map => owner + _composites[Key(nonNullable)],
            TypeKind.Stream => $"{KnownTypes.JsonStreamConverter}.Instance",
            _ => $"{KnownTypes.JsonMetadataServices}.{BuiltInConverterName(nonNullable.Kind)}",
        };
    }

    /// <summary>The converter type a generated type's <c>[JsonConverter]</c> attribute names.</summary>
    public string ConverterTypeOf(TypeSpec type) => type.Kind switch
    {
        TypeSpecKind.StringEnum => $"{KnownTypes.StringEnumConverter}<{Qualified(type.Name)}>",
        TypeSpecKind.IntegerEnum => $"{KnownTypes.IntegerEnumConverter}<{Qualified(type.Name)}>",
        _ => $"{Aliases.Model}{ConvertersClass}.{ConverterClassOf(type.Name)}",
    };

    /// <summary>The expression that creates a composite converter (for its static field).</summary>
    public string CreateComposite(TypeRef type)
    {
        if (type.IsNullable && TypeSyntax.IsValueType(type))
        {
            var underlying = type with { IsNullable = false };
            return $"new {KnownTypes.JsonNullableConverter}<{TypeOf(underlying)}>({ConverterOf(underlying)})";
        }

        var element = TypeSyntax.Element(type);
        var converter = type.Kind == TypeKind.Array ? KnownTypes.JsonListConverter : KnownTypes.JsonMapConverter;
        return $"new {converter}<{TypeOf(element)}>({ConverterOf(element)}!)";
    }

    /// <summary>The declared type of a composite converter field.</summary>
    public string CompositeFieldType(TypeRef type)
    {
        if (type.IsNullable && TypeSyntax.IsValueType(type))
        {
            return $"{KnownTypes.JsonNullableConverter}<{TypeOf(type, nullable: false)}>";
        }

        var converter = type.Kind == TypeKind.Array ? KnownTypes.JsonListConverter : KnownTypes.JsonMapConverter;
        return $"{converter}<{TypeOf(TypeSyntax.Element(type))}>";
    }

    /// <summary>Whether the client's operations read or write the type as a whole body (so its type info is worth caching).</summary>
    public bool IsUsedByClient(TypeRef type) => _usedByClient.Contains(Key(type));

    /// <summary>The context property holding the type info of a top-level body type.</summary>
    public string TypeInfoOf(TypeRef type) =>
        $"{Aliases.Model}{ContextClass}.Default.{_typeInfos[Key(type)]}";

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

    /// <summary>Reference types compare without nullability; nullable value types are distinct.</summary>
    private static TypeRef Key(TypeRef type) =>
        TypeSyntax.IsValueType(type) ? type : type with { IsNullable = false };

    private void Register(TypeRef type)
    {
        if (type.IsNullable && TypeSyntax.IsValueType(type))
        {
            Register(type with { IsNullable = false });
            AddComposite(type, "Nullable" + NameOf(type with { IsNullable = false }));
            return;
        }

        if (type.Kind is TypeKind.Array or TypeKind.Map)
        {
            var element = TypeSyntax.Element(type);
            Register(element);
            AddComposite(type with { IsNullable = false }, NameOf(type with { IsNullable = false }));
        }
    }

    private void AddComposite(TypeRef key, string baseName)
    {
        if (_composites.ContainsKey(key))
        {
            return;
        }

        var name = baseName;
        for (var i = 2; _composites.ContainsValue(name); i++)
        {
            name = baseName + i;
        }

        _composites.Add(key, name);
    }

    private void AddTypeInfo(TypeRef type, bool usedByClient = true)
    {
        Register(type);
        var key = Key(type);
        if (usedByClient)
        {
            _usedByClient.Add(key);
        }

        if (_typeInfos.ContainsKey(key))
        {
            return;
        }

        var baseName = NameOf(key);
        if (baseName is "Default" or "Options" or "GetTypeInfo" or "Get" || baseName == ContextClass)
        {
            baseName += "TypeInfo";
        }

        var name = baseName;
        for (var i = 2; _typeInfos.ContainsValue(name); i++)
        {
            name = baseName + i;
        }

        _typeInfos.Add(key, name);
    }

    private static string NameOf(TypeRef type)
    {
        var prefix = type.IsNullable ? "Nullable" : string.Empty;
        return prefix + type.Kind switch
        {
            TypeKind.Named => type.Name!,
            TypeKind.Array => "ListOf" + NameOf(TypeSyntax.Element(type)),
            TypeKind.Map => "MapOf" + NameOf(TypeSyntax.Element(type)),
            TypeKind.Json => "JsonElement",
            TypeKind.Bytes => "ByteArray",
            _ => type.Kind.ToString(),
        };
    }
}
