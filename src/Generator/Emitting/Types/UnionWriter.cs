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

    public static void Write(SourceWriter writer, JsonTypes json, TypeModel type)
    {
        var name = CSharp.Identifier(type.Name);
        var access = FileHeader.Accessibility(json.Spec.Accessibility);
        TypeHeader.Write(writer, json, type);
        // Value, IsUnknown, Case and ToString live once in the runtime's base, documented there.
        writer.OpenBlock($"{access} sealed partial class {name} : {KnownTypes.ApiUnion}");
        writer.WriteLine($"internal {name}(int @case, object value) : base(@case, value) {{ }}");
        var implicitTypes = new HashSet<string>();
        for (var i = 0; i < type.UnionCases.Count; i++)
        {
            var unionCase = type.UnionCases[i];
            var caseType = json.TypeOf(unionCase.Type, nullable: false);
            writer.WriteLine();
            writer.WriteLine($"public bool Is{unionCase.Name} => Case == {i};");
            writer.WriteLine(unionCase.Type.IsStruct
                ? $"public {caseType}? As{unionCase.Name} => GetStruct<{caseType}>({i});"
                : $"public {caseType}? As{unionCase.Name} => Get<{caseType}>({i});");
            writer.WriteLine(unionCase.Type.IsStruct
                ? $"public static {name} From{unionCase.Name}({caseType} value) => new({i}, value);"
                : $"public static {name} From{unionCase.Name}({caseType} value) => new({i}, NotNull(value));");

            // C# forbids user-defined conversions from interfaces and from object, and two cases of one type would clash.
            if (unionCase.Type.Kind is not (TypeKind.Array or TypeKind.Map or TypeKind.Stream) && implicitTypes.Add(caseType))
            {
                writer.WriteLine($"public static implicit operator {name}({caseType} value) => From{unionCase.Name}(value);");
            }
        }

        writer.CloseBlock();
    }
}
