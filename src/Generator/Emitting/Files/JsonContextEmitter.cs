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
        WriteResolve(writer, json);
        writer.WriteLine();
        // The helpers that keep each line of the lookup short, only those it uses.
        writer.WriteLine($"private static {KnownTypes.JsonTypeInfo} Info<T>({KnownTypes.JsonSerializerOptions} o, {KnownTypes.JsonConverter}<T> converter) => {KnownTypes.JsonMetadataServices}.CreateValueInfo<T>(o, converter);");
        if (json.Metadata.TypeInfos.Any(t => HelperOf(json, t) == "Enum"))
        {
            writer.WriteLine($"private static {KnownTypes.JsonTypeInfo} Enum<T>({KnownTypes.JsonSerializerOptions} o) where T : struct, {KnownTypes.IStringEnum}<T> => Info(o, {KnownTypes.StringEnumConverter}<T>.Instance);");
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

        // No property per type: one generic accessor, and for the default instance a cache per type (a static field the
        // client's calls read directly), so the context does not grow a member with every schema.
        writer.WriteLine("/// <summary>The metadata of <typeparamref name=\"T\"/>, one of the types the client reads or writes, for <c>JsonSerializer</c>.</summary>");
        writer.WriteLine("/// <typeparam name=\"T\">A model, or a list, map or value the client's bodies use.</typeparam>");
        writer.WriteLine("/// <returns>The metadata, made once per context's options.</returns>");
        writer.WriteLine($"/// <exception cref=\"global::System.NotSupportedException\">The client never reads or writes <typeparamref name=\"T\"/>.</exception>");
        // Not through Of<T>: a type the client never uses would fail its static initializer, and every later call would
        // throw TypeInitializationException instead of the documented NotSupportedException. The options cache the answer.
        writer.WriteLine($"public {KnownTypes.JsonTypeInfo}<T> TypeInfo<T>() => ({KnownTypes.JsonTypeInfo}<T>)Options.GetTypeInfo(typeof(T));");
        writer.WriteLine();
        writer.WriteLine($"/// <summary>The metadata of <typeparamref name=\"T\"/> in <see cref=\"Default\"/>, made on first use.</summary>");
        writer.WriteLine($"internal static class Of<T> {{ internal static readonly {KnownTypes.JsonTypeInfo}<T> Info = ({KnownTypes.JsonTypeInfo}<T>)Default.Options.GetTypeInfo(typeof(T)); }}");
        writer.WriteLine();
        writer.WriteLine("/// <inheritdoc />");
        writer.WriteLine($"public {KnownTypes.JsonTypeInfo}? GetTypeInfo({KnownTypes.Type} type, {KnownTypes.JsonSerializerOptions} options) => {Aliases.Model}{json.ConvertersClass}.Resolve(type, options);");
        writer.CloseBlock();
        return writer.ToString();
    }

    /// <summary>The largest number of types one method of the lookup tests; each method asks the next for the rest.</summary>
    internal const int ResolveChunk = 64;

    /// <summary>
    /// Writes <c>Resolve</c>, the lookup behind <c>GetTypeInfo</c>: one line per type, in methods of at most
    /// <see cref="ResolveChunk"/> lines chained one to the next, so no method grows with the number of types. It runs
    /// once per type and options (<c>JsonSerializerOptions</c> caches what it returns), never per call.
    /// </summary>
    private static void WriteResolve(SourceWriter writer, JsonTypes json)
    {
        var typeInfos = json.Metadata.TypeInfos;
        var chunks = (typeInfos.Count + ResolveChunk - 1) / ResolveChunk;
        for (var chunk = 0; chunk == 0 || chunk < chunks; chunk++)
        {
            writer.OpenBlock($"{(chunk == 0 ? "internal" : "private")} static {KnownTypes.JsonTypeInfo}? Resolve{(chunk == 0 ? string.Empty : chunk.ToString(System.Globalization.CultureInfo.InvariantCulture))}({KnownTypes.Type} t, {KnownTypes.JsonSerializerOptions} o)");
            for (var i = chunk * ResolveChunk; i < typeInfos.Count && i < (chunk + 1) * ResolveChunk; i++)
            {
                var type = typeInfos[i];
                writer.WriteLine($"if (t == typeof({json.TypeOf(type)})) return {InfoCall(json, type)};");
            }

            writer.WriteLine(chunk + 1 < chunks ? $"return Resolve{(chunk + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)}(t, o);" : "return null;");
            writer.CloseBlock();
            if (chunk + 1 < chunks)
            {
                writer.WriteLine();
            }
        }
    }

    /// <summary>The type info of one type: string enums through the shared helper, everything else through its converter.</summary>
    private static string InfoCall(JsonTypes json, Model.TypeRef type) =>
        HelperOf(json, type) is { } helper ? $"{helper}<{json.TypeOf(type)}>(o)" : $"Info(o, {json.ConverterOf(type)})";

    /// <summary>The helper that makes the type info of a string enum (<c>Enum</c>); null for any other type.</summary>
    private static string? HelperOf(JsonTypes json, Model.TypeRef type) =>
        type is { Kind: Model.TypeKind.Named, IsNullable: false } ? json.Find(type.Name)?.Kind switch
        {
            Model.TypeSpecKind.StringEnum => "Enum",
            _ => null,
        } : null;
}
