using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SpecClient.Generator.Tests.Infrastructure;

/// <summary>A spec given to the generator as an &lt;OpenApiClient&gt; item would be.</summary>
/// <param name="Item">The item kind the build tags it with: <c>OpenApiClient</c>, or <c>OpenApiClientBaseline</c> for a baseline.</param>
public sealed record SpecFile(string Path, string? Text, IReadOnlyDictionary<string, string>? Metadata = null, string Item = "OpenApiClient");

/// <summary>Runs the real generator through <see cref="CSharpGeneratorDriver"/> on an in-memory compilation.</summary>
public static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    public static CSharpCompilation CreateCompilation(params string[] sources) =>
        CSharpCompilation.Create(
            "Consumer",
            sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, ParseOptions, path: $"Source{i}.cs")),
            References.All,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                generalDiagnosticOption: ReportDiagnostic.Error)
            // The SDK suppresses these two by default: SpecClient.Runtime targets net8.0 and unifies with the newer framework.
            .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic>
            {
                ["CS1701"] = ReportDiagnostic.Suppress,
                ["CS1702"] = ReportDiagnostic.Suppress,
            }));

    /// <summary>The compilation re-parsed as a build with GenerateDocumentationFile parses it: doc comments are checked (CS1570-CS1591).</summary>
    public static Compilation WithDocumentation(Compilation compilation)
    {
        var options = ParseOptions.WithDocumentationMode(DocumentationMode.Diagnose);
        return compilation.RemoveAllSyntaxTrees()
            .AddSyntaxTrees(compilation.SyntaxTrees.Select(t => CSharpSyntaxTree.ParseText(t.GetText(), options, t.FilePath)));
    }

    public static GeneratorDriver CreateDriver(IEnumerable<SpecFile> specs, IReadOnlyDictionary<string, string>? globalOptions = null) =>
        CreateDriver(specs, out _, globalOptions);

    /// <summary>Creates a driver and hands back the additional texts, so a test can replace one (an edit to a spec).</summary>
    public static GeneratorDriver CreateDriver(IEnumerable<SpecFile> specs, out ImmutableArray<AdditionalText> texts, IReadOnlyDictionary<string, string>? globalOptions = null)
    {
        var specList = specs.ToList();
        texts = specList.Select(s => (AdditionalText)new InMemoryAdditionalText(s.Path, s.Text)).ToImmutableArray();
        var provider = OptionsProvider(specList, globalOptions);
        return CSharpGeneratorDriver.Create(
            new[] { new SpecClientGenerator().AsSourceGenerator() },
            texts,
            ParseOptions,
            provider,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
    }

    /// <summary>Options as MSBuild gives them: the RootNamespace, and each spec's item metadata.</summary>
    public static TestAnalyzerConfigOptionsProvider OptionsProvider(IEnumerable<SpecFile> specs, IReadOnlyDictionary<string, string>? globalOptions = null) =>
        new(
            globalOptions ?? new Dictionary<string, string> { ["build_property.RootNamespace"] = "Consumer" },
            specs.ToDictionary(s => s.Path, s => (IReadOnlyDictionary<string, string>)ItemOptions(s.Metadata, s.Item)));

    public static GeneratorOutput Run(params SpecFile[] specs) => Run(CreateCompilation("namespace Consumer { internal static class Anchor { } }"), specs);

    public static GeneratorOutput Run(Compilation compilation, params SpecFile[] specs)
    {
        var driver = CreateDriver(specs).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return new GeneratorOutput(driver, driver.GetRunResult(), output, diagnostics);
    }

    private static Dictionary<string, string> ItemOptions(IReadOnlyDictionary<string, string>? metadata, string item)
    {
        var options = new Dictionary<string, string> { ["build_metadata.AdditionalFiles.SpecClientItem"] = item };
        foreach (var pair in metadata ?? new Dictionary<string, string>())
        {
            options["build_metadata.AdditionalFiles." + pair.Key] = pair.Value;
        }

        return options;
    }
}

/// <summary>What a generator run produced: sources, the generator's diagnostics, and the compilation with the sources added.</summary>
public sealed record GeneratorOutput(
    GeneratorDriver Driver,
    GeneratorDriverRunResult Result,
    Compilation Compilation,
    ImmutableArray<Diagnostic> GeneratorDiagnostics)
{
    public IReadOnlyList<GeneratedSourceResult> Sources => Result.Results.SelectMany(r => r.GeneratedSources).ToList();

    /// <summary>Errors and warnings of compiling the generated code (generator diagnostics excluded).</summary>
    public IReadOnlyList<Diagnostic> CompilationProblems =>
        Compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
}
