using System.Collections.Generic;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Emitting;

/// <summary>
/// Writes a <c>oneOf</c>/<c>anyOf</c> schema as a class that holds exactly one case and says which.
/// With a discriminator the case is chosen by the discriminator's value; without one, each case is
/// tried in spec order. A value that matches no case is kept as raw JSON, so it still round-trips.
/// </summary>
internal static class UnionEmitter
{
    private const int UnknownCase = -1;

    public static void WriteUnion(SourceWriter writer, JsonTypes json, TypeSpec type)
    {
        var name = CSharp.Identifier(type.Name);
        var access = FileHeader.Accessibility(json.Spec.Accessibility);
        TypeHeader.Write(writer, json, type);
        writer.OpenBlock($"{access} sealed partial class {name}");
        writer.WriteLine("private readonly int _case;");
        writer.WriteLine("private readonly object _value;");
        writer.WriteLine();
        writer.OpenBlock($"internal {name}(int @case, object value)");
        writer.WriteLine("_case = @case;");
        writer.WriteLine("_value = value;");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine($"/// <summary>The value of whichever case this holds (a <see cref=\"{KnownTypes.JsonElement}\"/> when it matched no case); <c>Is</c>, <c>As</c> and <c>From</c> followed by a case's name test, get and create that case.</summary>");
        writer.WriteLine("public object Value => _value;");
        writer.WriteLine();
        writer.WriteLine("/// <summary>Whether the JSON matched none of the cases the API description lists; <see cref=\"Value\"/> holds it raw.</summary>");
        writer.WriteLine($"public bool IsUnknown => _case == {UnknownCase};");

        var implicitTypes = new HashSet<string>();
        for (var i = 0; i < type.UnionCases.Count; i++)
        {
            var unionCase = type.UnionCases[i];
            var caseType = json.TypeOf(unionCase.Type, nullable: false);
            writer.WriteLine();
            writer.WriteLine($"public bool Is{unionCase.Name} => _case == {i};");
            // default(T?) rather than null: enum structs convert implicitly from string, which would give null the enum's type.
            writer.WriteLine($"public {caseType}? As{unionCase.Name} => _case == {i} ? ({caseType})_value : default({caseType}?);");
            writer.WriteLine(TypeSyntax.IsValueType(unionCase.Type)
                ? $"public static {name} From{unionCase.Name}({caseType} value) => new({i}, value);"
                : $"public static {name} From{unionCase.Name}({caseType} value) => new({i}, value ?? throw new {KnownTypes.ArgumentNullException}(nameof(value)));");

            // C# forbids user-defined conversions from interfaces and from object, and two cases of one type would clash.
            if (unionCase.Type.Kind is not (TypeKind.Array or TypeKind.Map or TypeKind.Stream) && implicitTypes.Add(caseType))
            {
                writer.WriteLine($"public static implicit operator {name}({caseType} value) => From{unionCase.Name}(value);");
            }
        }

        writer.WriteLine();
        writer.WriteLine("internal int Case => _case;");
        writer.WriteLine();
        writer.WriteLine("public override string ToString() => _value.ToString() ?? string.Empty;");
        writer.CloseBlock();
    }

    public static void WriteConverter(SourceWriter writer, JsonTypes json, TypeSpec type)
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

    private static void WriteReadByDiscriminator(SourceWriter writer, JsonTypes json, TypeSpec type)
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

        writer.WriteLine($"default: return new({UnknownCase}, {KnownTypes.JsonElement}.ParseValue(ref reader));");
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
