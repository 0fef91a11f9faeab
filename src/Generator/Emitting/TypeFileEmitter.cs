using SpecClient.Generator.Model;

namespace SpecClient.Generator.Emitting;

/// <summary>Writes one file per generated type: the type itself and its converter.</summary>
internal static class TypeFileEmitter
{
    public static string Write(JsonTypes json, TypeSpec type)
    {
        var writer = new SourceWriter();
        FileHeader.Write(writer, json.Spec.SpecPath);
        writer.OpenBlock($"namespace {json.Spec.Namespace}");
        switch (type.Kind)
        {
            case TypeSpecKind.StringEnum:
            case TypeSpecKind.IntegerEnum:
                EnumEmitter.WriteEnum(writer, json, type);
                break;
            case TypeSpecKind.Union:
                UnionEmitter.WriteUnion(writer, json, type);
                break;
            default:
                ObjectEmitter.WriteRecord(writer, json, type);
                break;
        }

        // Enums need no converter of their own: the runtime's generic one reads and writes every enum.
        if (type.Kind is TypeSpecKind.Object or TypeSpecKind.Union)
        {
            writer.WriteLine();
            writer.OpenBlock($"internal static partial class {json.ConvertersClass}");
            if (type.Kind == TypeSpecKind.Union)
            {
                UnionEmitter.WriteConverter(writer, json, type);
            }
            else
            {
                ObjectEmitter.WriteConverter(writer, json, type);
            }

            writer.CloseBlock();
        }

        writer.CloseBlock();
        return writer.ToString();
    }
}
