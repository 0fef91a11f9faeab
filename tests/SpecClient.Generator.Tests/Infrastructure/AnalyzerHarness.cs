using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SpecClient.Generator.Analyzers;

namespace SpecClient.Generator.Tests.Infrastructure;

/// <summary>
/// Generates a client from a spec into a compilation that also holds the test's C# code, then runs the real
/// <see cref="CallSiteAnalyzer"/> over it with the spec as an &lt;OpenApiClient&gt; additional file, as a build does.
/// </summary>
public static class AnalyzerHarness
{
    public static async Task<AnalyzerRun> RunAsync(SpecFile spec, string userCode)
    {
        var compilation = GeneratorHarness.CreateCompilation(userCode);
        var generated = GeneratorHarness.Run(compilation, spec);
        var options = new AnalyzerOptions(
            ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText(spec.Path, spec.Text)),
            GeneratorHarness.OptionsProvider(new[] { spec }));
        var withAnalyzer = generated.Compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new CallSiteAnalyzer()), options);
        var analyzerDiagnostics = await withAnalyzer.GetAnalyzerDiagnosticsAsync();
        return new AnalyzerRun(generated, analyzerDiagnostics);
    }
}

/// <summary>The generator's output and the analyzer's diagnostics.</summary>
public sealed record AnalyzerRun(GeneratorOutput Generated, ImmutableArray<Diagnostic> AnalyzerDiagnostics)
{
    /// <summary>Every SPEC diagnostic on the test's code: the analyzer's and the compiler's [Obsolete] ones with SpecClient's ID.</summary>
    public IReadOnlyList<Diagnostic> OnUserCode =>
        AnalyzerDiagnostics
            .Concat(Generated.Compilation.GetDiagnostics().Where(d => d.Id.StartsWith("SPEC", System.StringComparison.Ordinal)))
            .Where(d => d.Location.SourceTree?.FilePath == "Source0.cs")
            .OrderBy(d => d.Location.SourceSpan.Start)
            .ToList();

    /// <summary>The text of the code a diagnostic points at.</summary>
    public static string At(Diagnostic diagnostic) =>
        diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan);
}
