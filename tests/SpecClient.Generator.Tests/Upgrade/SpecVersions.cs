using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using SpecClient.Generator.Tests.Infrastructure;

namespace SpecClient.Generator.Tests.Upgrade;

/// <summary>
/// A baseline and a current spec written to a temporary folder (as a project holds them) and given to the real
/// generator: the current one as an &lt;OpenApiClient&gt; with Baseline metadata, the baseline as the build tags it.
/// </summary>
public sealed class SpecVersions : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "specclient-upgrade-" + Guid.NewGuid().ToString("N"));

    public SpecVersions(string baselineText, string currentText, string extension = ".yaml")
    {
        Directory.CreateDirectory(_folder);
        BaselinePath = Path.Combine(_folder, "api.previous" + extension);
        CurrentPath = Path.Combine(_folder, "api" + extension);
        File.WriteAllText(BaselinePath, baselineText);
        File.WriteAllText(CurrentPath, currentText);
    }

    public string BaselinePath { get; }

    public string CurrentPath { get; }

    public SpecFile Current => new(CurrentPath, File.ReadAllText(CurrentPath), new Dictionary<string, string>
    {
        ["ClassName"] = "UpgradeClient",
        ["Namespace"] = "Upgrade.Api",
        ["Baseline"] = "api.previous" + Path.GetExtension(BaselinePath),
    });

    public SpecFile Baseline => new(BaselinePath, File.ReadAllText(BaselinePath), new Dictionary<string, string>
    {
        ["SpecClientBaselineFor"] = CurrentPath,
    }, Item: "OpenApiClientBaseline");

    /// <summary>The upgrade diagnostics (SPEC2xx) of a generator run, in the order reported.</summary>
    public IReadOnlyList<Diagnostic> Run(IReadOnlyDictionary<string, ReportDiagnostic>? severities = null)
    {
        var compilation = GeneratorHarness.CreateCompilation("namespace Consumer { internal static class Anchor { } }");
        if (severities is not null)
        {
            compilation = compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions(
                compilation.Options.SpecificDiagnosticOptions.SetItems(severities)));
        }

        var output = GeneratorHarness.Run(compilation, Current, Baseline);
        Assert.DoesNotContain(output.GeneratorDiagnostics, d => d.Id == "SPEC900");
        return output.GeneratorDiagnostics.Where(d => d.Id.StartsWith("SPEC2", StringComparison.Ordinal)).ToList();
    }

    /// <summary>The findings that can break a caller: neither the summary (SPEC209) nor the additive changes (SPEC210).</summary>
    public static IReadOnlyList<Diagnostic> Breaking(IReadOnlyList<Diagnostic> diagnostics) =>
        diagnostics.Where(d => d.Id is not ("SPEC209" or "SPEC210")).ToList();

    /// <summary>The trimmed text of the line a location starts on.</summary>
    public static string LineAt(Location location) =>
        File.ReadAllLines(location.GetLineSpan().Path)[location.GetLineSpan().StartLinePosition.Line].Trim();

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}

/// <summary>Edits of a spec's text that fail loudly when the text they expect is not there.</summary>
public static class SpecEdits
{
    public static string Replace(string text, string oldValue, string newValue)
    {
        Assert.Contains(oldValue, text, StringComparison.Ordinal);
        return text.Replace(oldValue, newValue, StringComparison.Ordinal);
    }

    /// <summary>Removes the YAML block that starts at the line equal to <paramref name="header"/> (indentation included), after <paramref name="after"/>.</summary>
    public static string RemoveBlock(string text, string header, string? after = null)
    {
        var lines = text.Split('\n').ToList();
        var from = after is null ? 0 : lines.FindIndex(l => l.TrimEnd('\r') == after);
        var start = lines.FindIndex(Math.Max(from, 0), l => l.TrimEnd('\r') == header);
        Assert.True(start >= 0, $"'{header}' not found");
        var indent = header.Length - header.TrimStart().Length;
        var end = start + 1;
        while (end < lines.Count && (lines[end].Trim().Length == 0 || lines[end].Length - lines[end].TrimStart().Length > indent))
        {
            end++;
        }

        lines.RemoveRange(start, end - start);
        return string.Join('\n', lines);
    }
}
