using System.Linq;
using SpecClient.Generator.Emitting.Files;
using SpecClient.Generator.Emitting.Json;
using SpecClient.Generator.Emitting.Syntax;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Emitting.Types;

/// <summary>
/// Writes a sealed record for an object schema: one init property per schema property, the extras member, and the
/// constructor that reads it as JSON (<see cref="Json.ObjectConverterWriter"/>, which also writes its converter). No
/// <c>[JsonPropertyName]</c>: its converter's description of its properties names every wire name. Its base list is
/// empty: nothing of <c>SpecClient.Internal</c> shows on a public model.
/// </summary>
internal static class RecordWriter
{
    public static void Write(SourceWriter writer, JsonTypes json, TypeModel type)
    {
        var access = FileHeader.Accessibility(json.Spec.Accessibility);
        TypeHeader.Write(writer, json, type);
        var name = CSharp.Identifier(type.Name);
        writer.OpenBlock($"{access} sealed partial record {name}");
        var first = true;
        foreach (var property in type.Properties)
        {
            if (!first)
            {
                writer.WriteLine();
            }

            first = false;
            WriteProperty(writer, json, property);
        }

        if (!first)
        {
            writer.WriteLine();
        }

        var extras = JsonTypes.Extras(type);
        writer.WriteLine(extras.IsDeclared
            ? "/// <summary>Properties the schema does not name (<c>additionalProperties</c>).</summary>"
            : "/// <summary>Properties the schema does not name, kept so nothing the server sends is lost.</summary>");
        writer.WriteLine($"public {json.TypeOf(TypeRef.MapOf(extras.ValueType))}? {extras.PropertyName} {{ get; init; }}");
        if (type.Properties.Any(p => p.IsSecret))
        {
            writer.WriteLine();
            WritePrintMembers(writer, type, extras.PropertyName);
        }

        writer.WriteLine();
        Json.ObjectConverterWriter.WriteRecordMembers(writer, json, type);

        writer.CloseBlock();
    }

    /// <summary>
    /// The record's own <c>PrintMembers</c>, which <c>ToString()</c> calls: every property as the compiler would print
    /// it, except secrets (<see cref="PropertySpec.IsSecret"/>), which print as <c>***</c> whatever their value.
    /// </summary>
    private static void WritePrintMembers(SourceWriter writer, TypeModel type, string extrasName)
    {
        writer.WriteLine("/// <summary>Prints every property for <c>ToString()</c>; secret ones (writeOnly, format: password) print as <c>***</c>.</summary>");
        writer.OpenBlock($"private bool PrintMembers({KnownTypes.StringBuilder} builder)");
        var separator = string.Empty;
        foreach (var property in type.Properties)
        {
            var name = CSharp.Identifier(property.Name);
            if (property.IsSecret)
            {
                writer.WriteLine($"builder.Append({CSharp.Literal(separator + property.Name + " = ***")});");
            }
            else
            {
                writer.WriteLine($"builder.Append({CSharp.Literal(separator + property.Name + " = ")}).Append((object?){name});");
            }

            separator = ", ";
        }

        writer.WriteLine($"builder.Append({CSharp.Literal(separator + extrasName + " = ")}).Append((object?){extrasName});");
        writer.WriteLine("return true;");
        writer.CloseBlock();
    }

    private static void WriteProperty(SourceWriter writer, JsonTypes json, PropertySpec property)
    {
        DocComments.Summary(writer, property.Description);
        var startsFixed = StartsWithFixedValue(property);
        if (property.FixedValue is { } fixedValue)
        {
            writer.WriteLine(startsFixed
                ? $"/// <value>Always <c>{DocComments.Escape(fixedValue)}</c>, the one value the API allows; set for you.</value>"
                : $"/// <value>The one value the API allows is <c>{DocComments.Escape(fixedValue)}</c>.</value>");
        }
        else if (property.DefaultValue is { Kind: not ConstantKind.Null } defaultValue)
        {
            writer.WriteLine($"/// <value>The API's default is <c>{DocComments.Escape(defaultValue.Text)}</c>.</value>");
        }

        if (property.IsDeprecated && property.IsRequired)
        {
            // C# forbids [Obsolete] on a required member of a type that is not itself obsolete.
            writer.WriteLine("/// <remarks>Deprecated in the API description.</remarks>");
        }

        if (property.IsDeprecated && !property.IsRequired)
        {
            writer.WriteLine(ConstraintAttributes.Obsolete("The property " + property.WireName, property.Sunset));
        }

        foreach (var attribute in ConstraintAttributes.ForProperty(property))
        {
            writer.WriteLine(attribute);
        }

        if (property.IsSecret)
        {
            writer.WriteLine($"[{KnownTypes.DebuggerBrowsableNever}]");
        }

        var type = json.TypeOf(property.Type, property.Type.IsNullable || !property.IsRequired);
        writer.WriteLine(startsFixed
            ? $"public {type} {CSharp.Identifier(property.Name)} {{ get; init; }} = {CSharp.Literal(property.FixedValue!)};"
            : $"public {(property.IsRequired ? "required " : string.Empty)}{type} {CSharp.Identifier(property.Name)} {{ get; init; }}");
    }

    /// <summary>
    /// A required, non-null property with one allowed value holds it from the start instead of being <c>required</c>:
    /// the caller has nothing to choose, and reading still checks the JSON held it. An optional one stays null until
    /// set, so a value read without it is not given one the server never sent.
    /// </summary>
    private static bool StartsWithFixedValue(PropertySpec property) =>
        property.FixedValue is not null && property.IsRequired && !property.Type.IsNullable;
}
