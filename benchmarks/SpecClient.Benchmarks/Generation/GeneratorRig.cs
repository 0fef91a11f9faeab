using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SpecClient.Generator;

namespace SpecClient.Benchmarks.Generation;

/// <summary>
/// Drives the real generator through <see cref="CSharpGeneratorDriver"/> in memory, the way the compiler does:
/// the spec arrives as an AdditionalFile with the metadata the SpecClient.Generator.props mapping gives it.
/// Same approach as the test project's GeneratorHarness (not referenced).
/// </summary>
internal static class GeneratorRig
{
    /// <summary>As csc parses a project built without <c>/doc</c> (no GenerateDocumentationFile): doc comments are plain trivia.</summary>
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.None);

    private static readonly ImmutableArray<MetadataReference> References =
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path) is "System.Runtime.dll" or "System.Private.CoreLib.dll" or "System.Net.Http.dll" or "System.Text.Json.dll")
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();

    public static SyntaxTree Tree(string path, string text) => CSharpSyntaxTree.ParseText(text, ParseOptions, path: path);

    public static CSharpCompilation Compilation(params SyntaxTree[] trees) =>
        CSharpCompilation.Create(
            "Consumer",
            trees,
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver Driver(InMemoryAdditionalText spec, bool track) =>
        CSharpGeneratorDriver.Create(
            new[] { new SpecClientGenerator().AsSourceGenerator() },
            new AdditionalText[] { spec },
            ParseOptions,
            new OptionsProvider(spec.Path),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: track));

    /// <summary>Options equal to the driver's but new objects, as each build on a compiler server hands them over.</summary>
    public static AnalyzerConfigOptionsProvider FreshOptions(string specPath) => new OptionsProvider(specPath);

    private sealed class OptionsProvider(string specPath) : AnalyzerConfigOptionsProvider
    {
        private readonly Options _global = new(new() { ["build_property.RootNamespace"] = "Consumer" });
        private readonly Options _spec = new(new()
        {
            ["build_metadata.AdditionalFiles.SpecClientItem"] = "OpenApiClient",
            ["build_metadata.AdditionalFiles.ClassName"] = "BenchClient",
            ["build_metadata.AdditionalFiles.Namespace"] = "Bench.Api",
            // SPECCLIENT_OPERATIONS="listModels,createEmbedding": the item's Operations metadata, as the props pass it.
            ["build_metadata.AdditionalFiles.Operations"] = Environment.GetEnvironmentVariable("SPECCLIENT_OPERATIONS") ?? string.Empty,
        });
        private readonly Options _none = new(new());

        public override AnalyzerConfigOptions GlobalOptions => _global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _none;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => textFile.Path == specPath ? _spec : _none;
    }

    private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}

/// <summary>An AdditionalFile held in memory; a new instance with other text is an edit to the spec.</summary>
internal sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
