using SpecClient.Generator.Emitting.Files;
using SpecClient.Generator.Emitting.Json;
using SpecClient.Generator.Emitting.Syntax;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Emitting.Types;

/// <summary>What every generated type carries above its declaration: docs, [GeneratedCode], its converter, [Obsolete].</summary>
internal static class TypeHeader
{
    public static void Write(SourceWriter writer, JsonTypes json, TypeModel type)
    {
        DocComments.Summary(writer, type.Summary, type.Description);
        writer.WriteLine(FileHeader.GeneratedCodeAttribute);
        writer.WriteLine($"[{KnownTypes.JsonConverterAttribute}(typeof({json.ConverterTypeOf(type)}))]");
        if (type.IsDeprecated)
        {
            writer.WriteLine(ConstraintAttributes.Obsolete(type.Name, type.Sunset));
        }
    }
}
