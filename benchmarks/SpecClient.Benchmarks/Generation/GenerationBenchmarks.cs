using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.CodeAnalysis;

namespace SpecClient.Benchmarks.Generation;

/// <summary>
/// The generator's cost in the compiler, per spec: a cold run (parse, model, emit, plus Roslyn parsing the emitted
/// sources, as it does for every AddSource), an edit to an unrelated C# file after a warm run, and an edit to the spec.
/// </summary>
public abstract class GeneratorBenchmarkBase
{
    private const string Anchor = "namespace Consumer { internal static class Anchor { } }";
    private const string Unrelated = "namespace Consumer { internal static class Other { public static int Value => 1; } }";

    private protected InMemoryAdditionalText _spec = null!;
    private protected InMemoryAdditionalText _editedSpec = null!;
    private protected Compilation _compilation = null!;
    private protected Compilation _editedCompilation = null!;
    private protected GeneratorDriver _warm = null!;

    /// <summary>prolific: the bundled 3-operation spec; swagger-petstore3.yaml (23 KB) and twilio-conversations-v1.json (852 KB): mid-size; openai.yaml (3 MB): the corpus's largest single file.</summary>
    [Params("prolific", "swagger-petstore3.yaml", "twilio-conversations-v1.json", "openai.yaml")]
    public string Spec { get; set; } = "prolific";

    [GlobalSetup]
    public void Setup()
    {
        var path = Paths.Spec(Spec);
        var text = File.ReadAllText(path);
        _spec = new InMemoryAdditionalText(path, text);
        // A real edit that changes no model: trailing whitespace for JSON, a trailing comment for YAML.
        _editedSpec = new InMemoryAdditionalText(path, text + (path.EndsWith(".json", StringComparison.Ordinal) ? "\n " : "\n# edited\n"));
        var anchor = GeneratorRig.Tree("Anchor.cs", Anchor);
        var unrelated = GeneratorRig.Tree("Other.cs", Unrelated);
        _compilation = GeneratorRig.Compilation(anchor, unrelated);
        _editedCompilation = _compilation.ReplaceSyntaxTree(unrelated, GeneratorRig.Tree("Other.cs", Unrelated.Replace("=> 1", "=> 2", StringComparison.Ordinal)));
        _warm = GeneratorRig.Driver(_spec, track: false).RunGenerators(_compilation);
        var generated = _warm.GetRunResult().GeneratedTrees.Length;
        if (generated == 0)
        {
            throw new InvalidOperationException($"The generator produced nothing for {Spec}: {string.Join("; ", _warm.GetRunResult().Diagnostics)}");
        }
    }

}

/// <summary>Cold generation and a spec edit: milliseconds to seconds each, so one invocation per iteration (Monitoring).</summary>
[MemoryDiagnoser]
[ShortInProcessJob(monitoring: true)]
public class GenerationBenchmarks : GeneratorBenchmarkBase
{
    [Benchmark(Description = "cold: parse+model+emit")]
    public GeneratorDriver Cold() => GeneratorRig.Driver(_spec, track: false).RunGenerators(_compilation);

    [Benchmark(Description = "warm: spec edit")]
    public GeneratorDriver SpecEdit() => _warm.ReplaceAdditionalText(_spec, _editedSpec).RunGenerators(_compilation);
}

/// <summary>An edit to an unrelated C# file after a warm run: microseconds, so the normal throughput job.</summary>
[MemoryDiagnoser]
[ShortInProcessJob]
public class UnrelatedEditBenchmarks : GeneratorBenchmarkBase
{
    [Benchmark(Description = "warm: unrelated .cs edit")]
    public GeneratorDriver UnrelatedEdit() => _warm.RunGenerators(_editedCompilation);
}
