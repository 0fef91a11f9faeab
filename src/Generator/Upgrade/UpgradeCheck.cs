using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using SpecClient.Generator.Diagnostics;
using SpecClient.Generator.Model;
using SpecClient.Generator.Reading;

namespace SpecClient.Generator.Upgrade;

/// <summary>
/// The spec-upgrade check of one client: reads the baseline and the current spec, compares their models and
/// turns the findings into located diagnostics (the current spec's place, the baseline's as the additional one),
/// plus a summary. Runs as its own pipeline step whose output is only diagnostics, so emitters never re-run for it.
/// </summary>
internal static class UpgradeCheck
{
    public static EquatableArray<DiagnosticInfo> Run(UpgradeInput input)
    {
        var baselineName = Path.GetFileName(input.BaselinePath);
        if (input.BaselineText is null)
        {
            return One(DiagnosticIds.BaselineUnreadable, null, input.BaselineDisplay, "the file does not exist");
        }

        var current = SpecReader.Read(input.Current, out var currentLines);
        if (current.Spec is null || currentLines is null)
        {
            // The main pipeline reports why the current spec cannot be read; there is nothing to compare.
            return EquatableArray<DiagnosticInfo>.Empty;
        }

        var baselineInput = input.Current with
        {
            Entry = new SpecDocument(input.BaselinePath, input.BaselineText),
            OtherDocuments = EquatableArray<SpecDocument>.Empty,
        };
        var baseline = SpecReader.Read(baselineInput, out var baselineLines);
        if (baseline.Spec is null || baselineLines is null)
        {
            var reason = baseline.Diagnostics.FirstOrDefault(d => d.MessageArgs.Count > 0)?.MessageArgs[0] ?? "it is not a readable OpenAPI document";
            return One(DiagnosticIds.BaselineUnreadable, new SourceLocation(input.BaselinePath, 0, 0, 0, 0), input.BaselineDisplay, reason);
        }

        // Compared as the client sees them: with the names the binder settles.
        var (breaking, additive) = ModelDiff.Compare(Named(baseline.Spec), Named(current.Spec));
        var diagnostics = new List<DiagnosticInfo>();
        foreach (var finding in breaking.Concat(additive))
        {
            diagnostics.Add(new DiagnosticInfo(finding.Id, finding.MessageArgs, currentLines.Locate(finding.Pointer))
            {
                AdditionalLocation = finding.BaselinePointer is { } pointer ? baselineLines.Locate(pointer) : null,
            });
        }

        if (breaking.Count > 0)
        {
            var top = new SourceLocation(input.Current.Entry.Path, 0, 0, 0, 0);
            diagnostics.Add(new DiagnosticInfo(
                DiagnosticIds.UpgradeSummary,
                new[] { breaking.Count.ToString(CultureInfo.InvariantCulture), baselineName }.ToEquatableArray(),
                top)
            {
                AdditionalLocation = new SourceLocation(input.BaselinePath, 0, 0, 0, 0),
            });
        }

        return diagnostics.ToEquatableArray();
    }

    private static ClientSpec Named(ClientSpec spec) => Binding.NameBinder.Bind(spec, new List<BindFinding>());

    private static EquatableArray<DiagnosticInfo> One(string id, SourceLocation? location, params string[] args) =>
        new[] { new DiagnosticInfo(id, args.ToEquatableArray(), location) }.ToEquatableArray();
}

/// <summary>What the upgrade check of one client needs: the current spec as the reader takes it, and the baseline's text.</summary>
/// <param name="Current">The current spec, its parts and options.</param>
/// <param name="BaselinePath">The baseline's full path.</param>
/// <param name="BaselineDisplay">The Baseline metadata as the project wrote it (for messages).</param>
/// <param name="BaselineText">The baseline's text, or null when the file is missing.</param>
internal sealed record UpgradeInput(SpecInput Current, string BaselinePath, string BaselineDisplay, string? BaselineText);
