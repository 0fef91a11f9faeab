using SpecClient.Generator.Emitting.Syntax;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Emitting.Json;

/// <summary>Writes the converter of an enum struct, which keeps values the client does not know.</summary>
internal static class EnumConverterWriter
{
    public static void Write(SourceWriter writer, JsonTypes json, TypeSpec type)
    {
        var isString = type.Kind == TypeSpecKind.StringEnum;
        var typeName = json.Qualified(type.Name);
        var converter = json.ConverterClassOf(type.Name);
        writer.WriteLine($"/// <summary>Reads and writes <see cref=\"{typeName}\"/>, keeping values the client does not know.</summary>");
        writer.OpenBlock($"internal sealed class {converter} : {KnownTypes.JsonConverter}<{typeName}>");
        writer.WriteLine($"public static readonly {converter} Instance = new();");
        writer.WriteLine();
        var read = isString ? $"{KnownTypes.ApiJson}.ReadString(ref reader)" : "reader.GetInt32()";
        writer.WriteLine($"public override {typeName} Read(ref {KnownTypes.Utf8JsonReader} reader, {KnownTypes.Type} typeToConvert, {KnownTypes.JsonSerializerOptions} options) =>");
        writer.WriteLine($"    new({read});");
        writer.WriteLine();
        var write = isString ? "writer.WriteStringValue(value.Value);" : "writer.WriteNumberValue(value.Value);";
        writer.WriteLine($"public override void Write({KnownTypes.Utf8JsonWriter} writer, {typeName} value, {KnownTypes.JsonSerializerOptions} options) =>");
        writer.WriteLine($"    {write}");
        writer.CloseBlock();
    }
}
