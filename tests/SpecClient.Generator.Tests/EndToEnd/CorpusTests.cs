using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using SpecClient.Generator.Diagnostics;
using SpecClient.Generator.Tests.Infrastructure;
using Xunit.Abstractions;

namespace SpecClient.Generator.Tests.EndToEnd;

/// <summary>
/// Every real spec in ../shared/corpus through the real generator in one process, compiled in memory:
/// zero compile errors, no generator exception, and whatever is unsupported is a located warning.
/// </summary>
public class CorpusTests
{
    private readonly ITestOutputHelper _output;

    public CorpusTests(ITestOutputHelper output) => _output = output;

    public static TheoryData<string> CorpusSpecs()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(RepoPaths.Corpus).Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal)).OrderBy(f => f, StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        data.Add("digitalocean/DigitalOcean-public.v2.yaml");
        return data;
    }

    /// <summary>
    /// A spec in its own folder is split over several files: the others come in as the build would pass
    /// them (OpenApiClientPart items), read from the corpus in place.
    /// </summary>
    private static IEnumerable<SpecFile> PartsOf(string relativePath)
    {
        var folder = Path.GetDirectoryName(relativePath);
        if (string.IsNullOrEmpty(folder))
        {
            return Enumerable.Empty<SpecFile>();
        }

        var entry = Path.Combine(RepoPaths.Corpus, relativePath);
        return Directory.EnumerateFiles(Path.Combine(RepoPaths.Corpus, folder), "*.*", SearchOption.AllDirectories)
            .Where(f => f != entry && (f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal)))
            .Select(f => new SpecFile(f, File.ReadAllText(f), new Dictionary<string, string> { ["SpecClientItem"] = "OpenApiClientPart" }));
    }

    [Theory]
    [MemberData(nameof(CorpusSpecs))]
    public void Corpus_spec_generates_code_that_compiles(string relativePath)
    {
        var path = Path.Combine(RepoPaths.Corpus, relativePath);
        var entry = new SpecFile(path, File.ReadAllText(path), new Dictionary<string, string> { ["Namespace"] = "Corpus.Client" });
        var output = GeneratorHarness.Run(new[] { entry }.Concat(PartsOf(relativePath)).ToArray());

        Assert.All(output.Result.Results, r => Assert.Null(r.Exception));
        // By default severity: the harness compiles with warnings as errors, which also raises our warnings.
        var errors = output.GeneratorDiagnostics.Where(d => d.DefaultSeverity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(20)));
        var warnings = output.GeneratorDiagnostics.Where(d => d.DefaultSeverity == DiagnosticSeverity.Warning).ToList();
        Assert.All(warnings, w => Assert.True(w.Location.IsInSource || w.Location.Kind == LocationKind.ExternalFile, $"Unlocated warning: {w}"));

        var compileErrors = output.Compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        var client = output.Compilation.GetTypeByMetadataName("Corpus.Client." + SpecClient.Generator.Inputs.ClientOptionsReader.DefaultClassName(path));
        static bool IsOperation(IMethodSymbol m) => m.DeclaredAccessibility == Accessibility.Public && m.Name.EndsWith("Async", StringComparison.Ordinal);
        var operations = client?.GetMembers().OfType<IMethodSymbol>().Count(IsOperation) ?? 0;
        var groups = client?.GetTypeMembers().Sum(g => g.GetMembers().OfType<IMethodSymbol>().Count(IsOperation)) ?? 0;
        _output.WriteLine($"| {relativePath} | operations {operations + groups} | files {output.Sources.Count} | warnings {warnings.Count} | compile errors {compileErrors.Count} |");
        foreach (var group in warnings.GroupBy(w => w.Id))
        {
            _output.WriteLine($"  {group.Key} x{group.Count()}: {group.First().GetMessage()} at {group.First().Location.GetLineSpan()}");
        }

        Assert.True(compileErrors.Count == 0, string.Join("\n", compileErrors.Take(20)));
        Assert.NotNull(client);
    }
}
