using System;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using SpecClient.Generator.Diagnostics;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Reading;

/// <summary>
/// Parses the text with OpenAPI.NET and turns its findings into diagnostics: an unreadable
/// document is an error, anything OpenAPI.NET still builds a document from is a SPEC007 warning.
/// </summary>
internal static class DocumentLoader
{
    /// <summary>Beyond this many SPEC007 warnings one summary stands for the rest; a build log of thousands helps nobody.</summary>
    private const int MaxRuleWarnings = 50;

    /// <returns>The document and the version OpenAPI.NET read, or null when the text cannot be used.</returns>
    public static (OpenApiDocument Document, OpenApiSpecVersion Version)? Load(string text, ReadContext context)
    {
        var lines = context.Lines;
        if (!CheckVersion(context))
        {
            return null;
        }

        Microsoft.OpenApi.Reader.ReadResult result;
        try
        {
            var settings = new OpenApiReaderSettings { LoadExternalRefs = false };
            settings.AddYamlReader();
            var isJson = text.TrimStart().StartsWith("{", StringComparison.Ordinal);
            if (lines.TakeTree() is { } tree)
            {
                // The line index parsed the YAML already: OpenAPI.NET reads its nodes as its YAML reader reads its own.
                MethodTokens.DropInvalid(tree, context);
                AbsoluteReferences.Settle(tree);
                result = Microsoft.OpenApi.YamlReader.OpenApiYamlReader.Read(tree, new Uri(OpenApiConstants.BaseRegistryUri), settings);
            }
            else if (isJson && (MethodTokens.MayHaveAdditionalOperations(text) || text.IndexOf("\"$ref\"", StringComparison.Ordinal) >= 0) && ParseJson(text) is { } json)
            {
                // Invalid method names are dropped before OpenAPI.NET sees them (it throws on them and loses the document).
                MethodTokens.DropInvalid(json, context);
                AbsoluteReferences.Settle(json);
                result = new OpenApiJsonReader().Read(json, new Uri(OpenApiConstants.BaseRegistryUri), settings);
            }
            else
            {
                result = OpenApiDocument.Parse(text, isJson ? "json" : "yaml", settings);
            }
        }
        catch (OpenApiUnsupportedSpecVersionException ex)
        {
            context.Report(DiagnosticIds.UnsupportedVersion, lines.Contains("/swagger") ? "/swagger" : "/openapi", ex.Message);
            return null;
        }
        catch (Exception ex)
        {
            // OpenAPI.NET throws on some malformed input (an empty $ref, a truncated mapping) instead of reporting it.
            context.Report(DiagnosticIds.UnreadableSpec, string.Empty, "OpenAPI.NET could not read it (" + ex.Message + ")");
            return null;
        }

        var version = result.Diagnostic?.SpecificationVersion ?? OpenApiSpecVersion.OpenApi3_0;
        var errors = result.Diagnostic?.Errors ?? (IList<OpenApiError>)Array.Empty<OpenApiError>();
        var warnings = result.Diagnostic?.Warnings ?? (IList<OpenApiError>)Array.Empty<OpenApiError>();
        if (result.Document is null)
        {
            ReportUnreadable(context, errors);
            return null;
        }

        ReportFindings(context, errors, warnings);
        return (result.Document, version);
    }

