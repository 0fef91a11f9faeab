using SpecClient.Generator.Emitting.Json;
using SpecClient.Generator.Emitting.Types;
using SpecClient.Generator.Emitting.Syntax;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Emitting.Files;

/// <summary>A generated type's text: its declaration and, for a record or a union, its converter (written for the converters class).</summary>
internal sealed record TypeText(string Name, string Declaration, string? Converter)
{
    public int Length => Declaration.Length + (Converter?.Length ?? 0);
}

/// <summary>
/// Writes the model files: every generated type with its converter, grouped into a few files by name
/// (<see cref="ModelFileGroups"/>), so the per-file lines (header, aliases, namespace) count once per group.
/// </summary>
internal static class TypeFileEmitter
{
    /// <summary>
    /// One file per group: the header, the types' declarations in name order, then their converters in one class; with
    /// its alias lines (<see cref="Aliases.Compose"/>), built once from the pieces, never copied as a whole.
    /// </summary>
    public static string WriteFile(JsonTypes json, System.Collections.Generic.IReadOnlyList<TypeText> types)
    {
        var writer = new SourceWriter();
        FileHeader.Write(writer, json.Spec);
        var pieces = new System.Collections.Generic.List<string>(2 * types.Count + 3) { writer.ToString() };
        for (var i = 0; i < types.Count; i++)
        {
            if (i > 0)
            {
                pieces.Add("\n");
            }

            pieces.Add(types[i].Declaration);
        }

        var converters = false;
        foreach (var type in types)
        {
            if (type.Converter is null)
            {
                continue;
            }

            pieces.Add(converters ? "\n" : $"\ninternal static partial class {json.ConvertersClass}\n{{\n");
            pieces.Add(type.Converter);
            converters = true;
        }

        if (converters)
        {
            pieces.Add("}\n");
        }

        return Aliases.Compose(pieces, json.Spec.Namespace);
    }

    /// <summary>The type's declaration, and its converter at the indentation of the converters class's members.</summary>
    public static TypeText Write(JsonTypes json, TypeModel type)
    {
        var writer = new SourceWriter();
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

        // Records and unions have a converter of their own; the runtime's generic ones read and write every enum.
        // The declaration is taken first, so the converter's writer grows the builder it leaves.
        var declaration = writer.ToString();
        if (type.Kind is TypeSpecKind.StringEnum or TypeSpecKind.IntegerEnum)
        {
            return new TypeText(type.Name, declaration, null);
        }

        var converter = new SourceWriter(indent: 1);
        if (type.Kind == TypeSpecKind.Union)
        {
            UnionConverterWriter.Write(converter, json, type);
        }
        else
        {
            ObjectConverterWriter.WriteConverter(converter, json, type);
        }

        return new TypeText(type.Name, declaration, converter.ToString());
    }
}
