using System.Collections.Generic;
using SpecClient.Generator.Emitting.Syntax;
using SpecClient.Generator.Emitting.Types;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Emitting.Json;

/// <summary>
/// Writes the converter of a union (<see cref="Types.UnionWriter"/>). With a discriminator the case is chosen by the
/// discriminator's value; without one, each case is tried in spec order. A value that matches no case is kept as raw
/// JSON, so it still round-trips.
/// </summary>
internal static class UnionConverterWriter
{
    private const int UnknownCase = Types.UnionWriter.UnknownCase;

    public static void Write(SourceWriter writer, JsonTypes json, TypeSpec type)
    {
        var typeName = json.Qualified(type.Name);
        var converter = json.ConverterClassOf(type.Name);
        writer.WriteLine($"/// <summary>Reads and writes <see cref=\"{typeName}\"/>, choosing its case from the JSON.</summary>");
        writer.OpenBlock($"internal sealed class {converter} : {KnownTypes.JsonConverter}<{typeName}>");
        writer.WriteLine($"public static readonly {converter} Instance = new();");
        writer.WriteLine();
        writer.OpenBlock($"public override {typeName} Read(ref {KnownTypes.Utf8JsonReader} reader, {KnownTypes.Type} typeToConvert, {KnownTypes.JsonSerializerOptions} options)");
        if (type.Discriminator is { } discriminator)
        {
            WriteReadByDiscriminator(writer, json, type, typeName, discriminator);
        }
        else
        {
            WriteReadByTrying(writer, json, type, typeName);
        }

        writer.CloseBlock();
        writer.WriteLine();
        writer.OpenBlock($"public override void Write({KnownTypes.Utf8JsonWriter} writer, {typeName} value, {KnownTypes.JsonSerializerOptions} options)");
        writer.OpenBlock("switch (value.Case)");
        for (var i = 0; i < type.UnionCases.Count; i++)
        {
            var unionCase = type.UnionCases[i];
            writer.WriteLine($"case {i}:");
            writer.Indent();
            writer.WriteLine(json.WriteValue(unionCase.Type, $"(({json.TypeOf(unionCase.Type, nullable: false)})value.Value)"));
            writer.WriteLine("break;");
            writer.Unindent();
        }

        writer.WriteLine("default:");
        writer.Indent();
        writer.WriteLine($"(({KnownTypes.JsonElement})value.Value).WriteTo(writer);");
        writer.WriteLine("break;");
        writer.Unindent();
        writer.CloseBlock();
        writer.CloseBlock();
        writer.CloseBlock();
    }

    private static void WriteReadByDiscriminator(SourceWriter writer, JsonTypes json, TypeSpec type, string typeName, string discriminator)
    {
        writer.WriteLine($"{KnownTypes.ApiJson}.ExpectStartObject(ref reader, {CSharp.Literal(type.Name)});");
        writer.WriteLine("// Look ahead on a copy of the reader for the discriminator; the real reader stays at the object's start.");
        writer.WriteLine("var probe = reader;");
        writer.WriteLine("string? discriminator = null;");
        writer.OpenBlock($"while (probe.Read() && probe.TokenType == {KnownTypes.JsonTokenType}.PropertyName)");
        writer.OpenBlock($"if (probe.ValueTextEquals({CSharp.Utf8Literal(discriminator)}))");
        writer.WriteLine("probe.Read();");
        writer.WriteLine($"discriminator = probe.TokenType == {KnownTypes.JsonTokenType}.String ? probe.GetString() : null;");
        writer.WriteLine("break;");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("probe.Read();");
        writer.WriteLine("probe.Skip();");
        writer.CloseBlock();
        writer.WriteLine();
        writer.OpenBlock("switch (discriminator)");
        for (var i = 0; i < type.UnionCases.Count; i++)
        {
            var unionCase = type.UnionCases[i];
            if (unionCase.DiscriminatorValue is null)
            {
                continue;
            }

            writer.WriteLine($"case {CSharp.Literal(unionCase.DiscriminatorValue)}:");
            writer.Indent();
            writer.WriteLine($"return new {typeName}({i}, {json.ReadValue(unionCase.Type)});");
            writer.Unindent();
        }

        writer.WriteLine("default:");
        writer.Indent();
        writer.WriteLine($"return new {typeName}({UnknownCase}, {KnownTypes.JsonElement}.ParseValue(ref reader));");
        writer.Unindent();
        writer.CloseBlock();
    }

    private static void WriteReadByTrying(SourceWriter writer, JsonTypes json, TypeSpec type, string typeName)
    {
        writer.WriteLine("// No discriminator: try each case in the order the API description lists them.");
        for (var i = 0; i < type.UnionCases.Count; i++)
        {
            var unionCase = type.UnionCases[i];
            writer.OpenBlock("try");
            writer.WriteLine("var attempt = reader;");
            writer.WriteLine($"var value = {json.ReadValue(unionCase.Type, "attempt")};");
            writer.WriteLine("reader = attempt;");
            writer.WriteLine($"return new {typeName}({i}, value);");
            writer.CloseBlock();
            writer.OpenBlock($"catch ({KnownTypes.Exception} exception) when ({KnownTypes.ApiJson}.IsReadFailure(exception))");
            writer.WriteLine("// Not this case; try the next.");
            writer.CloseBlock();
            writer.WriteLine();
        }

        writer.WriteLine($"return new {typeName}({UnknownCase}, {KnownTypes.JsonElement}.ParseValue(ref reader));");
    }
}
