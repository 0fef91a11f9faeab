namespace SpecClient.Generator.Emitting.Syntax;

/// <summary>
/// JSON Schema's <c>pattern</c> matches anywhere in the value; <c>[RegularExpression]</c> demands that the whole value
/// matches. An unanchored pattern is therefore emitted inside a wrapper that lets it match anywhere, and the
/// analyzer removes the wrapper again to show the pattern as the spec wrote it.
/// </summary>
internal static class SchemaPatterns
{
    private const string Prefix = @"[\s\S]*(?:";
    private const string Suffix = @")[\s\S]*";

    /// <summary>The pattern for <c>[RegularExpression]</c>: as written when it is anchored at both ends, else wrapped.</summary>
    public static string ForAttribute(string specPattern) =>
        specPattern.StartsWith("^", System.StringComparison.Ordinal) && specPattern.EndsWith("$", System.StringComparison.Ordinal) && !specPattern.EndsWith(@"\$", System.StringComparison.Ordinal)
            ? specPattern
            : Prefix + specPattern + Suffix;

    /// <summary>The spec's pattern behind an attribute's pattern.</summary>
    public static string FromAttribute(string attributePattern) =>
        attributePattern.StartsWith(Prefix, System.StringComparison.Ordinal) && attributePattern.EndsWith(Suffix, System.StringComparison.Ordinal) && attributePattern.Length >= Prefix.Length + Suffix.Length
            ? attributePattern.Substring(Prefix.Length, attributePattern.Length - Prefix.Length - Suffix.Length)
            : attributePattern;
}
