using System.Text;
using SpecClient.Generator.Emitting.Syntax;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Emitting.Json;

/// <summary>
/// Writes the reflection-free JSON of an object schema's record: inside the record, a reading constructor with one call
/// per property over <c>ObjectReader</c> (only the record can set its init-only properties); in the converters class, the
/// record's converter over the runtime's <c>RecordConverter&lt;T, TSelf&gt;</c>, holding the compact description of its
/// properties (<c>JsonProperties</c>) and one call per property that writes it. The record's own base list names nothing
/// of <c>SpecClient.Internal</c>; its <c>[JsonConverter]</c> names the converter.
/// </summary>
internal static class ObjectConverterWriter
{
    /// <summary>Writes the record's JSON member, its reading constructor (inside the record, after its properties).</summary>
    public static void WriteRecordMembers(SourceWriter writer, JsonTypes json, TypeModel type) =>
        WriteReadConstructor(writer, json, type, CSharp.Identifier(type.Name));

    /// <summary>Writes the record's converter (a member of the converters class).</summary>
    public static void WriteConverter(SourceWriter writer, JsonTypes json, TypeModel type)
    {
        var typeName = json.Qualified(type.Name);
        var converter = json.ConverterClassOf(type.Name);
        var names = new StringBuilder(CSharp.Literal(type.Name)).Append(", ").Append(CSharp.Literal(Rules(type.Properties)));
        foreach (var property in type.Properties)
        {
            names.Append(", ").Append(CSharp.Literal(property.WireName));
        }

        // Its shared Instance is the base's; the constructor is public and parameterless: [JsonConverter] on the record names this class.
        writer.OpenBlock($"internal sealed class {converter} : {KnownTypes.RecordConverter}<{typeName}, {converter}>");
        writer.WriteLine($"public {converter}() : base(new({names})) {{ }}");
        writer.WriteLine($"protected override {typeName} Read({KnownTypes.ObjectReader} json, ref {KnownTypes.Utf8JsonReader} reader) => new(json, ref reader);");
        writer.WriteLine();
        WriteWrite(writer, json, type, typeName);
        writer.CloseBlock();
    }

    /// <summary>One character per property for <c>JsonProperties</c>: optional, required, or required and never null; trailing optionals left out.</summary>
    private static string Rules(EquatableArray<PropertySpec> properties)
    {
        var rules = new StringBuilder();
        foreach (var property in properties)
        {
            rules.Append(!property.IsRequired ? '-' : property.Type.IsNullable ? 'r' : 'n');
        }

        return rules.ToString().TrimEnd('-');
    }

    /// <summary>
    /// Writes the record's reading constructor: it sets each property as the reader reaches it (no local per
    /// property, no initializer), and <c>ObjectReader</c> checks at the end of the object that every required property
    /// was seen, so none is left unset. A record with a constructor of its own needs its parameterless one declared too.
    /// Internal, so its converter can call it; a consumer of the client's assembly never sees it.
    /// </summary>
    private static void WriteReadConstructor(SourceWriter writer, JsonTypes json, TypeModel type, string name)
    {
        var properties = type.Properties;
        writer.WriteLine($"public {name}() {{ }}");
        writer.WriteLine($"[{KnownTypes.SetsRequiredMembers}]");
        writer.OpenBlock($"internal {name}({KnownTypes.ObjectReader} json, ref {KnownTypes.Utf8JsonReader} reader)");

        // Each read call re-throws a failure naming the schema and the property, so no try/catch is needed here.
        writer.OpenBlock("while (json.Next(ref reader))");
        writer.OpenBlock("switch (json.Index)");
        for (var i = 0; i < properties.Count; i++)
        {
            var property = properties[i];
            // Required and never null: ObjectReader has checked the JSON held a value by the time the object ends.
            var suppress = property.IsRequired && !property.Type.IsNullable
                ? (property.Type.IsStruct ? ".GetValueOrDefault()" : "!")
                : string.Empty;
            writer.WriteLine($"case {i}: {CSharp.Identifier(property.Name)} = {ReadCall(json, property.Type)}{suppress}; break;");
        }

        // Properties the schema does not name are kept (allocated only when one appears), so newer servers
        // stay compatible and a value read from the wire writes back unchanged.
        var extras = JsonTypes.Extras(type);
        // Extra returns the one dictionary the object's extras go to, so the property is set as they are reached.
        writer.WriteLine(extras.IsDeclared
            ? $"default: {extras.PropertyName} = json.Extra(ref reader, {json.ConverterOf(TypeRef.MapOf(extras.ValueType), fromOutside: true)}); break;"
            : $"default: {extras.PropertyName} = json.Extra(ref reader); break;");
        writer.CloseBlock();
        writer.CloseBlock();
        writer.CloseBlock();
    }

