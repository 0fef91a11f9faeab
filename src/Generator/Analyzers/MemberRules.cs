using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace SpecClient.Generator.Analyzers;

/// <summary>
/// What a generated member's attributes say about the values it takes: read once per symbol from
/// <c>[ApiSchema]</c> and the DataAnnotations attributes beside it.
/// </summary>
internal sealed class MemberRules
{
    public string Pointer { get; private set; } = string.Empty;

    public string? Format { get; private set; }

    public bool Deprecated { get; private set; }

    public string? Sunset { get; private set; }

    public int? MinLength { get; private set; }

    public int? MaxLength { get; private set; }

    /// <summary>The <c>[RegularExpression]</c> pattern (which must match the whole value).</summary>
    public string? Pattern { get; private set; }

    public double? Minimum { get; private set; }

    public bool MinimumIsExclusive { get; private set; }

    public double? Maximum { get; private set; }

    public bool MaximumIsExclusive { get; private set; }

    /// <summary>The rules of a member, or null when it has no <c>[ApiSchema]</c> (not generated from a spec).</summary>
    public static MemberRules? Read(ISymbol member, KnownAttributes known)
    {
        var attributes = member.GetAttributes();
        MemberRules? rules = null;
        foreach (var attribute in attributes)
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, known.ApiSchema) &&
                attribute.ConstructorArguments.Length == 1 &&
                attribute.ConstructorArguments[0].Value is string pointer)
            {
                rules = new MemberRules { Pointer = pointer };
                foreach (var named in attribute.NamedArguments)
                {
                    switch (named.Key)
                    {
                        case "Format":
                            rules.Format = named.Value.Value as string;
                            break;
                        case "Deprecated":
                            rules.Deprecated = named.Value.Value is true;
                            break;
                        case "Sunset":
                            rules.Sunset = named.Value.Value as string;
                            break;
                    }
                }
            }
        }

        if (rules is null)
        {
            return null;
        }

        foreach (var attribute in attributes)
        {
            var type = attribute.AttributeClass;
            var arguments = attribute.ConstructorArguments;
            if (KnownAttributes.IsDataAnnotation(type, "StringLengthAttribute") && arguments.Length == 1 && arguments[0].Value is int max)
            {
                rules.MaxLength = max;
                rules.MinLength = Named(attribute.NamedArguments, "MinimumLength") as int? is { } min and > 0 ? min : null;
            }
            else if (KnownAttributes.IsDataAnnotation(type, "RegularExpressionAttribute") && arguments.Length == 1 && arguments[0].Value is string pattern)
            {
                rules.Pattern = pattern;
            }
            else if (KnownAttributes.IsDataAnnotation(type, "RangeAttribute") && arguments.Length == 2)
            {
                rules.Minimum = Bound(arguments[0].Value, lower: true);
                rules.Maximum = Bound(arguments[1].Value, lower: false);
                rules.MinimumIsExclusive = Named(attribute.NamedArguments, "MinimumIsExclusive") is true;
                rules.MaximumIsExclusive = Named(attribute.NamedArguments, "MaximumIsExclusive") is true;
            }
        }

        return rules;
    }

    /// <summary>A bound of <c>[Range]</c>; the type's extreme stands for "no bound".</summary>
    private static double? Bound(object? value, bool lower) => value switch
    {
        int i when i == (lower ? int.MinValue : int.MaxValue) => null,
        int i => i,
        double d when d == (lower ? double.MinValue : double.MaxValue) => null,
        double d => d,
        _ => null,
    };

    private static object? Named(ImmutableArray<System.Collections.Generic.KeyValuePair<string, TypedConstant>> arguments, string name)
    {
        foreach (var argument in arguments)
        {
            if (argument.Key == name)
            {
                return argument.Value.Value;
            }
        }

        return null;
    }
}

/// <summary>The attribute types the analyzer looks for, resolved once per compilation.</summary>
internal sealed class KnownAttributes
{
    private const string DataAnnotations = "System.ComponentModel.DataAnnotations";

    private KnownAttributes(INamedTypeSymbol apiSchema) => ApiSchema = apiSchema;

    public INamedTypeSymbol ApiSchema { get; }

    /// <summary>
    /// Null when the compilation does not reference SpecClient.Runtime: then nothing is generated to check. The marker
    /// is looked up in that one assembly: <c>Compilation.GetTypeByMetadataName</c> would search this compilation's
    /// every type and every reference on each build, which a project holding a big client pays for in its build.
    /// </summary>
    public static KnownAttributes? From(Compilation compilation)
    {
        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            if (assembly.Name == "SpecClient.Runtime")
            {
                return assembly.GetTypeByMetadataName("SpecClient.Internal.ApiSchemaAttribute") is { } marker ? new KnownAttributes(marker) : null;
            }
        }

        return null;
    }

    /// <summary>Whether the attribute is DataAnnotations' <paramref name="name"/>, whichever assembly defines it (netstandard, System.ComponentModel.Annotations).</summary>
    public static bool IsDataAnnotation(INamedTypeSymbol? type, string name) =>
        type is { Name: var typeName, ContainingNamespace: { Name: "DataAnnotations" } ns } && typeName == name &&
        ns.ToDisplayString() == DataAnnotations;
}
