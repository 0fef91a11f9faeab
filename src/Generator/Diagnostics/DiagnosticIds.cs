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

    /// <summary>Error: the spec passes a reading bound (aliases, nesting, size). Args: what passed which bound.</summary>
    public const string ReadingLimitExceeded = "SPEC020";

    /// <summary>Error: a <c>$ref</c> leads outside the folder references may reach. Args: the reference, the folder.</summary>
    public const string ReferenceOutsideRoot = "SPEC021";

    /// <summary>Error: two &lt;OpenApiClient&gt; items generate the same namespace and class. Args: full class name, the other spec's path.</summary>
    public const string DuplicateClient = "SPEC022";

    /// <summary>Warning: a <c>$ref</c> in a place that takes no object from one, or to a value; it is not followed. Args: the reference, what it would bring in.</summary>
    public const string ReferenceNotAllowedHere = "SPEC023";

    /// <summary>Warning (analyzer): a constant string does not match the member's <c>pattern</c>. Args: member, pattern, spec place.</summary>
    public const string PatternMismatch = "SPEC101";

    /// <summary>Warning (analyzer): a constant string is shorter or longer than the member allows. Args: member, length, rule, spec place.</summary>
    public const string LengthOutOfRange = "SPEC102";

    /// <summary>Warning (analyzer): a constant number is outside the member's range. Args: member, rule, spec place.</summary>
    public const string ValueOutOfRange = "SPEC103";

    /// <summary>Warning (analyzer): a constant is not a valid value of the member's format. Args: member, format, spec place.</summary>
    public const string InvalidFormat = "SPEC104";

    /// <summary>Warning: a deprecated operation, parameter, property or type is used. Args: what, sunset text.</summary>
    public const string DeprecatedMemberUsed = "SPEC105";

    /// <summary>Warning: an operation of the baseline spec is gone. Args: operationId, method and path.</summary>
    public const string UpgradeOperationRemoved = "SPEC201";

    /// <summary>Warning: a property or parameter of the baseline spec is gone. Args: member.</summary>
    public const string UpgradeMemberRemoved = "SPEC202";

    /// <summary>Warning: a request property, parameter or body became required (or a required one was added). Args: member.</summary>
    public const string UpgradeBecameRequired = "SPEC203";

    /// <summary>Warning: an enum value of the baseline spec is gone. Args: value, enum.</summary>
    public const string UpgradeEnumValueRemoved = "SPEC204";

    /// <summary>Warning: a member's type or format changed. Args: member, old type, new type.</summary>
    public const string UpgradeTypeChanged = "SPEC205";

    /// <summary>Warning: a response property became nullable. Args: member.</summary>
    public const string UpgradeBecameNullable = "SPEC206";

    /// <summary>Warning: a success status of the baseline spec is gone. Args: status, operation.</summary>
    public const string UpgradeSuccessStatusRemoved = "SPEC207";

    /// <summary>Warning: a security scheme or an operation's security changed. Args: what, old, new.</summary>
    public const string UpgradeSecurityChanged = "SPEC208";

    /// <summary>Warning: the summary of the breaking changes against the baseline. Args: count, baseline file.</summary>
    public const string UpgradeSummary = "SPEC209";

    /// <summary>Info, off by default: an additive change against the baseline. Args: the change.</summary>
    public const string UpgradeAdditiveChange = "SPEC210";

    /// <summary>Warning: the baseline spec is missing or cannot be read, so nothing is compared. Args: path, reason.</summary>
    public const string BaselineUnreadable = "SPEC211";

    /// <summary>Warning: a webhook of the baseline spec is gone. Args: webhook key.</summary>
    public const string UpgradeWebhookRemoved = "SPEC212";

    /// <summary>Warning: an <c>Operations</c>/<c>ExcludeOperations</c> entry matches no operation. Args: metadata name, entry, spec file name.</summary>
    public const string SelectionEntryUnmatched = "SPEC030";

    /// <summary>Info: what <c>Operations</c>/<c>ExcludeOperations</c> kept. Args: operations kept, operations, schemas reached, schemas, types generated.</summary>
    public const string SelectionSummary = "SPEC031";

    /// <summary>Warning: a <c>Pagination</c> entry cannot be applied (unknown operation, convention, parameter or property). Args: entry, reason.</summary>
    public const string PaginationEntryInvalid = "SPEC032";

    /// <summary>Warning: an <c>additionalOperations</c> name is no HTTP method token; the operation is skipped. Args: the name.</summary>
    public const string InvalidMethodToken = "SPEC033";

    /// <summary>Info: an OAuth 2.0 flow the client does not run (the caller brings the token). Args: scheme, flow.</summary>
    public const string OAuthFlowNotRun = "SPEC034";

    /// <summary>Error: the generator itself failed; a bug to report. Args: exception type and message.</summary>
    public const string InternalError = "SPEC900";
}
