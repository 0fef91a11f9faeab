using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Emitting;

/// <summary>
/// With <c>Validate="true"</c>: checks of the spec's rules on everything a request sends, before it is built.
/// One method per object type a request body reaches (<c>{ClassName}Validation.Validate{Type}</c>, distinct names so
/// no call needs overload resolution), one statement per constrained member, calls into
/// <c>SpecClient.Internal.ApiValidation</c>; no reflection. Failures are <c>ApiValidationException</c>s naming the
/// member path and the rule, never the value.
/// </summary>
internal static class ValidationEmitter
{
    public static string ClassName(ClientSpec spec) => spec.ClassName + "Validation";

    /// <summary>The validation file, or null when validation is off or no request reaches a constrained member.</summary>
    public static string? Write(JsonTypes json)
    {
        var spec = json.Spec;
        if (!spec.Validate)
        {
            return null;
        }

        var types = RequestTypes(json);
        var writer = new SourceWriter();
        FileHeader.Write(writer, spec.SpecPath);
        writer.OpenBlock($"namespace {spec.Namespace}");
        writer.WriteLine($"/// <summary>Checks request values against the rules of the API description before <see cref=\"{spec.ClassName}\"/> sends them.</summary>");
        writer.WriteLine(FileHeader.GeneratedCodeAttribute);
        writer.OpenBlock($"internal static class {ClassName(spec)}");
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
            foreach (var property in type.Properties)
            {
                WriteChecks(writer, json, property.Type, property.Constraints, "value." + CSharp.Identifier(property.Name), "path + " + CSharp.Literal("." + property.WireName));
            }

            writer.CloseBlock();
        }

        writer.CloseBlock();
        writer.CloseBlock();
        return writer.ToString();
    }

    /// <summary>The checks at the start of an operation: its constrained parameters, then its body.</summary>
    public static void WriteOperationChecks(SourceWriter writer, JsonTypes json, OperationSpec operation)
    {
        if (!json.Spec.Validate)
        {
            return;
        }

        var wrote = false;
        foreach (var parameter in operation.Parameters)
        {
            wrote |= WriteChecks(writer, json, parameter.Type, parameter.Constraints, CSharp.Identifier(parameter.Name), CSharp.Literal(parameter.Name));
        }

        if (operation.Body is { } body)
        {
            wrote |= WriteChecks(writer, json, body.Type, null, CSharp.Identifier(body.Name), CSharp.Literal(body.Name));
        }

        if (wrote)
        {
            writer.WriteLine();
        }
    }

    /// <returns>Whether anything was written.</returns>
    private static bool WriteChecks(SourceWriter writer, JsonTypes json, TypeRef type, ConstraintSpec? constraints, string value, string member)
    {
        var validation = KnownTypes.ApiValidation;
        var lines = new List<string>();
        if (constraints is not null)
        {
            switch (type.Kind)
            {
                case TypeKind.String:
                    if (constraints.MinLength is not null || constraints.MaxLength is not null)
                    {
                        lines.Add($"{validation}.Length({value}, {Int(constraints.MinLength)}, {Int(constraints.MaxLength)}, {member});");
                    }

                    if (constraints.Pattern is { } pattern)
                    {
                        lines.Add($"{validation}.Pattern({value}, {CSharp.Literal(pattern)}, {member});");
                    }

                    break;
                case TypeKind.Int32 or TypeKind.Int64 or TypeKind.Float or TypeKind.Double or TypeKind.Decimal
                    when constraints.Minimum is not null || constraints.Maximum is not null:
                    var asDecimal = type.Kind == TypeKind.Decimal;
                    var cast = asDecimal ? "(decimal?)" : "(double?)";
                    lines.Add($"{validation}.Range({cast}{value}, {Bound(constraints.Minimum, asDecimal)}, {Bool(constraints.MinimumIsExclusive)}, {Bound(constraints.Maximum, asDecimal)}, {Bool(constraints.MaximumIsExclusive)}, {member});");
                    break;
                case TypeKind.Array when constraints.MinItems is not null || constraints.MaxItems is not null:
                    lines.Add($"{validation}.Items({value}?.Count, {Int(constraints.MinItems)}, {Int(constraints.MaxItems)}, {member});");
                    break;
            }
        }

        foreach (var line in lines)
        {
            writer.WriteLine(line);
        }

        if (ObjectType(json, type) is { } objectType)
        {
            writer.WriteLine($"{ClassName(json.Spec)}.Validate{objectType.Name}({value}, {member});");
            return true;
        }
        else if (type.Kind == TypeKind.Array && type.Element is { } element && ObjectType(json, element) is { } itemType)
        {
            // Items are numbered in the member path: body.pets[2].name.
            writer.OpenBlock($"if ({value} is {{ }} items)");
            writer.WriteLine("var index = 0;");
            writer.OpenBlock("foreach (var item in items)");
            writer.WriteLine($"{ClassName(json.Spec)}.Validate{itemType.Name}(item, {member} + \"[\" + index++.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + \"]\");");
            writer.CloseBlock();
            writer.CloseBlock();
            return true;
        }

        return lines.Count > 0;
    }

    /// <summary>Object types a request body reaches through properties and array items, in model order.</summary>
    private static List<TypeSpec> RequestTypes(JsonTypes json)
    {
        var reached = new HashSet<string>(System.StringComparer.Ordinal);
        var pending = new Stack<TypeRef>(json.Spec.Operations.Where(o => o.Body is not null).Select(o => o.Body!.Type));
        while (pending.Count > 0)
        {
            var type = pending.Pop();
            if (type.Kind == TypeKind.Array && type.Element is { } element)
            {
                pending.Push(element);
            }
            else if (ObjectType(json, type) is { } objectType && reached.Add(objectType.Name))
            {
                foreach (var property in objectType.Properties)
                {
                    pending.Push(property.Type);
                }
            }
        }

        return json.Spec.Types.Where(t => reached.Contains(t.Name)).ToList();
    }

    private static TypeSpec? ObjectType(JsonTypes json, TypeRef type) =>
        type.Kind == TypeKind.Named && json.Find(type.Name) is { Kind: TypeSpecKind.Object } found ? found : null;

    private static string Int(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "null";

    private static string Bool(bool value) => value ? "true" : "false";

    /// <summary>A bound the reader kept as a plain JSON number, parsed and formatted again (no spec text reaches the code).</summary>
    private static string Bound(string? number, bool asDecimal)
    {
        if (number is null)
        {
            return "null";
        }

        if (asDecimal && decimal.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var exact))
        {
            return exact.ToString(CultureInfo.InvariantCulture) + "m";
        }

        var value = double.Parse(number, NumberStyles.Float, CultureInfo.InvariantCulture);
        return value.ToString("R", CultureInfo.InvariantCulture) + "d";
    }
}