    /// <summary>The one call that reads a property's value (null where the schema allows it or the property is optional).</summary>
    private static string ReadCall(JsonTypes json, TypeRef type)
    {
        var nonNullable = type with { IsNullable = false };
        return nonNullable.Kind switch
        {
            TypeKind.Named when json.Find(type.Name) is { Kind: TypeSpecKind.StringEnum } => $"json.Enum<{json.TypeOf(nonNullable)}>(ref reader)",
            TypeKind.Named when json.Find(type.Name) is { Kind: TypeSpecKind.IntegerEnum } => $"json.IntEnum<{json.TypeOf(nonNullable)}>(ref reader)",
            TypeKind.Named or TypeKind.Array or TypeKind.Map or TypeKind.Stream => $"json.Object(ref reader, {json.ConverterOf(nonNullable, fromOutside: true)})",
            _ => $"json.{ScalarHelper(nonNullable.Kind)}(ref reader)",
        };
    }

    private static void WriteWrite(SourceWriter writer, JsonTypes json, TypeModel type, string typeName)
    {
        // RecordConverter has started the object; End ends it.
        writer.OpenBlock($"protected override void Write({KnownTypes.Utf8JsonWriter} writer, {typeName} value, {KnownTypes.JsonProperties} p, {KnownTypes.JsonSerializerOptions} options)");
        var properties = type.Properties;
        for (var i = 0; i < properties.Count; i++)
        {
            writer.WriteLine(WriteCall(json, properties[i], i));
        }

        var extras = JsonTypes.Extras(type);
        writer.WriteLine(extras.IsDeclared
            ? $"p.End(writer, value.{extras.PropertyName}, {json.ConverterOf(TypeRef.MapOf(extras.ValueType))}, options);"
            : $"p.End(writer, value.{extras.PropertyName});");
        writer.CloseBlock();
    }

    /// <summary>The one call that writes a property (omitted when optional and null, JSON null when required and null).</summary>
    private static string WriteCall(JsonTypes json, PropertySpec property, int index)
    {
        var member = "value." + CSharp.Identifier(property.Name);
        var type = property.Type with { IsNullable = false };
        // Inference cannot go from T to T?, so a non-nullable struct member names its type.
        var typeArgument = property.IsRequired && !property.Type.IsNullable ? $"<{json.TypeOf(type)}>" : string.Empty;
        return type.Kind switch
        {
            TypeKind.Named when json.Find(type.Name) is { Kind: TypeSpecKind.StringEnum } => $"p.Enum{typeArgument}(writer, {index}, {member});",
            TypeKind.Named when json.Find(type.Name) is { Kind: TypeSpecKind.IntegerEnum } => $"p.IntEnum{typeArgument}(writer, {index}, {member});",
            TypeKind.Named or TypeKind.Array or TypeKind.Map or TypeKind.Stream => $"p.Object(writer, {index}, {member}, {json.ConverterOf(type)}, options);",
            _ => $"p.{ScalarHelper(type.Kind)}(writer, {index}, {member});",
        };
    }

    /// <summary>The name shared by the read helper of <c>ObjectReader</c> and the write helper of <c>JsonProperties</c>.</summary>
    private static string ScalarHelper(TypeKind kind) => kind switch
    {
        TypeKind.String or TypeKind.TimeSpan => "String",
        TypeKind.Float => "Single",
        _ => kind.ToString(),
    };
}
