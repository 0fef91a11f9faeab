using System.Linq;
using SpecClient.Generator.Emitting.Json;
using SpecClient.Generator.Emitting.Operations;
using SpecClient.Generator.Emitting.Syntax;

namespace SpecClient.Generator.Emitting.Files;

/// <summary>
/// Writes <c>I{ClassName}</c>: every operation method of the client (and, when operations are grouped by tag, one
/// nested interface per group), so code that calls the client can be tested with a mock. It is partial: a method
/// added in your half of the partial client class can be added to the interface the same way.
/// </summary>
internal static class InterfaceEmitter
{
    public static string Write(JsonTypes json)
    {
        var spec = json.Spec;
        var writer = new SourceWriter();
        FileHeader.Write(writer, spec);
        writer.WriteLine($"/// <summary>The operations of <see cref=\"{spec.ClassName}\"/>, for callers that depend on an abstraction (and tests that mock it).</summary>");
        writer.WriteLine(FileHeader.GeneratedCodeAttribute);
        writer.OpenBlock($"{FileHeader.Accessibility(spec.Accessibility)} partial interface {json.Names.Interface}");
        var first = true;
        foreach (var group in ClientEmitter.GroupsOf(spec))
        {
            WriteSeparator(writer, ref first);
            writer.WriteLine($"/// <summary>Operations tagged <c>{DocComments.Escape(group.PropertyName)}</c>.</summary>");
            writer.WriteLine($"{CSharp.Identifier(group.InterfaceName)} {CSharp.Identifier(group.PropertyName)} {{ get; }}");
        }

        foreach (var operation in spec.Operations.Where(o => o.Group is null))
        {
            WriteSeparator(writer, ref first);
            OperationWriter.WriteInterfaceDeclarations(writer, json, operation);
        }

        foreach (var group in ClientEmitter.GroupsOf(spec))
        {
            WriteSeparator(writer, ref first);
            writer.WriteLine($"/// <summary>The operations tagged <c>{DocComments.Escape(group.PropertyName)}</c>.</summary>");
            writer.WriteLine(FileHeader.GeneratedCodeAttribute);
            writer.OpenBlock($"public partial interface {CSharp.Identifier(group.InterfaceName)}");
            var firstInGroup = true;
            foreach (var operation in spec.Operations.Where(o => o.Group == group.PropertyName))
            {
                WriteSeparator(writer, ref firstInGroup);
                OperationWriter.WriteInterfaceDeclarations(writer, json, operation);
            }

            writer.CloseBlock();
        }

        writer.CloseBlock();
        return writer.ToString();
    }

    private static void WriteSeparator(SourceWriter writer, ref bool first)
    {
        if (!first)
        {
            writer.WriteLine();
        }

        first = false;
    }
}
