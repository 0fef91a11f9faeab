using System.Collections.Generic;
using System.Linq;
using SpecClient.Generator.Emitting.Json;
using SpecClient.Generator.Emitting.Operations;
using SpecClient.Generator.Emitting.Syntax;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Emitting.Files;

/// <summary>
/// With <c>Validate="true"</c>: checks of the spec's rules on everything a request sends, before it is built.
/// One method per object type a request body or parameter reaches (<c>{ClassName}Validation.Validate{Type}</c>, distinct names so
/// no call needs overload resolution), one statement per constrained member, calls into
/// <c>SpecClient.Internal.ApiValidation</c>; no reflection. Failures are <c>ApiValidationException</c>s naming the
/// member path and the rule, never the value.
/// </summary>
internal static class ValidationEmitter
{
    /// <summary>The validation file, or null when validation is off.</summary>
    public static string? Write(JsonTypes json)
    {
        var spec = json.Spec;
        if (!spec.Validate)
        {
            return null;
        }

        var types = RequestTypes(json);
        var writer = new SourceWriter();
        FileHeader.Write(writer, spec);
        writer.WriteLine($"/// <summary>Checks request values against the rules of the API description before <see cref=\"{spec.ClassName}\"/> sends them.</summary>");
        writer.WriteLine(FileHeader.GeneratedCodeAttribute);
        writer.OpenBlock($"internal static class {json.Names.Validation}");
        var first = true;
        foreach (var type in types)
        {
            if (!first)
            {
                writer.WriteLine();
            }

            first = false;
            writer.OpenBlock($"public static void Validate{type.Name}({json.TypeOf(TypeRef.Named(type.Name), nullable: true)} value, string path)");
            writer.OpenBlock("if (value is null)");
            writer.WriteLine("return;");
            writer.CloseBlock();
            writer.WriteLine();
            var names = new LocalNames(new[] { "value", "path" });
            foreach (var property in type.Properties)
            {
                ValidationWriter.WriteChecks(writer, json, property.Type, property.Constraints, "value." + CSharp.Identifier(property.Name), "path + " + CSharp.Literal("." + property.WireName), names);
            }

            writer.CloseBlock();
        }

        writer.CloseBlock();
        return writer.ToString();
    }

    /// <summary>Object types a request body or parameter reaches through properties and array items, in model order.</summary>
    private static List<TypeModel> RequestTypes(JsonTypes json)
    {
        var reached = new HashSet<string>(System.StringComparer.Ordinal);
        var pending = new Stack<TypeRef>(json.Spec.Operations.SelectMany(o => o.Parameters.Select(p => p.Type)).Concat(json.Spec.Operations.Where(o => o.Body is not null).Select(o => o.Body!.Type)));
        while (pending.Count > 0)
        {
            var type = pending.Pop();
            if (type.Kind == TypeKind.Array && type.Element is { } element)
            {
                pending.Push(element);
            }
            else if (ValidationWriter.ObjectType(json, type) is { } objectType && reached.Add(objectType.Name))
            {
                foreach (var property in objectType.Properties)
                {
                    pending.Push(property.Type);
                }
            }
        }

        return json.Spec.Types.Where(t => reached.Contains(t.Name)).ToList();
    }
}
