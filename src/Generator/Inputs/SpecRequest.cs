using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SpecClient.Generator.Model;
using SpecClient.Generator.Reading.Bundling;

namespace SpecClient.Generator.Inputs;

/// <summary>One &lt;OpenApiClient&gt; item: its path, its text (null when unreadable) and its metadata.</summary>
internal sealed record SpecRequest(string Path, string? Text, EquatableArray<MetadataValue> Metadata)
{
    private const string ItemMetadata = "build_metadata.AdditionalFiles.";

    /// <summary>The spec files under its reference root that the build supplied (a multi-file spec's other files).</summary>
    public EquatableArray<SpecDocument> Parts { get; init; } = EquatableArray<SpecDocument>.Empty;

    /// <summary>The request an AdditionalFiles item makes when it is an &lt;OpenApiClient&gt;; null for any other file.</summary>
    public static SpecRequest? From(AdditionalText file, AnalyzerConfigOptions options, CancellationToken cancellationToken)
    {
        if (!IsItem(options, "OpenApiClient"))
        {
            return null;
        }

        string? Metadata(string name) => options.TryGetValue(ItemMetadata + name, out var value) ? value : null;
        var metadata = new[] { "ClassName", "Namespace", "Accessibility", "GroupByTag", "SpecRoot", "Baseline", "Validate", OperationSelection.IncludeMetadata, OperationSelection.ExcludeMetadata, PaginationMetadata.MetadataName }
            .Select(name => new MetadataValue(name, Metadata(name)))
            .ToEquatableArray();
        return new SpecRequest(file.Path, file.GetText(cancellationToken)?.ToString(), metadata);
    }

    /// <summary>A file a multi-file spec may reach (an &lt;OpenApiClientPart&gt; item); null for any other file.</summary>
    public static SpecDocument? PartFrom(AdditionalText file, AnalyzerConfigOptions options, CancellationToken cancellationToken)
    {
        if (!IsItem(options, "OpenApiClientPart"))
        {
            return null;
        }

        // An unreadable part is left out; a $ref to it then reports a located SPEC004.
        return file.GetText(cancellationToken)?.ToString() is { } text ? new SpecDocument(file.Path, text) : null;
    }

    /// <summary>
    /// The folder its references may reach: the SpecRoot metadata (the props default it to the project folder),
    /// else the entry's own folder.
    /// </summary>
    public string ReferenceRoot =>
        Get("SpecRoot") is { Length: > 0 } root ? SpecPaths.Normalize(root) : SpecPaths.Directory(SpecPaths.Normalize(Path));

    public SpecRequest WithPartsFrom(EquatableArray<SpecDocument> parts)
    {
        var folder = ReferenceRoot;
        var mine = parts.Where(part => part.Path != Path && SpecPaths.IsUnder(part.Path, folder)).ToEquatableArray();
        return mine.IsEmpty && Parts.IsEmpty ? this : this with { Parts = mine };
    }

    public string? Get(string name) => Metadata.FirstOrDefault(m => m.Name == name)?.Value;

    private static bool IsItem(AnalyzerConfigOptions options, string itemName) =>
        options.TryGetValue(ItemMetadata + "SpecClientItem", out var item) && item == itemName;
}

/// <summary>A metadata name and value of an &lt;OpenApiClient&gt; item.</summary>
internal sealed record MetadataValue(string Name, string? Value);
