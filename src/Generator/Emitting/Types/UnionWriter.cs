using System.Collections.Generic;
using SpecClient.Generator.Emitting.Files;
using SpecClient.Generator.Emitting.Json;
using SpecClient.Generator.Emitting.Syntax;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Emitting.Types;

/// <summary>Writes a <c>oneOf</c>/<c>anyOf</c> schema as a class that holds exactly one case and says which.</summary>
internal static class UnionWriter
{
    /// <summary>The case number of a value that matched no case (kept as raw JSON).</summary>
    public const int UnknownCase = -1;

    public static void Write(SourceWriter writer, JsonTypes json, TypeSpec type)
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
            writer.WriteLine(unionCase.Type.IsStruct
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
}
