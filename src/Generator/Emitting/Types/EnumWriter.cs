using SpecClient.Generator.Emitting.Files;
using SpecClient.Generator.Emitting.Json;
using SpecClient.Generator.Emitting.Syntax;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Emitting.Types;

/// <summary>
/// Writes an enum schema as a readonly record struct with a static member per known value. Unlike a C# enum,
/// it keeps values the client does not know, so a newer server never breaks deserialization and the
/// value round-trips unchanged. The runtime's generic converter reads and writes it, so it has no converter of its own.
/// </summary>
internal static class EnumWriter
{
    public static void Write(SourceWriter writer, JsonTypes json, TypeModel type)
    {
        var isString = type.Kind == TypeSpecKind.StringEnum;
        var valueType = isString ? "string" : "int";
        var name = CSharp.Identifier(type.Name);
        var access = FileHeader.Accessibility(json.Spec.Accessibility);
        var contract = isString ? KnownTypes.IStringEnum : KnownTypes.IIntegerEnum;

        TypeHeader.Write(writer, json, type);
        // A record struct: the compiler supplies Equals, GetHashCode, == and != over the one field (string's are
        // ordinal). Value, IsKnown and the conversion from the wire value are documented once, on the runtime's interface.
        writer.OpenBlock($"{access} readonly partial record struct {name} : {contract}<{name}>");
        // Each listed value is added as its member is initialized (declared first, so it exists by then):
        // one statement per value, so the compile cost stays linear however many values the schema lists.
        writer.WriteLine($"private static readonly {KnownTypes.KnownValues}<{valueType}> s_known = new();");
        writer.WriteLine(isString ? "private readonly string? _value;" : "private readonly int _value;");
        writer.WriteLine();
        foreach (var member in type.EnumMembers)
        {
            // The member's name says the value unless naming changed more than its case and separators.
            if (!SaysValue(member))
            {
                writer.WriteLine($"/// <summary>The value <c>{DocComments.Escape(member.Value)}</c>.</summary>");
            }

            var literal = isString ? CSharp.Literal(member.Value) : CSharp.IntLiteral(member.Value);
            // A field, not a property: no getter method and no backing field per value.
            writer.WriteLine($"public static readonly {name} {CSharp.Identifier(member.Name)} = new(s_known.Add({literal}));");
        }

        if (type.EnumMembers.Count > 0)
        {
            writer.WriteLine();
        }

        // Wraps a wire value, known or not (documented on the runtime's interface, as its conversion).
        writer.WriteLine(isString
            ? $"public {name}(string value) => _value = s_known.NotNull(value);"
            : $"public {name}(int value) => _value = value;");
        writer.WriteLine("/// <inheritdoc/>");
        writer.WriteLine(isString ? "public string Value => _value ?? \"\";" : "public int Value => _value;");
        writer.WriteLine("/// <inheritdoc/>");
        writer.WriteLine("public bool IsKnown => s_known.Contains(_value);");
        writer.WriteLine(isString
            ? "public override string ToString() => Value;"
            : $"public override string ToString() => Value.ToString({KnownTypes.InvariantCulture});");
        writer.WriteLine($"public static implicit operator {name}({valueType} value) => new(value);");
        writer.CloseBlock();
    }

    private static bool SaysValue(EnumMemberSpec member)
    {
        var letters = new System.Text.StringBuilder();
        foreach (var c in member.Value)
        {
            if (char.IsLetterOrDigit(c))
            {
                letters.Append(c);
            }
            else if (c is not ('_' or '-' or ' ' or '.'))
            {
                return false;
            }
        }

        return string.Equals(letters.ToString(), member.Name, System.StringComparison.OrdinalIgnoreCase);
    }
}
