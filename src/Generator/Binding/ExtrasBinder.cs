using System.Linq;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Binding;

/// <summary>Decides where an object keeps the properties its schema does not name, so nothing a server sends is lost.</summary>
internal static class ExtrasBinder
{
    private static readonly string[] Candidates = { "AdditionalProperties", "UnknownProperties", "ExtensionData", "AdditionalPropertiesValue" };

    public static TypeSpec Bind(TypeSpec type)
    {
        if (type.Kind != TypeSpecKind.Object)
        {
            return type;
        }

        // The first candidate no schema property and not the type itself is named; the last is the fallback.
        var name = Candidates.FirstOrDefault(c => c != type.Name && !type.Properties.Any(p => p.Name == c)) ?? Candidates[Candidates.Length - 1];

        // Open by default (JSON Schema's default): extras are kept as raw JSON, so a round trip loses nothing.
        var valueType = type.AdditionalProperties ?? TypeRef.Of(TypeKind.Json);
        return type with { Extras = new ExtrasSpec(name, valueType, IsDeclared: type.AdditionalProperties is not null) };
    }
}
