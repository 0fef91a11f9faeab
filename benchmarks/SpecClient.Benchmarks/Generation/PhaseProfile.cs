using System.Diagnostics;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.OpenApi.Reader;
using Microsoft.CodeAnalysis.Text;
using SpecClient.Generator.Emitting;
using SpecClient.Generator.Model;
using SpecClient.Generator.Reading;

namespace SpecClient.Benchmarks.Generation;

/// <summary>
/// `--profile SPEC [ROUNDS]`: where one generation's time and allocations go, phase by phase, in this process:
/// the line index and the JSON nodes (one SharpYaml parse), OpenAPI.NET's document from them (and, for comparison, from the text), our mapping
/// to the model, our emit, and Roslyn parsing the emitted text (what the driver does with every AddSource).
/// Round 1 includes JIT; later rounds are warm. Time is the process's CPU time (less sensitive to a loaded machine
/// than wall time; the GC runs on this thread: workstation, non-concurrent); allocation is exact.
/// </summary>
internal static class PhaseProfile
{
    private static Microsoft.OpenApi.Reader.ReadResult Parse(string text, Microsoft.OpenApi.Reader.OpenApiReaderSettings settings)
    {
        settings.LoadExternalRefs = false;
        settings.AddYamlReader();
        return Microsoft.OpenApi.OpenApiDocument.Parse(text, text.TrimStart().StartsWith('{') ? "json" : "yaml", settings);
    }

    public static int Run(string spec, int rounds)
    {
        var path = Paths.Spec(spec);
        var text = File.ReadAllText(path);
        if (Environment.GetEnvironmentVariable("PROFILE_DRIVER_ONLY") == "1")
        {
            return DriverOnly(path, text, spec, rounds);
        }

        for (var round = 1; round <= rounds; round++)
        {
            var phases = new List<(string Name, double Ms, long Bytes)>();
            T Phase<T>(string name, Func<T> work)
            {
                var bytes = GC.GetTotalAllocatedBytes(precise: true);
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var result = work();
                phases.Add((name, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds, GC.GetTotalAllocatedBytes(precise: true) - bytes));
                return result;
            }

            var lines = Phase("line index + JSON nodes (one SharpYaml parse)", () => SpecLineIndex.Build(path, text, buildTree: true));
            var context = new ReadContext(lines);
            var loaded = Phase("OpenAPI.NET document from them + validation", () => DocumentLoader.Load(text, context))!.Value;
            context.Loaded(loaded.Document, loaded.Version);
            // OpenAPI.NET alone from the text (its own YAML parse), with its default validation rules and without them.
            Phase("  validation rules (the two below: difference)", () => 0);
            var withRules = phases.Count - 1;
            Phase("  OpenAPI.NET from text, default rules", () => Parse(text, new Microsoft.OpenApi.Reader.OpenApiReaderSettings()));
            Phase("  OpenAPI.NET from text, no rules", () => Parse(text, new Microsoft.OpenApi.Reader.OpenApiReaderSettings { RuleSet = new Microsoft.OpenApi.ValidationRuleSet() }));
            phases[withRules] = (phases[withRules].Name, phases[^2].Ms - phases[^1].Ms, phases[^2].Bytes - phases[^1].Bytes);
            var read = Phase("whole reader (index, document, mapping, places)", () => SpecReader.Read(new SpecInput
            {
                Entry = new SpecDocument(path, text),
                Options = new ClientOptions { ClassName = "BenchClient", Namespace = "Bench.Api" },
            })).Spec!;
            var model = Phase("binder (names, methods, results, JSON metadata)", () => SpecClient.Generator.Binding.ClientBinder.Bind(read).Client);
            var files = Phase("emit (model -> C# text)", () => SourceEmitter.Emit(model, new EmitOptions(DependencyInjection: false)));
            Phase("Roslyn: SourceText + parse of the emitted text", () => files
                .Select(f => CSharpSyntaxTree.ParseText(SourceText.From(f.Text, System.Text.Encoding.UTF8), GeneratorRig.ParseOptions, path: f.HintName))
                .Count());
            Phase("whole generator: a new driver run (the cold benchmark)", () => GeneratorRig.Driver(new InMemoryAdditionalText(path, text), track: false)
                .RunGenerators(GeneratorRig.Compilation(GeneratorRig.Tree("Anchor.cs", "namespace Consumer { internal static class Anchor { } }"))));
            Console.WriteLine($"## {spec}, round {round}{(round == 1 ? " (includes JIT)" : string.Empty)}: {files.Count} files, {files.Sum(f => f.Text.Length):N0} chars, {model.Types.Count} types, {model.Operations.Count} operations");
            foreach (var (name, ms, bytes) in phases)
            {
                Console.WriteLine($"  {name,-48} {ms,8:F0} ms CPU {bytes / 1048576.0,9:F1} MB");
            }

            GC.Collect();
        }

        return 0;
    }

    /// <summary>
    /// `PROFILE_DRIVER_ONLY=1 --profile SPEC N`: only the whole driver run, N times. Round 1 is the first time this
    /// process runs any generator code: the JIT of the generator, OpenAPI.NET, SharpYaml and System.Text.Json's nodes
    /// is in it, as in a compiler that loads the generator for its first build (the compilation it runs on is made
    /// before the clock starts). Prints CPU and wall time and the bytes allocated, per round.
    /// </summary>
    private static int DriverOnly(string path, string text, string spec, int rounds)
    {
        var compilation = GeneratorRig.Compilation(GeneratorRig.Tree("Anchor.cs", "namespace Consumer { internal static class Anchor { } }"));
        for (var round = 1; round <= rounds; round++)
        {
            var bytes = GC.GetTotalAllocatedBytes(precise: true);
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var wall = Stopwatch.StartNew();
            var driver = GeneratorRig.Driver(new InMemoryAdditionalText(path, text), track: false).RunGenerators(compilation);
            wall.Stop();
            var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - bytes;
            var result = driver.GetRunResult();
            Console.WriteLine(
                $"## {spec}, driver run {round}{(round == 1 ? " (first in the process: JIT included)" : string.Empty)}: {result.GeneratedTrees.Length} files, " +
                $"{result.GeneratedTrees.Sum(t => t.GetText().Length):N0} chars, {wall.Elapsed.TotalMilliseconds:F0} ms wall, {cpuMs:F0} ms CPU, {allocated / 1048576.0:F1} MB");
            GC.Collect();
        }

        return 0;
    }
}
