using System.Linq;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Binding;

/// <summary>Makes a read type a bound one, deciding where an object keeps the properties its schema does not name, so nothing a server sends is lost.</summary>
internal static class ExtrasBinder
{
    private static readonly string[] Candidates = { "AdditionalProperties", "UnknownProperties", "ExtensionData", "AdditionalPropertiesValue" };

    public static TypeModel Bind(TypeSpec type) => new()
    {
        Name = type.Name,
        Kind = type.Kind,
        SchemaName = type.SchemaName,
        Summary = type.Summary,
        Description = type.Description,
        IsDeprecated = type.IsDeprecated,
        Sunset = type.Sunset,
        Pointer = type.Pointer,
        Properties = type.Properties,
        Extras = type.Kind == TypeSpecKind.Object ? ExtrasOf(type) : null,
        EnumMembers = type.EnumMembers,
        UnionCases = type.UnionCases,
        Discriminator = type.Discriminator,
        DefaultCase = type.DefaultCase,
    };

    private static ExtrasSpec ExtrasOf(TypeSpec type)
    {
        // The first candidate no schema property and not the type itself is named; else the last, numbered.
        var members = new UniqueNames(type.Properties.Select(p => p.Name).Append(type.Name));
        var name = Candidates.FirstOrDefault(c => !members.IsTaken(c)) ?? members.Claim(Candidates[Candidates.Length - 1]);

        // Open by default (JSON Schema's default): extras are kept as raw JSON, so a round trip loses nothing.
        var valueType = type.AdditionalProperties ?? TypeRef.Of(TypeKind.Json);
        return new ExtrasSpec(name, valueType, IsDeclared: type.AdditionalProperties is not null);
    }
}
