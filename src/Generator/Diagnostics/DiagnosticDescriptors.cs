using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace SpecClient.Generator.Diagnostics;

/// <summary>Every rule SpecClient reports, in one place; each links to its section of docs/diagnostics.md.</summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "SpecClient";
    private const string HelpBase = "https://github.com/specclient/specclient/blob/main/docs/diagnostics.md#";

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

    public static readonly DiagnosticDescriptor SelectionEntryUnmatched = Warning(
        DiagnosticIds.SelectionEntryUnmatched,
        "An Operations or ExcludeOperations entry matches no operation",
        "The <OpenApiClient> metadata '{0}' has the entry '{1}', which matches no operation in '{2}'. Use an operationId as the spec writes it, 'tag:Name' or a path pattern such as '/files/**'.");

    public static readonly DiagnosticDescriptor SelectionSummary = new(
        DiagnosticIds.SelectionSummary,
        "Operations and ExcludeOperations chose what is generated",
        "Generated {0} of {1} operations; they reach {2} of {3} component schemas, which with their inline schemas give {4} types",
        Category,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        helpLinkUri: HelpBase + "spec031");

    public static readonly DiagnosticDescriptor InternalError = Error(
        DiagnosticIds.InternalError,
        "SpecClient failed while generating a client",
        "SpecClient failed while generating a client: {0}. This is a bug in SpecClient; please report it with the spec that triggers it.");

    /// <summary>All rules, keyed by ID, for turning the reader's findings into diagnostics.</summary>
    public static readonly ImmutableDictionary<string, DiagnosticDescriptor> ById = new[]
    {
        UnreadableSpec, EmptySpec, UnsupportedVersion, UnresolvedReference, DuplicateOperationId, SpecFileNotFound,
        SpecRuleViolation, UnsupportedConstruct, ExternalReferenceNotFetched, InvalidOption, NameCollision, InvalidDocument,
        SelectionEntryUnmatched, SelectionSummary, InternalError,
    }.ToImmutableDictionary(d => d.Id);

    private static DiagnosticDescriptor Error(string id, string title, string message) =>
        Create(id, title, message, DiagnosticSeverity.Error);

    private static DiagnosticDescriptor Warning(string id, string title, string message) =>
        Create(id, title, message, DiagnosticSeverity.Warning);

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity) =>
        new(id, title, message, Category, severity, isEnabledByDefault: true, helpLinkUri: HelpBase + id.ToLowerInvariant());
}
