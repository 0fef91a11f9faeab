using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using SpecClient.Generator.Diagnostics;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Inputs;

/// <summary>
/// Turns an &lt;OpenApiClient&gt; item's metadata into validated <see cref="ClientOptions"/>.
/// Unknown values are diagnostics, never silently ignored.
/// </summary>
internal static class ClientOptionsReader
{
    public static ClientOptions Read(
        string specPath,
        Func<string, string?> metadata,
        string? rootNamespace,
        List<DiagnosticInfo> diagnostics)
    {
        var className = NonEmpty(metadata("ClassName")) ?? DefaultClassName(specPath);
        if (!IsIdentifier(className))
        {
            diagnostics.Add(Invalid("ClassName", className, "a C# identifier such as 'PetStoreClient'"));
            className = DefaultClassName(specPath);
        }

        var ns = NonEmpty(metadata("Namespace")) ?? NonEmpty(rootNamespace) ?? "SpecClient.Generated";
        if (!ns.Split('.').All(IsIdentifier))
        {
            diagnostics.Add(Invalid("Namespace", ns, "a dotted C# namespace such as 'Contoso.PetStore'"));
            ns = "SpecClient.Generated";
        }

        var accessibility = Model.Accessibility.Public;
        switch (NonEmpty(metadata("Accessibility"))?.ToLowerInvariant())
        {
            case null:
            case "public":
                break;
            case "internal":
                accessibility = Model.Accessibility.Internal;
                break;
            default:
                diagnostics.Add(Invalid("Accessibility", metadata("Accessibility")!, "'public' or 'internal'"));
                break;
        }

        return new ClientOptions
        {
            ClassName = className,
            Namespace = ns,
            Accessibility = accessibility,
            GroupByTag = Flag("GroupByTag", metadata, diagnostics),
            Validate = Flag("Validate", metadata, diagnostics),
            Selection = OperationSelection.Parse(
                metadata(OperationSelection.IncludeMetadata),
                metadata(OperationSelection.ExcludeMetadata)),
            Pagination = PaginationMetadata.Parse(metadata(PaginationMetadata.MetadataName)),
        };
    }

    /// <summary>A <c>true</c>/<c>false</c> metadata value (default false); anything else is SPEC010.</summary>
    private static bool Flag(string name, Func<string, string?> metadata, List<DiagnosticInfo> diagnostics)
    {
        switch (NonEmpty(metadata(name))?.ToLowerInvariant())
        {
            case null:
            case "false":
                return false;
            case "true":
                return true;
            default:
                diagnostics.Add(Invalid(name, metadata(name)!, "'true' or 'false'"));
                return false;
        }
    }

    /// <summary>The file name in PascalCase plus <c>Client</c>: <c>prolific-credentials.yaml</c> gives <c>ProlificCredentialsClient</c>.</summary>
    public static string DefaultClassName(string specPath)
    {
        var name = Path.GetFileNameWithoutExtension(specPath);
        var builder = new StringBuilder();
        var upper = true;
        foreach (var c in name)
        {
            if (!char.IsLetterOrDigit(c))
            {
                upper = true;
                continue;
            }

            builder.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }

        if (builder.Length == 0 || char.IsDigit(builder[0]))
        {
            builder.Insert(0, "Api");
        }

        return builder.Append("Client").ToString();
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value!.Trim();

    private static bool IsIdentifier(string value) =>
        value.Length > 0
        && (char.IsLetter(value[0]) || value[0] == '_')
        && value.All(c => char.IsLetterOrDigit(c) || c == '_');

    private static DiagnosticInfo Invalid(string name, string value, string allowed) =>
        new(DiagnosticIds.InvalidOption, new EquatableArray<string>(new[] { name, value, allowed }), null);
}
