using System.Collections.Generic;
using System.Linq;
using SpecClient.Generator.Emitting.Syntax;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Emitting.Json;

/// <summary>Writes the reflection-free JSON converter of an object schema's record.</summary>
internal static class ObjectConverterWriter
{
    public static void Write(SourceWriter writer, JsonTypes json, TypeSpec type)
    {
        var typeName = json.Qualified(type.Name);
        var converter = json.ConverterClassOf(type.Name);
        writer.WriteLine($"/// <summary>Reads and writes <see cref=\"{typeName}\"/> without reflection.</summary>");
        writer.OpenBlock($"internal sealed class {converter} : {KnownTypes.JsonConverter}<{typeName}>");
        writer.WriteLine($"public static readonly {converter} Instance = new();");
        writer.WriteLine();
        for (var i = 0; i < type.Properties.Count; i++)
        {
            writer.WriteLine($"private static readonly {KnownTypes.JsonEncodedText} {NameField(type.Properties[i])} = {KnownTypes.JsonEncodedText}.Encode({CSharp.Literal(type.Properties[i].WireName)});");
        }

        if (type.Properties.Count > 0)
        {
            writer.WriteLine();
        }

        WriteRead(writer, json, type, typeName);
        writer.WriteLine();
        WriteWrite(writer, json, type, typeName);
        writer.CloseBlock();
    }

    /// <summary>The static field holding a property's encoded JSON name (property names are unique within the type).</summary>
    private static string NameField(PropertySpec property) => "s_" + CSharp.Camel(property.Name) + "Name";

    private static void WriteRead(SourceWriter writer, JsonTypes json, TypeSpec type, string typeName)
    {
        writer.OpenBlock($"public override {typeName} Read(ref {KnownTypes.Utf8JsonReader} reader, {KnownTypes.Type} typeToConvert, {KnownTypes.JsonSerializerOptions} options)");
        writer.WriteLine($"{KnownTypes.ApiJson}.ExpectStartObject(ref reader, {CSharp.Literal(type.Name)});");
        var properties = type.Properties;
        var locals = new LocalNames(new[] { "reader", "typeToConvert", "options", "extra", "current", "exception" });
        var values = properties.Select(p => locals.Take(CSharp.Camel(p.Name))).ToList();
        var found = properties.Select(p => p.IsRequired ? locals.Take("has" + p.Name) : string.Empty).ToList();
        for (var i = 0; i < properties.Count; i++)
        {
            var property = properties[i];
            writer.WriteLine($"{json.TypeOf(property.Type, nullable: true)} {values[i]} = default;");
            if (property.IsRequired)
            {
                writer.WriteLine($"bool {found[i]} = false;");
            }
        }

        var extraMap = TypeRef.MapOf(JsonTypes.Extras(type).ValueType);
        writer.WriteLine($"{KnownTypes.Dictionary}<string, {json.TypeOf(TypeSyntax.Element(extraMap))}>? extra = null;");

        writer.WriteLine("string? current = null;");
        writer.OpenBlock("try");
        writer.OpenBlock($"while (reader.Read() && reader.TokenType != {KnownTypes.JsonTokenType}.EndObject)");
        for (var i = 0; i < properties.Count; i++)
        {
            var property = properties[i];
            var keyword = i == 0 ? "if" : "else if";
            writer.OpenBlock($"{keyword} (reader.ValueTextEquals({CSharp.Utf8Literal(property.WireName)}))");
            writer.WriteLine($"current = {CSharp.Literal(property.WireName)};");
            writer.WriteLine("reader.Read();");
            WriteReadValue(writer, json, type, property, values[i]);
            if (property.IsRequired)
            {
                writer.WriteLine($"{found[i]} = true;");
            }

            writer.CloseBlock();
        }

        // With no named properties, the fallback is the whole loop body; otherwise it is the final else.
        var hasElse = properties.Count > 0;
        if (hasElse)
        {
            writer.OpenBlock("else");
        }

        // Properties the schema does not name are kept (allocated only when one appears), so newer servers
        // stay compatible and a value read from the wire writes back unchanged.
        writer.WriteLine("current = reader.GetString()!;");
        writer.WriteLine("reader.Read();");
        writer.WriteLine($"(extra ??= new())[current] = {json.ConverterOf(extraMap)}.ReadEntry(ref reader, current, options);");

        if (hasElse)
        {
            writer.CloseBlock();
        }

        writer.CloseBlock();
        writer.CloseBlock();
        writer.OpenBlock($"catch ({KnownTypes.Exception} exception) when (current is not null && {KnownTypes.ApiJson}.IsReadFailure(exception))");
        writer.WriteLine($"throw {KnownTypes.ApiJson}.PropertyFailed(exception, {CSharp.Literal(type.Name)}, current);");
        writer.CloseBlock();
        writer.WriteLine();

        for (var i = 0; i < properties.Count; i++)
        {
            if (properties[i].IsRequired)
            {
                writer.OpenBlock($"if (!{found[i]})");
                writer.WriteLine($"throw {KnownTypes.ApiJson}.MissingRequiredProperty({CSharp.Literal(type.Name)}, {CSharp.Literal(properties[i].WireName)});");
                writer.CloseBlock();
                writer.WriteLine();
            }
        }

        writer.OpenBlock($"return new {typeName}");
        for (var i = 0; i < properties.Count; i++)
        {
            var property = properties[i];
            var suppress = property.IsRequired && !property.Type.IsNullable
                ? (property.Type.IsStruct ? ".GetValueOrDefault()" : "!")
                : string.Empty;
            writer.WriteLine($"{CSharp.Identifier(property.Name)} = {values[i]}{suppress},");
        }

        writer.WriteLine($"{JsonTypes.Extras(type).PropertyName} = extra,");

        writer.CloseBlock(";");
        writer.CloseBlock();
    }

