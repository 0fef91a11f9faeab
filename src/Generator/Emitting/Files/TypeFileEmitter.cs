using SpecClient.Generator.Emitting.Json;
using SpecClient.Generator.Emitting.Types;
using SpecClient.Generator.Emitting.Syntax;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Emitting.Files;

/// <summary>Writes one file per generated type: the type itself and, for objects and unions, its converter.</summary>
internal static class TypeFileEmitter
{
    public static string Write(JsonTypes json, TypeSpec type)
    {
        var writer = new SourceWriter();
        FileHeader.Write(writer, json.Spec);
        switch (type.Kind)
        {
            case TypeSpecKind.StringEnum:
            case TypeSpecKind.IntegerEnum:
                EnumWriter.Write(writer, json, type);
                break;
            case TypeSpecKind.Union:
                UnionWriter.Write(writer, json, type);
                break;
            default:
                RecordWriter.Write(writer, json, type);
                break;
        }

        // Enums need no converter of their own: the runtime's generic one reads and writes every enum.
        if (type.Kind is TypeSpecKind.Object or TypeSpecKind.Union)
        {
            writer.WriteLine();
            writer.OpenBlock($"internal static partial class {json.ConvertersClass}");
            if (type.Kind == TypeSpecKind.Union)
            {
                UnionConverterWriter.Write(writer, json, type);
            }
            else
            {
                ObjectConverterWriter.Write(writer, json, type);
            }

            writer.CloseBlock();
        }
        return writer.ToString();
    }
}
