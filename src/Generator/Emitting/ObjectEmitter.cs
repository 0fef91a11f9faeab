using System.Collections.Generic;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Emitting;

/// <summary>Writes a record for an object schema, and its reflection-free JSON converter.</summary>
internal static class ObjectEmitter
{
    public static void WriteRecord(SourceWriter writer, JsonTypes json, TypeSpec type)
    {
        var access = FileHeader.Accessibility(json.Spec.Accessibility);
        TypeHeader.Write(writer, json, type);
        writer.OpenBlock($"{access} sealed partial record {CSharp.Identifier(type.Name)}");
        var first = true;
        foreach (var property in type.Properties)
        {
            if (!first)
            {
                writer.WriteLine();
            }

            first = false;
            WriteProperty(writer, json, property);
        }

        if (!first)
        {
            writer.WriteLine();
        }

        writer.WriteLine(type.AdditionalProperties is null
            ? "/// <summary>Properties the schema does not name, kept so that nothing the server sends is lost.</summary>"
            : "/// <summary>Properties the schema does not name (<c>additionalProperties</c>).</summary>");
        writer.WriteLine($"public {json.TypeOf(TypeRef.MapOf(JsonTypes.ExtrasOf(type)))}? {JsonTypes.ExtrasPropertyName(type)} {{ get; init; }}");
        writer.CloseBlock();
    }

    private static void WriteProperty(SourceWriter writer, JsonTypes json, PropertySpec property)
    {
        DocComments.Summary(writer, property.Description);
        if (property.DefaultValue is { Kind: not ConstantKind.Null } defaultValue)
        {
            writer.WriteLine($"/// <value>The API's default is <c>{DocComments.Escape(defaultValue.Text)}</c>.</value>");
        }

        if (property.IsDeprecated && property.IsRequired)
        {
            // C# forbids [Obsolete] on a required member of a type that is not itself obsolete.
            writer.WriteLine("/// <remarks>Deprecated in the API description.</remarks>");
        }

        writer.WriteLine($"[{KnownTypes.JsonPropertyName}({CSharp.Literal(property.WireName)})]");
        if (property.IsDeprecated && !property.IsRequired)
        {
            writer.WriteLine(ConstraintAttributes.Obsolete("The property " + property.WireName, property.Sunset));
        }

        foreach (var attribute in ConstraintAttributes.ForProperty(property))
        {
            writer.WriteLine(attribute);
        }

        var required = property.IsRequired ? "required " : string.Empty;
        var type = json.TypeOf(property.Type, property.Type.IsNullable || !property.IsRequired);
        writer.WriteLine($"public {required}{type} {CSharp.Identifier(property.Name)} {{ get; init; }}");
    }

    public static void WriteConverter(SourceWriter writer, JsonTypes json, TypeSpec type)
    {
        var typeName = json.Qualified(type.Name);
        var converter = json.ConverterClassOf(type.Name);
        writer.WriteLine($"/// <summary>Reads and writes <see cref=\"{typeName}\"/> without reflection.</summary>");
        writer.OpenBlock($"internal sealed class {converter} : {KnownTypes.JsonConverter}<{typeName}>");
        writer.WriteLine($"public static readonly {converter} Instance = new();");
        writer.WriteLine();
        for (var i = 0; i < type.Properties.Count; i++)
        {
            writer.WriteLine($"private static readonly {KnownTypes.JsonEncodedText} s_{PropertyField(i)} = {KnownTypes.JsonEncodedText}.Encode({CSharp.Literal(type.Properties[i].WireName)});");
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

    private static string PropertyField(int index) => "name" + index;

    private static string Local(int index) => "value" + index;

    private static string Has(int index) => "hasValue" + index;

    private static void WriteRead(SourceWriter writer, JsonTypes json, TypeSpec type, string typeName)
    {
        writer.OpenBlock($"public override {typeName} Read(ref {KnownTypes.Utf8JsonReader} reader, {KnownTypes.Type} typeToConvert, {KnownTypes.JsonSerializerOptions} options)");
        writer.WriteLine($"{KnownTypes.ApiJson}.ExpectStartObject(ref reader, {CSharp.Literal(type.Name)});");
        var properties = type.Properties;
        for (var i = 0; i < properties.Count; i++)
        {
            var property = properties[i];
            writer.WriteLine($"{json.TypeOf(property.Type, nullable: true)} {Local(i)} = default;");
            if (property.IsRequired)
            {
                writer.WriteLine($"bool {Has(i)} = false;");
            }
        }

        var extraMap = TypeRef.MapOf(JsonTypes.ExtrasOf(type));
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
            WriteReadValue(writer, json, type, property, Local(i));
            if (property.IsRequired)
            {
                writer.WriteLine($"{Has(i)} = true;");
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
                writer.OpenBlock($"if (!{Has(i)})");
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
                ? (TypeSyntax.IsValueType(property.Type) ? ".GetValueOrDefault()" : "!")
                : string.Empty;
            writer.WriteLine($"{CSharp.Identifier(property.Name)} = {Local(i)}{suppress},");
        }

        writer.WriteLine($"{JsonTypes.ExtrasPropertyName(type)} = extra,");

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
        var properties = type.Properties;
        for (var i = 0; i < properties.Count; i++)
        {
            var property = properties[i];
            var member = "value." + CSharp.Identifier(property.Name);
            var isNullableInCSharp = property.Type.IsNullable || !property.IsRequired;
            if (!isNullableInCSharp)
            {
                writer.WriteLine($"writer.WritePropertyName(s_{PropertyField(i)});");
                writer.WriteLine(json.WriteValue(property.Type, member));
                continue;
            }

            var present = "present" + i;
            writer.OpenBlock($"if ({member} is {{ }} {present})");
            writer.WriteLine($"writer.WritePropertyName(s_{PropertyField(i)});");
            writer.WriteLine(json.WriteValue(property.Type, present));
            writer.CloseBlock();
            if (property.IsRequired)
            {
                // Required but nullable: the property must be on the wire, as null.
                writer.OpenBlock("else");
                writer.WriteLine($"writer.WriteNull(s_{PropertyField(i)});");
                writer.CloseBlock();
            }
        }

        var map = TypeRef.MapOf(JsonTypes.ExtrasOf(type));
        writer.OpenBlock($"if (value.{JsonTypes.ExtrasPropertyName(type)} is {{ }} extra)");
        writer.WriteLine($"{json.ConverterOf(map)}.WriteEntries(writer, extra, options);");
        writer.CloseBlock();

        writer.WriteLine("writer.WriteEndObject();");
        writer.CloseBlock();
    }
}
