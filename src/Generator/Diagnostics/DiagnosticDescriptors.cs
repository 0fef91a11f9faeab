using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace SpecClient.Generator.Diagnostics;

/// <summary>Every rule SpecClient reports, in one place; each links to its section of docs/diagnostics.md.</summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "SpecClient";

    /// <summary>The call-site checks the analyzer makes in C# code.</summary>
    private const string CallSiteCategory = "SpecClient.Usage";

    /// <summary>Changes between the baseline spec and the current one.</summary>
    private const string UpgradeCategory = "SpecClient.Upgrade";

    /// <summary>
    /// docs/diagnostics.md in the repository named by the build's <c>RepositoryUrl</c> (Directory.Build.props), which
    /// the project file stamps on this assembly; each rule's help link adds its section.
    /// </summary>
    public static readonly string HelpBase = RepositoryUrl().TrimEnd('/') + "/blob/main/docs/diagnostics.md#";

    public static readonly DiagnosticDescriptor UnreadableSpec = Error(
        DiagnosticIds.UnreadableSpec,
        "The OpenAPI document cannot be read",
        "The OpenAPI document cannot be read: {0}. Fix the YAML or JSON syntax at this location.");

    public static readonly DiagnosticDescriptor EmptySpec = Error(
        DiagnosticIds.EmptySpec,
        "The OpenAPI document is empty",
        "The OpenAPI document '{0}' is empty. Put an OpenAPI 2.0, 3.0 or 3.1 description in it, or remove the <OpenApiClient> item.");

    public static readonly DiagnosticDescriptor UnsupportedVersion = Error(
        DiagnosticIds.UnsupportedVersion,
        "The OpenAPI version is missing or not supported",
        "The document declares OpenAPI version '{0}'. Declare 'openapi: 3.1.x', 'openapi: 3.0.x' or 'swagger: \"2.0\"'.");

    public static readonly DiagnosticDescriptor UnresolvedReference = Error(
        DiagnosticIds.UnresolvedReference,
        "A $ref points at nothing",
        "The reference '{0}' does not resolve. Point it at an existing component or correct its path.");

    public static readonly DiagnosticDescriptor DuplicateOperationId = Error(
        DiagnosticIds.DuplicateOperationId,
        "Two operations share an operationId",
        "The operationId '{0}' is used by more than one operation. Give each operation a unique operationId.");

    public static readonly DiagnosticDescriptor SpecFileNotFound = Error(
        DiagnosticIds.SpecFileNotFound,
        "The OpenAPI document does not exist",
        "The <OpenApiClient> item names '{0}', which does not exist. Correct the Include path (it is relative to the project file).");

    public static readonly DiagnosticDescriptor SpecRuleViolation = Warning(
        DiagnosticIds.SpecRuleViolation,
        "The OpenAPI document breaks a rule of the specification",
        "The OpenAPI document breaks a rule of the specification: {0}. The client is generated anyway; fix the document to silence this warning.");

    public static readonly DiagnosticDescriptor UnsupportedConstruct = Warning(
        DiagnosticIds.UnsupportedConstruct,
        "An OpenAPI construct is not supported",
        "{0} is not supported; {1} is generated instead");

    public static readonly DiagnosticDescriptor ExternalReferenceNotFetched = Warning(
        DiagnosticIds.ExternalReferenceNotFetched,
        "A $ref to a URL is never fetched",
        "The reference '{0}' points at a URL, which the generator never fetches; the value is typed as JsonElement. Download the document and reference it by a relative path to get a typed model.");

    public static readonly DiagnosticDescriptor InvalidOption = Error(
        DiagnosticIds.InvalidOption,
        "An <OpenApiClient> option has an invalid value",
        "The <OpenApiClient> metadata '{0}' has the value '{1}', which is not valid. Use {2}.");

    public static readonly DiagnosticDescriptor NameCollision = Warning(
        DiagnosticIds.NameCollision,
        "Two names in the spec map to the same C# name",
        "The {0} '{1}' maps to a C# name already taken; it is generated as '{2}'. Rename it in the spec to choose the name yourself.");

    public static readonly DiagnosticDescriptor InvalidDocument = Error(
        DiagnosticIds.InvalidDocument,
        "The OpenAPI document describes nothing usable",
        "The OpenAPI document cannot be used: {0}");

    public static readonly DiagnosticDescriptor ReadingLimitExceeded = Error(
        DiagnosticIds.ReadingLimitExceeded,
        "The OpenAPI document passes a reading bound",
        "The OpenAPI document is not read: {0}. The bounds keep a hostile or broken file from exhausting the compiler; see docs/diagnostics.md for them.");

    public static readonly DiagnosticDescriptor ReferenceOutsideRoot = Error(
        DiagnosticIds.ReferenceOutsideRoot,
        "A $ref leads outside the folder references may reach",
        "The reference '{0}' leads outside '{1}', the folder references may reach; the file is not read. Move the file under that folder, or set the SpecRoot metadata of the <OpenApiClient> item to a folder that holds both. URLs are never fetched.");

    public static readonly DiagnosticDescriptor DuplicateClient = Error(
        DiagnosticIds.DuplicateClient,
        "Two <OpenApiClient> items generate the same class",
        "The client '{0}' is also generated from '{1}'; this item generates nothing. Give one of the items another ClassName or Namespace.");

    public static readonly DiagnosticDescriptor ReferenceNotAllowedHere = Warning(
        DiagnosticIds.ReferenceNotAllowedHere,
        "A $ref brings in something its place does not take",
        "The reference '{0}' would bring {1} into the client; it is not followed. A $ref may bring in an OpenAPI object where one stands (a Schema, Parameter, Response, Request Body, Header, Example, Link, Callback, Path Item or operation), never a value such as a name, URL, description or default: write the value in the spec itself.");

    public static readonly DiagnosticDescriptor SelectionEntryUnmatched = Warning(
        DiagnosticIds.SelectionEntryUnmatched,
        "An Operations or ExcludeOperations entry matches no operation",
        "The <OpenApiClient> metadata '{0}' has the entry '{1}', which matches no operation in '{2}'. Use an operationId as the spec writes it, 'tag:Name' or a path pattern such as '/files/**'.");

    public static readonly DiagnosticDescriptor PaginationEntryInvalid = Warning(
        DiagnosticIds.PaginationEntryInvalid,
        "A Pagination entry cannot be applied",
        "The <OpenApiClient> metadata 'Pagination' has the entry '{0}', which is not applied: {1}. See the README's pagination section for the syntax.");

    public static readonly DiagnosticDescriptor SelectionSummary = new(
        DiagnosticIds.SelectionSummary,
        "Operations and ExcludeOperations chose what is generated",
        "Generated {0} of {1} operations; they reach {2} of {3} component schemas, which with their inline schemas give {4} types",
        Category,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        helpLinkUri: HelpBase + "spec031");

    public static readonly DiagnosticDescriptor InvalidMethodToken = Warning(
        DiagnosticIds.InvalidMethodToken,
        "An additional operation's method is not a valid HTTP method",
        "The additionalOperations entry '{0}' is not an HTTP method token (letters, digits and !#$%&'*+-.^_`|~ only), so no request can use it; the operation is skipped. Correct the method name.");

    public static readonly DiagnosticDescriptor OAuthFlowNotRun = new(
        DiagnosticIds.OAuthFlowNotRun,
        "The client does not run this OAuth 2.0 flow",
        "The security scheme '{0}' offers the OAuth 2.0 flow '{1}', which the client does not run: the caller obtains the access token and sets it on the credentials",
        Category,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        helpLinkUri: HelpBase + "spec034");

    public static readonly DiagnosticDescriptor InternalError = Error(
        DiagnosticIds.InternalError,
        "SpecClient failed while generating a client",
        "SpecClient failed while generating a client: {0}. This is a bug in SpecClient; please report it with the spec that triggers it.");

    public static readonly DiagnosticDescriptor PatternMismatch = Create(
        DiagnosticIds.PatternMismatch,
        "A constant does not match the pattern the API requires",
        "The constant given to {0} does not match the pattern '{1}' the API requires ({2}); the server will reject it",
        DiagnosticSeverity.Warning,
        CallSiteCategory);

    public static readonly DiagnosticDescriptor LengthOutOfRange = Create(
        DiagnosticIds.LengthOutOfRange,
        "A constant is shorter or longer than the API allows",
        "The constant given to {0} has length {1}, but the API requires {2} ({3}); the server will reject it",
        DiagnosticSeverity.Warning,
        CallSiteCategory);

    public static readonly DiagnosticDescriptor ValueOutOfRange = Create(
        DiagnosticIds.ValueOutOfRange,
        "A constant is outside the range the API allows",
        "The constant given to {0} is outside the range the API allows: it must be {1} ({2}); the server will reject it",
        DiagnosticSeverity.Warning,
        CallSiteCategory);

    public static readonly DiagnosticDescriptor InvalidFormat = Create(
        DiagnosticIds.InvalidFormat,
        "A constant is not a valid value of the format the API requires",
        "The constant given to {0} is not a valid '{1}' ({2}); it will fail before or at the server",
        DiagnosticSeverity.Warning,
        CallSiteCategory);

    public static readonly DiagnosticDescriptor DeprecatedMemberUsed = Create(
        DiagnosticIds.DeprecatedMemberUsed,
        "A deprecated API member is used",
        "{0} is deprecated in the API description{1}",
        DiagnosticSeverity.Warning,
        CallSiteCategory);

    public static readonly DiagnosticDescriptor UpgradeOperationRemoved = Upgrade(
        DiagnosticIds.UpgradeOperationRemoved,
        "An operation of the baseline spec is gone",
        "The operation '{0}' ({1}) of the baseline spec is gone: code that calls it no longer has an endpoint to reach");

    public static readonly DiagnosticDescriptor UpgradeMemberRemoved = Upgrade(
        DiagnosticIds.UpgradeMemberRemoved,
        "A property or parameter of the baseline spec is gone",
        "Gone since the baseline spec: {0}. Values set on it are no longer sent, and values read from it stay empty");

    public static readonly DiagnosticDescriptor UpgradeBecameRequired = Upgrade(
        DiagnosticIds.UpgradeBecameRequired,
        "A request value became required",
        "Now required: {0}. Calls that leave it out are rejected by the server");

    public static readonly DiagnosticDescriptor UpgradeEnumValueRemoved = Upgrade(
        DiagnosticIds.UpgradeEnumValueRemoved,
        "An enum value of the baseline spec is gone",
        "The value '{0}' of {1} is gone: requests that send it are rejected, and code that tests for it never matches");

    public static readonly DiagnosticDescriptor UpgradeTypeChanged = Upgrade(
        DiagnosticIds.UpgradeTypeChanged,
        "A type or format changed",
        "Changed type since the baseline spec: {0}, from {1} to {2}. Values of the old shape no longer read or validate");

    public static readonly DiagnosticDescriptor UpgradeBecameNullable = Upgrade(
        DiagnosticIds.UpgradeBecameNullable,
        "A response property became nullable",
        "May now be null in responses: {0}. Code that uses it without a null check can fail");

    public static readonly DiagnosticDescriptor UpgradeSuccessStatusRemoved = Upgrade(
        DiagnosticIds.UpgradeSuccessStatusRemoved,
        "A success status of the baseline spec is gone",
        "The success status {0} of {1} is gone: code that relies on that answer now gets an exception or another status");

    public static readonly DiagnosticDescriptor UpgradeSecurityChanged = Upgrade(
        DiagnosticIds.UpgradeSecurityChanged,
        "A security scheme or requirement changed",
        "Changed security since the baseline spec: {0}, from {1} to {2}. Credentials configured for the old one may be rejected");

    public static readonly DiagnosticDescriptor UpgradeWebhookRemoved = Upgrade(
        DiagnosticIds.UpgradeWebhookRemoved,
        "A webhook of the baseline spec is gone",
        "The webhook '{0}' of the baseline spec is gone: its deliveries now read as an unknown event, and code that handles its case no longer compiles");

    public static readonly DiagnosticDescriptor UpgradeSummary = Upgrade(
        DiagnosticIds.UpgradeSummary,
        "The spec has changes that can break callers",
        "{0} change(s) since the baseline '{1}' can break callers at run time (see SPEC201-SPEC208 and SPEC212); after fixing or accepting them, copy this spec over the baseline");

    public static readonly DiagnosticDescriptor UpgradeAdditiveChange = new(
        DiagnosticIds.UpgradeAdditiveChange,
        "An additive change since the baseline spec",
        "Since the baseline: {0}",
        UpgradeCategory,
        DiagnosticSeverity.Info,
        isEnabledByDefault: false,
        helpLinkUri: HelpBase + DiagnosticIds.UpgradeAdditiveChange.ToLowerInvariant());

    public static readonly DiagnosticDescriptor BaselineUnreadable = Upgrade(
        DiagnosticIds.BaselineUnreadable,
        "The baseline spec cannot be compared",
        "The baseline '{0}' cannot be compared: {1}. Correct the Baseline metadata, or remove it.");

    /// <summary>All rules, keyed by ID, for turning the reader's findings into diagnostics.</summary>
    public static readonly ImmutableDictionary<string, DiagnosticDescriptor> ById = new[]
    {
        UnreadableSpec, EmptySpec, UnsupportedVersion, UnresolvedReference, DuplicateOperationId, SpecFileNotFound,
        SpecRuleViolation, UnsupportedConstruct, ExternalReferenceNotFetched, InvalidOption, NameCollision, InvalidDocument,
        ReadingLimitExceeded, ReferenceOutsideRoot, DuplicateClient, ReferenceNotAllowedHere, SelectionEntryUnmatched, SelectionSummary, PaginationEntryInvalid, InvalidMethodToken, OAuthFlowNotRun, InternalError,
        UpgradeOperationRemoved, UpgradeMemberRemoved, UpgradeBecameRequired, UpgradeEnumValueRemoved, UpgradeTypeChanged,
        UpgradeBecameNullable, UpgradeSuccessStatusRemoved, UpgradeSecurityChanged, UpgradeWebhookRemoved, UpgradeSummary, UpgradeAdditiveChange, BaselineUnreadable,
    }.ToImmutableDictionary(d => d.Id);

    private static string RepositoryUrl() =>
        typeof(DiagnosticDescriptors).Assembly.GetCustomAttributes(typeof(AssemblyMetadataAttribute), inherit: false)
            .OfType<AssemblyMetadataAttribute>()
            .FirstOrDefault(attribute => attribute.Key == "RepositoryUrl")?.Value
        ?? throw new System.InvalidOperationException("The generator assembly carries no RepositoryUrl metadata; Generator.csproj stamps it from Directory.Build.props.");

    private static DiagnosticDescriptor Error(string id, string title, string message) =>
        Create(id, title, message, DiagnosticSeverity.Error);

    private static DiagnosticDescriptor Warning(string id, string title, string message) =>
        Create(id, title, message, DiagnosticSeverity.Warning);

    private static DiagnosticDescriptor Upgrade(string id, string title, string message) =>
        Create(id, title, message, DiagnosticSeverity.Warning, UpgradeCategory);

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity, string category = Category) =>
        new(id, title, message, category, severity, isEnabledByDefault: true, helpLinkUri: HelpBase + id.ToLowerInvariant());
}
