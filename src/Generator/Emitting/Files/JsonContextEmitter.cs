using System.Linq;
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
            writer.WriteLine($"internal static readonly {json.CompositeFieldType(composite.Type)} {composite.Name} = {json.CreateComposite(composite.Type, targetTyped: true)};");
        }

        writer.WriteLine();
        writer.OpenBlock($"internal static {KnownTypes.JsonTypeInfo}? Resolve({KnownTypes.Type} type, {KnownTypes.JsonSerializerOptions} options)");
        // One statement per type: linear to compile, and no expression grows with the number of types.
        foreach (var typeInfo in json.Metadata.TypeInfos)
        {
            writer.WriteLine($"if (type == typeof({json.TypeOf(typeInfo.Type)})) return {InfoCall(json, typeInfo.Type)};");
        }

        writer.WriteLine();
        writer.WriteLine("return null;");
        writer.CloseBlock();
        writer.WriteLine();
        // The helpers that keep each line above short, only those it uses.
        writer.WriteLine($"private static {KnownTypes.JsonTypeInfo} Info<T>({KnownTypes.JsonSerializerOptions} options, {KnownTypes.JsonConverter}<T> converter) => {KnownTypes.JsonMetadataServices}.CreateValueInfo<T>(options, converter);");
        if (json.Metadata.TypeInfos.Any(t => HelperOf(json, t.Type) == "Record"))
        {
            writer.WriteLine($"private static {KnownTypes.JsonTypeInfo} Record<T>({KnownTypes.JsonSerializerOptions} options) where T : class, {KnownTypes.IJsonRecord}<T> => Info(options, {KnownTypes.RecordConverter}<T>.Instance);");
        }

        if (json.Metadata.TypeInfos.Any(t => HelperOf(json, t.Type) == "Enum"))
        {
            writer.WriteLine($"private static {KnownTypes.JsonTypeInfo} Enum<T>({KnownTypes.JsonSerializerOptions} options) where T : struct, {KnownTypes.IStringEnum}<T> => Info(options, {KnownTypes.StringEnumConverter}<T>.Instance);");
        }

        writer.CloseBlock();
        writer.WriteLine();

        writer.WriteLine($"/// <summary>");
        writer.WriteLine($"/// Resolves JSON metadata for the types of <see cref=\"{spec.ClassName}\"/> without reflection.");
        writer.WriteLine($"/// Use <see cref=\"Options\"/> with <c>JsonSerializer</c>, or add <see cref=\"Default\"/> to your own options' resolver chain.");
        writer.WriteLine($"/// </summary>");
        writer.WriteLine(FileHeader.GeneratedCodeAttribute);
        writer.OpenBlock($"{access} sealed partial class {context} : {KnownTypes.IJsonTypeInfoResolver}");
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
        writer.WriteLine();

        // A property per type (its metadata, cached per context in its own slot), one line each.
        writer.WriteLine($"private readonly {KnownTypes.JsonTypeInfo}?[] _infos = new {KnownTypes.JsonTypeInfo}?[{json.Metadata.TypeInfos.Count}];");
        writer.WriteLine();
        var slot = 0;
        foreach (var typeInfo in json.Metadata.TypeInfos)
        {
            var type = json.TypeOf(typeInfo.Type);
            writer.WriteLine($"public {KnownTypes.JsonTypeInfo}<{type}> {typeInfo.Name} => Get<{type}>({slot++});");
        }

        writer.WriteLine();
        writer.WriteLine($"private {KnownTypes.JsonTypeInfo}<T> Get<T>(int slot) => ({KnownTypes.JsonTypeInfo}<T>)(_infos[slot] ??= Options.GetTypeInfo(typeof(T)));");
        writer.WriteLine();
        writer.WriteLine("/// <inheritdoc />");
        writer.WriteLine($"public {KnownTypes.JsonTypeInfo}? GetTypeInfo({KnownTypes.Type} type, {KnownTypes.JsonSerializerOptions} options) => {Aliases.Model}{json.ConvertersClass}.Resolve(type, options);");
        writer.CloseBlock();
        return writer.ToString();
    }

    /// <summary>The type info of one type: records and string enums through the shared helpers, everything else through its converter.</summary>
    private static string InfoCall(JsonTypes json, Model.TypeRef type) =>
        HelperOf(json, type) is { } helper ? $"{helper}<{json.TypeOf(type)}>(options)" : $"Info(options, {json.ConverterOf(type)})";

    /// <summary>The helper that makes the type info of a record (<c>Record</c>) or a string enum (<c>Enum</c>); null for any other type.</summary>
    private static string? HelperOf(JsonTypes json, Model.TypeRef type) =>
        type is { Kind: Model.TypeKind.Named, IsNullable: false } ? json.Find(type.Name)?.Kind switch
        {
            Model.TypeSpecKind.Object => "Record",
            Model.TypeSpecKind.StringEnum => "Enum",
            _ => null,
        } : null;
}
