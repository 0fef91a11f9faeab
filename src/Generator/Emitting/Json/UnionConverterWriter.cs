using System.Collections.Generic;
using SpecClient.Generator.Emitting.Syntax;
using SpecClient.Generator.Emitting.Types;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Emitting.Json;

/// <summary>
/// Writes the converter of a union (<see cref="Types.UnionWriter"/>). With a discriminator the case is chosen by the
/// discriminator's value through one table lookup (<c>UnionCases</c>); without one, each case is tried in spec order. A value that matches no case is kept as raw
/// JSON, so it still round-trips.
/// </summary>
internal static class UnionConverterWriter
{
    private const int UnknownCase = Types.UnionWriter.UnknownCase;

    public static void Write(SourceWriter writer, JsonTypes json, TypeModel type)
    {
        var typeName = json.Qualified(type.Name);
        var converter = json.ConverterClassOf(type.Name);
        writer.OpenBlock($"internal sealed class {converter} : {KnownTypes.JsonConverter}<{typeName}>");
        writer.WriteLine($"public static readonly {converter} Instance = new();");
        if (type.Discriminator is { } name)
        {
            var values = new System.Text.StringBuilder();
            foreach (var unionCase in type.UnionCases)
            {
                values.Append(", ").Append(unionCase.DiscriminatorValue is { } value ? CSharp.Literal(value) : "null");
            }

            writer.WriteLine($"private static readonly {KnownTypes.UnionCases} s_cases = new({CSharp.Literal(type.Name)}, {CSharp.Literal(name)}{values});");
        }
        writer.WriteLine();
        writer.OpenBlock($"public override {typeName} Read(ref {KnownTypes.Utf8JsonReader} reader, {KnownTypes.Type} typeToConvert, {KnownTypes.JsonSerializerOptions} options)");
        if (type.Discriminator is not null)
        {
            WriteReadByDiscriminator(writer, json, type);
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
            writer.WriteLine($"case {i}: {json.WriteValue(unionCase.Type, $"(({json.TypeOf(unionCase.Type, nullable: false)})value.Value)")} break;");
        }

        writer.WriteLine($"default: (({KnownTypes.JsonElement})value.Value).WriteTo(writer); break;");
        writer.CloseBlock();
        writer.CloseBlock();
        writer.CloseBlock();
    }

    private static void WriteReadByDiscriminator(SourceWriter writer, JsonTypes json, TypeModel type)
    {
        // The case comes from one table lookup (UnionCases), so the switch is over indexes, not strings.
        writer.OpenBlock("switch (s_cases.Case(ref reader))");
        for (var i = 0; i < type.UnionCases.Count; i++)
        {
            if (type.UnionCases[i].DiscriminatorValue is not null)
            {
                writer.WriteLine($"case {i}: return new({i}, {json.ReadValue(type.UnionCases[i].Type)});");
            }
        }

        // OpenAPI 3.2's defaultMapping: a value no case names (or none at all) is read as that case.
        writer.WriteLine(type.DefaultCase is { } fallback
            ? $"default: return new({fallback}, {json.ReadValue(type.UnionCases[fallback].Type)});"
            : $"default: return new({UnknownCase}, {KnownTypes.JsonElement}.ParseValue(ref reader));");
        writer.CloseBlock();
    }

    private static void WriteReadByTrying(SourceWriter writer, JsonTypes json, TypeModel type, string typeName)
    {
        writer.WriteLine("// No discriminator: try each case in the order the API description lists them.");
        for (var i = 0; i < type.UnionCases.Count; i++)
        {
            var unionCase = type.UnionCases[i];
            if (unionCase.Type.Kind is TypeKind.Named or TypeKind.Array or TypeKind.Map or TypeKind.Stream)
            {
                // One call: the runtime tries the case's converter on a copy of the reader (no try/catch emitted per case).
                var converter = json.ConverterOf(unionCase.Type with { IsNullable = false });
                writer.WriteLine($"if ({KnownTypes.UnionCases}.TryRead(ref reader, {converter}, options, out var c{i})) return new({i}, c{i});");
                continue;
            }

            writer.OpenBlock("try");
            writer.WriteLine("var attempt = reader;");
            writer.WriteLine($"var value = {json.ReadValue(unionCase.Type, "attempt")};");
            writer.WriteLine("reader = attempt;");
            writer.WriteLine($"return new {typeName}({i}, value);");
            writer.CloseBlock();
            writer.OpenBlock($"catch ({KnownTypes.Exception} exception) when ({KnownTypes.ApiJson}.IsReadFailure(exception))");
            writer.WriteLine("// Not this case; try the next.");
            writer.CloseBlock();
        }

        writer.WriteLine($"return new {typeName}({UnknownCase}, {KnownTypes.JsonElement}.ParseValue(ref reader));");
    }
}
