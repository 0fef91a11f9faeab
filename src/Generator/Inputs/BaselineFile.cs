using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SpecClient.Generator.Inputs;

/// <summary>A baseline spec (an &lt;OpenApiClient&gt; item's Baseline): the entry it belongs to, its path and text (null when unreadable).</summary>
internal sealed record BaselineFile(string For, string Path, string? Text)
{
    private const string ItemMetadata = "build_metadata.AdditionalFiles.";

    /// <summary>The baseline an AdditionalFiles item is (tagged OpenApiClientBaseline by the build); null for any other file.</summary>
    public static BaselineFile? From(AdditionalText file, AnalyzerConfigOptions options, CancellationToken cancellationToken)
    {
        if (!options.TryGetValue(ItemMetadata + "SpecClientItem", out var item) || item != "OpenApiClientBaseline" ||
            !options.TryGetValue(ItemMetadata + "SpecClientBaselineFor", out var owner) || string.IsNullOrEmpty(owner))
        {
            return null;
        }

        return new BaselineFile(owner, file.Path, file.GetText(cancellationToken)?.ToString());
    }
}
