using SpecClient.Generator.Emitting.Json;
using SpecClient.Generator.Emitting.Syntax;

namespace SpecClient.Generator.Emitting.Files;

/// <summary>
/// Writes the client's <c>IJsonTypeInfoResolver</c>: type infos built from the emitted converters
/// through <c>JsonMetadataServices</c>, so serialization needs no reflection and no second generator.
/// </summary>
internal static class JsonContextEmitter
{
    public static string Write(JsonTypes json)
    {
        var spec = json.Spec;
        var access = FileHeader.Accessibility(spec.Accessibility);
        var context = json.ContextClass;
        var writer = new SourceWriter();
        FileHeader.Write(writer, spec);

        writer.WriteLine($"/// <summary>Converters for the types of <see cref=\"{spec.ClassName}\"/>; lists, maps and nullable values share these instances.</summary>");
        writer.WriteLine(FileHeader.GeneratedCodeAttribute);
        writer.OpenBlock($"internal static partial class {json.ConvertersClass}");
        foreach (var composite in json.Metadata.Composites)
        {
            writer.WriteLine($"internal static readonly {json.CompositeFieldType(composite.Type)} {composite.Name} = {json.CreateComposite(composite.Type)};");
        }

        writer.CloseBlock();
        writer.WriteLine();

        writer.WriteLine($"/// <summary>");
        writer.WriteLine($"/// Resolves JSON metadata for the types of <see cref=\"{spec.ClassName}\"/> without reflection.");
        writer.WriteLine($"/// Use <see cref=\"Options\"/> with <c>JsonSerializer</c>, or add <see cref=\"Default\"/> to your own options' resolver chain.");
        writer.WriteLine($"/// </summary>");
        writer.WriteLine(FileHeader.GeneratedCodeAttribute);
        writer.OpenBlock($"{access} sealed partial class {context} : {KnownTypes.IJsonTypeInfoResolver}");
        foreach (var typeInfo in json.Metadata.TypeInfos)
        {
            writer.WriteLine($"private {KnownTypes.JsonTypeInfo}<{json.TypeOf(typeInfo.Type)}>? {CacheField(typeInfo)};");
        }

        writer.WriteLine();
        writer.WriteLine("/// <summary>The shared instance, with its own options.</summary>");
        writer.WriteLine($"public static {context} Default {{ get; }} = new();");
        writer.WriteLine();
        writer.OpenBlock($"public {context}()");
        writer.WriteLine($"Options = new {KnownTypes.JsonSerializerOptions} {{ TypeInfoResolver = this }};");
        writer.WriteLine("Options.MakeReadOnly();");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("/// <summary>Options whose resolver is this context.</summary>");
        writer.WriteLine($"public {KnownTypes.JsonSerializerOptions} Options {{ get; }}");

        foreach (var typeInfo in json.Metadata.TypeInfos)
        {
            var type = json.TypeOf(typeInfo.Type);
            writer.WriteLine();
            writer.WriteLine($"/// <summary>Metadata for <c>{DocComments.Escape(type.Replace("global::", string.Empty))}</c>.</summary>");
            writer.WriteLine($"public {KnownTypes.JsonTypeInfo}<{type}> {typeInfo.Name} =>");
            writer.WriteLine($"    {CacheField(typeInfo)} ??= ({KnownTypes.JsonTypeInfo}<{type}>)Options.GetTypeInfo(typeof({type}));");
        }

        writer.WriteLine();
        writer.WriteLine("/// <inheritdoc />");
        writer.OpenBlock($"public {KnownTypes.JsonTypeInfo}? GetTypeInfo({KnownTypes.Type} type, {KnownTypes.JsonSerializerOptions} options)");
        foreach (var typeInfo in json.Metadata.TypeInfos)
        {
            var type = json.TypeOf(typeInfo.Type);
            writer.OpenBlock($"if (type == typeof({type}))");
            writer.WriteLine($"return {KnownTypes.JsonMetadataServices}.CreateValueInfo<{type}>(options, {json.ConverterOf(typeInfo.Type)});");
            writer.CloseBlock();
            writer.WriteLine();
        }

        writer.WriteLine("return null;");
        writer.CloseBlock();
        writer.CloseBlock();
        return writer.ToString();
    }

    /// <summary>The field caching a type info, named after its property (type-info names are unique).</summary>
    private static string CacheField(Model.NamedTypeRef typeInfo) => "_" + CSharp.Camel(typeInfo.Name);
}
