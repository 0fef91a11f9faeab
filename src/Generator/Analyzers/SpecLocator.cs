using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SpecClient.Generator.Inputs;
using SpecClient.Generator.Model;
using SpecClient.Generator.Reading;

namespace SpecClient.Generator.Analyzers;

/// <summary>
/// Turns the JSON pointer an <c>[ApiSchema]</c> carries into the spec's file, line and column, only when a
/// diagnostic is reported. Generated code holds pointers, never line numbers, so moving lines in the spec
/// changes no generated file; the spec is found among the project's &lt;OpenApiClient&gt; items by the namespace
/// its types are generated in, and scanned at most once per compilation.
/// </summary>
internal sealed class SpecLocator
{
    private const string ItemMetadata = "build_metadata.AdditionalFiles.";

    private readonly Lazy<IReadOnlyList<SpecEntry>> _specs;

    public SpecLocator(AnalyzerOptions options, CancellationToken cancellationToken) =>
        _specs = new Lazy<IReadOnlyList<SpecEntry>>(() => FindSpecs(options, cancellationToken), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The place as text for the message (<c>api.yaml(12,7) /components/schemas/Pet/properties/name</c>) and as a location, when the spec is in this project.</summary>
    public (string Text, Location? Location) Locate(ISymbol member, string pointer)
    {
        var ns = member.ContainingNamespace?.ToDisplayString() ?? string.Empty;
        foreach (var spec in _specs.Value)
        {
            if (spec.Namespace != ns || spec.Lines.Value is not { } lines)
            {
                continue;
            }

            var at = lines.Locate(pointer);
            var text = $"{System.IO.Path.GetFileName(at.FilePath)}({at.StartLine + 1},{at.StartColumn + 1}) {pointer}";
            var span = new LinePositionSpan(new LinePosition(at.StartLine, at.StartColumn), new LinePosition(at.EndLine, at.EndColumn));
            return (text, Location.Create(at.FilePath, default, span));
        }

        return (pointer, null);
    }

    private static IReadOnlyList<SpecEntry> FindSpecs(AnalyzerOptions options, CancellationToken cancellationToken)
    {
        options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue("build_property.RootNamespace", out var rootNamespace);
        var specs = new List<SpecEntry>();
        foreach (var file in options.AdditionalFiles)
        {
            var fileOptions = options.AnalyzerConfigOptionsProvider.GetOptions(file);
            if (!fileOptions.TryGetValue(ItemMetadata + "SpecClientItem", out var item) || item != "OpenApiClient")
            {
                continue;
            }

            string? Metadata(string name) => fileOptions.TryGetValue(ItemMetadata + name, out var value) ? value : null;
            var clientOptions = ClientOptionsReader.Read(file.Path, Metadata, rootNamespace, new List<DiagnosticInfo>());
            var lines = new Lazy<SpecLineIndex?>(
                () => file.GetText(cancellationToken)?.ToString() is { } text ? SpecLineIndex.Build(file.Path, text) : null,
                LazyThreadSafetyMode.ExecutionAndPublication);
            specs.Add(new SpecEntry(clientOptions.Namespace, lines));
        }

        return specs.OrderBy(s => s.Namespace, StringComparer.Ordinal).ToList();
    }

    private sealed record SpecEntry(string Namespace, Lazy<SpecLineIndex?> Lines);
}