    /// <summary>The JSON text as nodes, or null when it is not JSON (OpenAPI.NET then reports what is wrong with it).</summary>
    private static System.Text.Json.Nodes.JsonNode? ParseJson(string text)
    {
        try
        {
            return System.Text.Json.Nodes.JsonNode.Parse(text);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// Checks the version key ourselves: OpenAPI.NET throws on some unknown versions and guesses on a
    /// missing one. 3.0, 3.1 and 3.2 are the versions SpecClient knows; a later one (3.3, 4.0) may
    /// change meanings we would silently get wrong, so it stays SPEC003.
    /// </summary>
    private static bool CheckVersion(ReadContext context)
    {
        var lines = context.Lines;
        if (lines.SyntaxError is not null)
        {
            // The scan stopped early; OpenAPI.NET decides whether the text is readable at all.
            return true;
        }

        var swagger = lines.ScalarAt("/swagger");
        if (swagger is not null)
        {
            if (swagger == "2.0")
            {
                return true;
            }

            context.Report(DiagnosticIds.UnsupportedVersion, "/swagger", swagger);
            return false;
        }

        var openApi = lines.ScalarAt("/openapi");
        if (openApi is not null)
        {
            var supported = openApi is "3.0" or "3.1" or "3.2" ||
                openApi.StartsWith("3.0.", StringComparison.Ordinal) ||
                openApi.StartsWith("3.1.", StringComparison.Ordinal) ||
                openApi.StartsWith("3.2.", StringComparison.Ordinal);
            if (supported)
            {
                return true;
            }

            context.Report(DiagnosticIds.UnsupportedVersion, "/openapi", openApi);
            return false;
        }

        // No version key, or one whose value is not a scalar.
        var pointer = lines.Contains("/swagger") ? "/swagger" : lines.Contains("/openapi") ? "/openapi" : null;
        if (pointer is null)
        {
            context.ReportAt(DiagnosticIds.UnsupportedVersion, new SourceLocation(lines.FilePath, 0, 0, 0, 0), "none");
        }
        else
        {
            context.Report(DiagnosticIds.UnsupportedVersion, pointer, "none");
        }

        return false;
    }

    private static void ReportUnreadable(ReadContext context, IList<OpenApiError> errors)
    {
        var lines = context.Lines;
        if (lines.SyntaxError is { } syntax)
        {
            var location = new SourceLocation(lines.FilePath, syntax.Line, syntax.Column, syntax.Line, syntax.Column + 1);
            context.ReportAt(DiagnosticIds.UnreadableSpec, location, syntax.Message);
            return;
        }

        var first = errors.Count > 0 ? errors[0] : null;
        context.Report(DiagnosticIds.UnreadableSpec, first?.Pointer ?? string.Empty, first?.Message ?? "OpenAPI.NET returned no document");
    }

    private static void ReportFindings(ReadContext context, IList<OpenApiError> errors, IList<OpenApiError> warnings)
    {
        var ruleWarnings = 0;
        var misplaced = new List<string>();
        foreach (var finding in Concat(errors, warnings))
        {
            if (MisplacedReferencePointer(finding) is { } holder && context.Lines.ScalarAt(holder + "/$ref") is not null)
            {
                misplaced.Add(holder);
            }
        }

        foreach (var finding in Concat(errors, warnings))
        {
            var pointer = finding.Pointer ?? string.Empty;
            if (IsUnder(pointer, misplaced) || (MisplacedReferencePointer(finding) is { } holder && misplaced.Contains(holder)))
            {
                // Reported once below; what OpenAPI.NET says about the empty objects left in their place is noise.
                continue;
            }

            if (IsDanglingReference(finding))
            {
                // The mappers meet dangling references too; the shared pointer keeps them to one report. A URL (which
                // AbsoluteReferences keeps from resolving by its fragment) is one never fetched.
                var text = context.Lines.ScalarAt(pointer);
                context.Report(ReadContext.IsUrl(text) ? DiagnosticIds.ExternalReferenceNotFetched : DiagnosticIds.UnresolvedReference, pointer, text ?? finding.Message);
                continue;
            }

            ruleWarnings++;
            if (ruleWarnings <= MaxRuleWarnings)
            {
                var message = pointer.Length == 0 ? finding.Message : finding.Message + " (at " + pointer + ")";
                context.ReportEach(DiagnosticIds.SpecRuleViolation, pointer, message);
            }
        }

        if (misplaced.Count > 0)
        {
            // Multi-file specs that $ref whole operations (DigitalOcean's) give one finding per operation; one warning says it.
            var first = misplaced[0];
            var more = misplaced.Count > 1 ? " (and " + (misplaced.Count - 1).ToString(CultureInfo.InvariantCulture) + " more like it)" : string.Empty;
            context.Report(
                DiagnosticIds.UnsupportedConstruct,
                first + "/$ref",
                "The reference '" + context.Lines.ScalarAt(first + "/$ref") + "' in place of an object" + more,
                "nothing for it");
        }

        if (ruleWarnings > MaxRuleWarnings)
        {
            var rest = (ruleWarnings - MaxRuleWarnings).ToString(CultureInfo.InvariantCulture);
            context.Report(DiagnosticIds.SpecRuleViolation, string.Empty, rest + " more findings like the ones above were not listed");
        }
    }

    /// <summary>OpenAPI.NET's "$ref is not a valid property at #/paths/~1a/get": a $ref where the spec allows none.</summary>
    private static string? MisplacedReferencePointer(OpenApiError finding)
    {
        const string Prefix = "$ref is not a valid property at ";
        var message = finding.Message ?? string.Empty;
        return message.StartsWith(Prefix, StringComparison.Ordinal) ? message.Substring(Prefix.Length).Trim().TrimStart('#') : null;
    }

    private static bool IsUnder(string pointer, List<string> holders)
    {
        var normalized = pointer.TrimStart('#');
        foreach (var holder in holders)
        {
            if (normalized == holder || normalized.StartsWith(holder + "/", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDanglingReference(OpenApiError finding) =>
        finding.Pointer is { } pointer &&
        pointer.EndsWith("/$ref", StringComparison.Ordinal) &&
        finding.Message.IndexOf("does not point to an existing", StringComparison.OrdinalIgnoreCase) >= 0;

    private static IEnumerable<OpenApiError> Concat(IList<OpenApiError> first, IList<OpenApiError> second)
    {
        foreach (var item in first)
        {
            yield return item;
        }

        foreach (var item in second)
        {
            yield return item;
        }
    }
}
