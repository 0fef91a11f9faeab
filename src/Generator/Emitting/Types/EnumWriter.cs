using SpecClient.Generator.Emitting.Files;
using SpecClient.Generator.Emitting.Json;
using SpecClient.Generator.Emitting.Syntax;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Emitting.Types;

/// <summary>
/// Writes an enum schema as a readonly struct with a static member per known value. Unlike a C# enum,
/// it keeps values the client does not know, so a newer server never breaks deserialization and the
/// value round-trips unchanged.
/// </summary>
internal static class EnumWriter
{
    public static void Write(SourceWriter writer, JsonTypes json, TypeSpec type)
    {
        var isString = type.Kind == TypeSpecKind.StringEnum;
        var valueType = isString ? "string" : "int";
        var name = CSharp.Identifier(type.Name);
        var access = FileHeader.Accessibility(json.Spec.Accessibility);

        TypeHeader.Write(writer, json, type);
        writer.WriteLine($"[{KnownTypes.DebuggerDisplay}(\"{{Value}}\")]");
        writer.OpenBlock($"{access} readonly partial struct {name} : global::System.IEquatable<{name}>");
        if (isString)
        {
            writer.WriteLine("private readonly string? _value;");
        }
        else
        {
            writer.WriteLine("private readonly int _value;");
        }

        writer.WriteLine();
        writer.WriteLine($"/// <summary>Wraps a wire value, known or not.</summary>");
        writer.OpenBlock($"public {name}({valueType} value)");
        if (isString)
        {
            writer.WriteLine($"{KnownTypes.ArgumentNullException}.ThrowIfNull(value);");
        }

        writer.WriteLine("_value = value;");
        writer.CloseBlock();

        foreach (var member in type.EnumMembers)
        {
            writer.WriteLine();
            writer.WriteLine($"/// <summary>The value <c>{DocComments.Escape(member.Value)}</c>.</summary>");
            var literal = isString ? CSharp.Literal(member.Value) : CSharp.IntLiteral(member.Value);
            writer.WriteLine($"public static {name} {CSharp.Identifier(member.Name)} {{ get; }} = new({literal});");
        }

        writer.WriteLine();
        writer.WriteLine("/// <summary>The value as it travels on the wire.</summary>");
        writer.WriteLine(isString ? "public string Value => _value ?? string.Empty;" : "public int Value => _value;");
        writer.WriteLine();
        writer.WriteLine("/// <summary>Whether the value is one the API description lists.</summary>");
        if (type.EnumMembers.Count == 0)
        {
            writer.WriteLine("public bool IsKnown => false;");
        }
        else
        {
            // A set, one line per value: a pattern of every value would cost the compiler more than linear time.
            writer.WriteLine("public bool IsKnown => s_known.Contains(Value);");
            writer.WriteLine();
            var comparer = isString ? "global::System.StringComparer.Ordinal" : string.Empty;
            writer.OpenBlock($"private static readonly global::System.Collections.Generic.HashSet<{valueType}> s_known = new({comparer})");
            foreach (var member in type.EnumMembers)
            {
                writer.WriteLine((isString ? CSharp.Literal(member.Value) : CSharp.IntLiteral(member.Value)) + ",");
            }

            writer.CloseBlock(";");
        }

        writer.WriteLine();
        var comparison = isString ? "string.Equals(Value, other.Value, global::System.StringComparison.Ordinal)" : "Value == other.Value";
        writer.WriteLine($"public bool Equals({name} other) => {comparison};");
        writer.WriteLine();
        writer.WriteLine($"public override bool Equals(object? obj) => obj is {name} other && Equals(other);");
        writer.WriteLine();
        writer.WriteLine(isString
            ? "public override int GetHashCode() => global::System.StringComparer.Ordinal.GetHashCode(Value);"
            : "public override int GetHashCode() => Value;");
        writer.WriteLine();
        writer.WriteLine(isString
            ? "public override string ToString() => Value;"
            : "public override string ToString() => Value.ToString(global::System.Globalization.CultureInfo.InvariantCulture);");
        writer.WriteLine();
        writer.WriteLine($"public static bool operator ==({name} left, {name} right) => left.Equals(right);");
        writer.WriteLine();
        writer.WriteLine($"public static bool operator !=({name} left, {name} right) => !left.Equals(right);");
        writer.WriteLine();
        writer.WriteLine($"public static implicit operator {name}({valueType} value) => new(value);");
        writer.CloseBlock();
    }
}