    private static void WriteReadValue(SourceWriter writer, JsonTypes json, TypeSpec type, PropertySpec property, string local)
    {
        var read = json.ReadValue(property.Type);
        if (property.Type.IsNullable || !property.IsRequired)
        {
            // Optional members tolerate null even when the schema forbids it: absent and null read the same.
            // default(T?) rather than null: enum structs convert implicitly from string, which would give null the enum's type.
            writer.WriteLine($"{local} = reader.TokenType == {KnownTypes.JsonTokenType}.Null ? default({json.TypeOf(property.Type, nullable: true)}) : {read};");
        }
        else
        {
            writer.WriteLine($"{local} = reader.TokenType == {KnownTypes.JsonTokenType}.Null");
            writer.WriteLine($"    ? throw {KnownTypes.ApiJson}.NullNotAllowed({CSharp.Literal(type.Name)}, {CSharp.Literal(property.WireName)})");
            writer.WriteLine($"    : {read};");
        }
    }

    private static void WriteWrite(SourceWriter writer, JsonTypes json, TypeSpec type, string typeName)
    {
        writer.OpenBlock($"public override void Write({KnownTypes.Utf8JsonWriter} writer, {typeName} value, {KnownTypes.JsonSerializerOptions} options)");
        writer.WriteLine("writer.WriteStartObject();");
        var locals = new LocalNames(new[] { "writer", "value", "options", "extra" });
        foreach (var property in type.Properties)
        {
            var member = "value." + CSharp.Identifier(property.Name);
            var isNullableInCSharp = property.Type.IsNullable || !property.IsRequired;
            if (!isNullableInCSharp)
            {
                writer.WriteLine($"writer.WritePropertyName({NameField(property)});");
                writer.WriteLine(json.WriteValue(property.Type, member));
                continue;
            }

            var present = locals.Take(CSharp.Camel(property.Name));
            writer.OpenBlock($"if ({member} is {{ }} {present})");
            writer.WriteLine($"writer.WritePropertyName({NameField(property)});");
            writer.WriteLine(json.WriteValue(property.Type, present));
            writer.CloseBlock();
            if (property.IsRequired)
            {
                // Required but nullable: the property must be on the wire, as null.
                writer.OpenBlock("else");
                writer.WriteLine($"writer.WriteNull({NameField(property)});");
                writer.CloseBlock();
            }
        }

        var map = TypeRef.MapOf(JsonTypes.Extras(type).ValueType);
        writer.OpenBlock($"if (value.{JsonTypes.Extras(type).PropertyName} is {{ }} extra)");
        writer.WriteLine($"{json.ConverterOf(map)}.WriteEntries(writer, extra, options);");
        writer.CloseBlock();

        writer.WriteLine("writer.WriteEndObject();");
        writer.CloseBlock();
    }
}
