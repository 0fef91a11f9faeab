using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;
using SharpYaml.Serialization;
using SpecClient.Generator.Tests.Infrastructure;
using SpecClient.Generator.Tests.Reading;

namespace SpecClient.Generator.Tests.Hostile;

/// <summary>
/// Seeded fuzzing over mutated corpus specs (<see cref="SpecMutator"/>, plus truncation). Each case fails on a
/// generator crash, on generation plus compilation taking over 10 s (a bound on hangs, not a speed assertion), on
/// an error diagnostic without a location inside the spec, and on output that does not compile while the
/// generator reported no error. Deterministic: a failure names the seed and case to replay.
/// </summary>
[Collection(nameof(FuzzTests))]
public class FuzzTests
{
    private const int Seed = 20261129;
    private const int Cases = 24;
    private static readonly TimeSpan HangBound = TimeSpan.FromSeconds(10);

    private static readonly string[] CorpusFiles =
    {
        "specs/prolific-credentials.yaml",
        "../shared/corpus/oai-v2-petstore-expanded.yaml",
        "../shared/corpus/oai-v2-petstore.json",
        "../shared/corpus/oai-v3.0-petstore-expanded.yaml",
        "../shared/corpus/oai-v3.0-uspto.yaml",
        "../shared/corpus/oai-v3.0-link-example.yaml",
        "../shared/corpus/oai-v3.0-api-with-examples.json",
        "../shared/corpus/redocly-museum.yaml",
        "../shared/corpus/swagger-petstore3.yaml",
        "../shared/corpus/openapinet-azureblob.yaml",
        "../shared/corpus/openapinet-docWith31properties.json",
    };

    private readonly Xunit.Abstractions.ITestOutputHelper _output;

    public FuzzTests(Xunit.Abstractions.ITestOutputHelper output) => _output = output;

    [Fact]
    public void Mutated_corpus_specs_never_crash_hang_mislocate_or_leave_code_that_does_not_compile_unreported()
    {
        var corpus = CorpusFiles.Select(file => (Name: file, Document: Load(Path.Combine(ReaderHarness.RepoRoot(), file)))).ToList();
        var random = new Random(Seed);
        var failures = new List<string>();

        // The first compilation in the process loads and JITs the compiler; that is not a hang of this spec.
        _output.WriteLine("warm-up: " + (Check(File.ReadAllText(Path.Combine(ReaderHarness.RepoRoot(), CorpusFiles[0]))) ?? "ok"));
        var total = Stopwatch.StartNew();
        for (var index = 0; index < Cases; index++)
        {
            var (name, original) = corpus[random.Next(corpus.Count)];
            var document = (JsonObject)original.DeepClone();
            var mutator = new SpecMutator(random);
            mutator.Mutate(document);
            var text = document.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
            if (random.Next(5) == 0)
            {
                var length = random.Next(text.Length);
                text = text.Substring(0, length);
                mutator.Applied.Add("truncated at " + length);
            }

            var label = $"case {index} (seed {Seed}): {name}: {string.Join("; ", mutator.Applied)}";
            var problem = Check(text);
            _output.WriteLine(label + " -> " + (problem ?? "ok"));
            if (problem is not null)
            {
                failures.Add(label + "\n    " + problem);
            }
        }

        _output.WriteLine($"{Cases} cases in {total.Elapsed.TotalSeconds:F1} s");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <returns>What went wrong with this spec, or null.</returns>
    internal static string? Check(string text)
    {
        const string Path = "/specs/fuzz.json";
        if (text.Length >= 1_000_000)
        {
            return null;
        }

        var watch = Stopwatch.StartNew();
        GeneratorOutput output;
        IReadOnlyList<Diagnostic> compileErrors;
        TimeSpan generation;
        try
        {
            output = GeneratorHarness.Run(new SpecFile(Path, text, new Dictionary<string, string> { ["ClassName"] = "FuzzClient", ["Namespace"] = "Fuzz.Api" }));
            generation = watch.Elapsed;
            compileErrors = output.Compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        }
        catch (Exception exception)
        {
            return "crash: " + exception.GetType().Name + ": " + exception.Message;
        }

        if (watch.Elapsed > HangBound)
        {
            return $"generation and compilation took {watch.Elapsed.TotalSeconds:F1} s (generation {generation.TotalSeconds:F1} s)";
        }

        var generatorErrors = output.GeneratorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (output.GeneratorDiagnostics.FirstOrDefault(d => d.Id is "SPEC900" or "CS8785") is { } crash)
        {
            return "generator crash: " + crash;
        }

        foreach (var error in generatorErrors)
        {
            var span = error.Location.GetLineSpan();
            var inside = error.Location.Kind == LocationKind.ExternalFile && span.Path == Path &&
                DiagnosticLocationTests.IsInside(
                    new Model.SourceLocation(Path, span.StartLinePosition.Line, span.StartLinePosition.Character, span.EndLinePosition.Line, span.EndLinePosition.Character),
                    text);
            if (!inside)
            {
                return "error outside the spec: " + error;
            }
        }

        if (compileErrors.Count > 0 && generatorErrors.Count == 0)
        {
            return "output does not compile, and the generator reported no error: " + string.Join(" | ", compileErrors.Take(3));
        }

        return null;
    }

    private static JsonObject Load(string path)
    {
        var text = File.ReadAllText(path);
        if (path.EndsWith(".json", StringComparison.Ordinal))
        {
            return (JsonObject)JsonNode.Parse(text)!;
        }

        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return (JsonObject)ToJson(stream.Documents[0].RootNode)!;
    }

    /// <summary>YAML to JSON for the mutator; plain scalars are typed as the generator's reader types them.</summary>
    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode mapping => new JsonObject(mapping.Children.Select(p => KeyValuePair.Create(((YamlScalarNode)p.Key).Value!, ToJson(p.Value)))),
        YamlSequenceNode sequence => new JsonArray(sequence.Children.Select(ToJson).ToArray()),
        YamlScalarNode { Style: SharpYaml.ScalarStyle.Plain } scalar => Plain(scalar.Value ?? string.Empty),
        YamlScalarNode scalar => JsonValue.Create(scalar.Value),
        _ => null,
    };

    private static JsonNode? Plain(string value)
    {
        if (long.TryParse(value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var integer))
        {
            return JsonValue.Create(integer);
        }

        if (double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            return JsonValue.Create(number);
        }

        return value switch
        {
            "true" => JsonValue.Create(true),
            "false" => JsonValue.Create(false),
            "null" or "~" => null,
            _ => JsonValue.Create(value),
        };
    }
}

/// <summary>The fuzz test runs alone: its hang bound measures one spec, not the other test classes running beside it.</summary>
[CollectionDefinition(nameof(FuzzTests), DisableParallelization = true)]
public sealed class FuzzCollection
{
}
