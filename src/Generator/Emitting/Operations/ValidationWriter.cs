using System.Collections.Generic;
using System.Globalization;
using SpecClient.Generator.Emitting.Json;
using SpecClient.Generator.Emitting.Syntax;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Emitting.Operations;

/// <summary>
/// The checks of the spec's rules on one value (<c>Validate="true"</c>): calls into <c>SpecClient.Internal.ApiValidation</c>
/// and, for an object (or a list of objects), into the client's validation class. Used at the start of each operation
/// and in the per-type methods of the validation file.
/// </summary>
internal static class ValidationWriter
{
    /// <summary>The checks at the start of an operation: its constrained parameters, then its body.</summary>
    public static void WriteOperationChecks(SourceWriter writer, JsonTypes json, OperationModel operation)
    {
        if (!json.Spec.Validate)
        {
            return;
        }

        // The checks' own locals, taken beside the method's parameters and the locals the operation's writers declare.
        var names = new Locals(operation).Names;
        var wrote = false;
        foreach (var parameter in operation.Parameters)
        {
            wrote |= WriteChecks(writer, json, parameter.Type, parameter.Constraints, CSharp.Identifier(parameter.Name), CSharp.Literal(parameter.Name), names);
        }

        // A sequence's items are written as they are enumerated, after the checks; each is not checked here.
        if (operation.Body is { Kind: not BodyKind.JsonSequence } body)
        {
            wrote |= WriteChecks(writer, json, body.Type, null, CSharp.Identifier(body.Name), CSharp.Literal(body.Name), names);
        }

        if (wrote)
        {
            writer.WriteLine();
        }
    }

    /// <param name="names">The method's local names: a list's pattern variable stays in scope to the method's end, so each is taken.</param>
    /// <returns>Whether anything was written.</returns>
    public static bool WriteChecks(SourceWriter writer, JsonTypes json, TypeRef type, ConstraintSpec? constraints, string value, string member, LocalNames names)
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
            writer.WriteLine($"{json.Names.Validation}.Validate{objectType.Name}({value}, {member});");
            return true;
        }
        else if (type.Kind == TypeKind.Array && type.Element is { } element && ObjectType(json, element) is { } itemType)
        {
            // Items are numbered in the member path: body.pets[2].name.
            var items = names.Take("items");
            var index = names.Free("index");
            var item = names.Free("item");
            writer.OpenBlock($"if ({value} is {{ }} {items})");
            writer.WriteLine($"var {index} = 0;");
            writer.OpenBlock($"foreach (var {item} in {items})");
            writer.WriteLine($"{json.Names.Validation}.Validate{itemType.Name}({item}, {member} + \"[\" + {index}++.ToString({KnownTypes.InvariantCulture}) + \"]\");");
            writer.CloseBlock();
            writer.CloseBlock();
            return true;
        }

        return lines.Count > 0;
    }

    public static TypeModel? ObjectType(JsonTypes json, TypeRef type) =>
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
