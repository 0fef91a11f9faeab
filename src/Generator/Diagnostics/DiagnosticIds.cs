namespace SpecClient.Generator.Diagnostics;

/// <summary>
/// Stable diagnostic IDs. The reader (which has no Roslyn types) reports findings by these IDs;
/// <see cref="DiagnosticDescriptors"/> holds the full rule for each.
/// </summary>
internal static class DiagnosticIds
{
    /// <summary>Error: the spec is not valid YAML or JSON. Args: parser message.</summary>
    public const string UnreadableSpec = "SPEC001";

    /// <summary>Error: the spec file is empty. Args: file name.</summary>
    public const string EmptySpec = "SPEC002";

    /// <summary>Error: no or unknown OpenAPI version. Args: version text (or "none").</summary>
    public const string UnsupportedVersion = "SPEC003";

    /// <summary>Error: a <c>$ref</c> points at nothing. Args: the reference.</summary>
    public const string UnresolvedReference = "SPEC004";

    /// <summary>Error: two operations share an operationId. Args: the id.</summary>
    public const string DuplicateOperationId = "SPEC005";

    /// <summary>Error: an &lt;OpenApiClient&gt; item names a file that does not exist. Args: path.</summary>
    public const string SpecFileNotFound = "SPEC006";

    /// <summary>Warning: OpenAPI.NET's validation rules found a problem; generation goes on. Args: message.</summary>
    public const string SpecRuleViolation = "SPEC007";

    /// <summary>Warning: a construct is not supported and a fallback is generated. Args: construct, fallback.</summary>
    public const string UnsupportedConstruct = "SPEC008";

    /// <summary>Warning: a <c>$ref</c> to a URL is never fetched; JsonElement is used. Args: the reference.</summary>
    public const string ExternalReferenceNotFetched = "SPEC009";

    /// <summary>Error: an &lt;OpenApiClient&gt; metadata value is invalid. Args: metadata name, value, allowed values.</summary>
    public const string InvalidOption = "SPEC010";

    /// <summary>Warning: two names in the spec map to the same C# name; one was given a suffix. Args: kind, original, new name.</summary>
    public const string NameCollision = "SPEC011";

    /// <summary>Error: the spec could be read but describes nothing usable (e.g. not an object at its root). Args: reason.</summary>
    public const string InvalidDocument = "SPEC012";

    /// <summary>Warning: an <c>Operations</c>/<c>ExcludeOperations</c> entry matches no operation. Args: metadata name, entry, spec file name.</summary>
    public const string SelectionEntryUnmatched = "SPEC030";

    /// <summary>Info: what <c>Operations</c>/<c>ExcludeOperations</c> kept. Args: operations kept, operations, schemas reached, schemas, types generated.</summary>
    public const string SelectionSummary = "SPEC031";

    /// <summary>Error: the generator itself failed; a bug to report. Args: exception type and message.</summary>
    public const string InternalError = "SPEC900";
}
