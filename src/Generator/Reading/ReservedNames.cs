using System.Collections.Generic;

namespace SpecClient.Generator.Reading;

/// <summary>
/// C# names the generated code already uses, by scope, so a name from the spec that would clash is given a
/// suffix (and reported as SPEC011 at its place) instead of producing code that does not compile.
/// </summary>
internal static class ReservedNames
{
    /// <summary>Members every object has; a generated member with one of these names would hide or clash with it.</summary>
    private static readonly string[] ObjectMembers = { "ToString", "Equals", "GetHashCode", "GetType", "MemberwiseClone", "Finalize", "ReferenceEquals" };

    /// <summary>Types the generator writes beside the models, in the same namespace.</summary>
    public static IEnumerable<string> CompanionTypes(string className) => new[]
    {
        className,
        "I" + className,
        className + "Options",
        className + "Credentials",
        className + "JsonContext",
        className + "JsonConverters",
        className + "ServiceCollectionExtensions",
    };

    /// <summary>Members of a generated record besides its properties (the compiler adds the record ones).</summary>
    public static IEnumerable<string> RecordMembers(string typeName) =>
        Concat(ObjectMembers, typeName, "EqualityContract", "PrintMembers", "Deconstruct");

    /// <summary>Members of a generated enum struct besides its values.</summary>
    public static IEnumerable<string> EnumMembers(string typeName) => Concat(ObjectMembers, typeName, "Value", "IsKnown");

    /// <summary>Case names of a union: each becomes Is{Case}, As{Case} and From{Case} beside IsUnknown and Value.</summary>
    public static IEnumerable<string> UnionCases(string typeName) => new[] { "Unknown" };

    /// <summary>Members of the client class, which tag groups (GroupByTag) become properties of.</summary>
    public static IEnumerable<string> ClientMembers(string className) =>
        Concat(ObjectMembers, className, "DefaultBaseUrl", "HttpClient", "Create", "Dispose", "OnPreparingRequest", "OnResponseReceived");

    /// <summary>Members of the credentials class, which security schemes become properties of.</summary>
    public static IEnumerable<string> CredentialMembers(string className) => Concat(ObjectMembers, className + "Credentials");

    private static IEnumerable<string> Concat(string[] common, params string[] more)
    {
        foreach (var name in common)
        {
            yield return name;
        }

        foreach (var name in more)
        {
            yield return name;
        }
    }
}
