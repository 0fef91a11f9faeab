using System.Diagnostics;
using Microsoft.CodeAnalysis;

namespace SpecClient.Benchmarks.Generation;

/// <summary>
/// `--steps SPEC`: runs the generator cold, then after an unrelated C# edit, then after a spec edit, with step tracking,
/// and prints each tracked step's output reasons (Cached/Unchanged/Modified/New/Removed) and the generated sources' state.
/// `--generate SPEC`: one cold generation in a fresh process, for comparison with the peers' CLIs (process start included).
/// </summary>
internal static class StepReport
{
    public static int Steps(string spec)
    {
        var path = Paths.Spec(spec);
        var text = File.ReadAllText(path);
        var original = new InMemoryAdditionalText(path, text);
        var edited = new InMemoryAdditionalText(path, text + (path.EndsWith(".json", StringComparison.Ordinal) ? "\n " : "\n# edited\n"));
        var other = GeneratorRig.Tree("Other.cs", "namespace Consumer { internal static class Other { public static int Value => 1; } }");
        var compilation = GeneratorRig.Compilation(GeneratorRig.Tree("Anchor.cs", "namespace Consumer { internal static class Anchor { } }"), other);

        var stopwatch = Stopwatch.StartNew();
        var driver = GeneratorRig.Driver(original, track: true).RunGenerators(compilation);
        Print($"cold ({stopwatch.Elapsed.TotalMilliseconds:F0} ms incl. JIT)", driver);

        var editedCompilation = compilation.ReplaceSyntaxTree(other, GeneratorRig.Tree("Other.cs", "namespace Consumer { internal static class Other { public static int Value => 2; } }"));
        stopwatch.Restart();
        var afterUnrelated = driver.RunGenerators(editedCompilation);
        Print($"unrelated .cs edit ({stopwatch.Elapsed.TotalMilliseconds:F2} ms)", afterUnrelated);

        // What a compiler server's cached driver sees on the next build: the same spec, options and parse options in
        // new objects (each build reads them again), and a new compilation.
        var again = new InMemoryAdditionalText(path, text);
        stopwatch.Restart();
        var nextBuild = afterUnrelated.ReplaceAdditionalText(original, again)
            .WithUpdatedAnalyzerConfigOptions(GeneratorRig.FreshOptions(path))
            .WithUpdatedParseOptions(new Microsoft.CodeAnalysis.CSharp.CSharpParseOptions(Microsoft.CodeAnalysis.CSharp.LanguageVersion.Latest))
            .RunGenerators(compilation.ReplaceSyntaxTree(other, GeneratorRig.Tree("Other.cs", "namespace Consumer { internal static class Other { public static int Value => 3; } }")));
        Print($"next build on a compiler server: equal inputs in new objects ({stopwatch.Elapsed.TotalMilliseconds:F2} ms)", nextBuild);

        stopwatch.Restart();
        var afterSpec = driver.ReplaceAdditionalText(original, edited).RunGenerators(compilation);
        Print($"spec edit, no model change ({stopwatch.Elapsed.TotalMilliseconds:F0} ms)", afterSpec);
        return 0;
    }

    public static int Generate(string spec, string? dumpTo = null)
    {
        var path = Paths.Spec(spec);
        var driver = GeneratorRig.Driver(new InMemoryAdditionalText(path, File.ReadAllText(path)), track: false)
            .RunGenerators(GeneratorRig.Compilation(GeneratorRig.Tree("Anchor.cs", "namespace Consumer { internal static class Anchor { } }")));
        var result = driver.GetRunResult();
        if (dumpTo is not null)
        {
            Directory.CreateDirectory(dumpTo);
            foreach (var source in result.Results.SelectMany(r => r.GeneratedSources))
            {
                File.WriteAllText(Path.Combine(dumpTo, source.HintName), source.SourceText.ToString());
            }
        }

        Console.WriteLine($"{spec}: {result.GeneratedTrees.Length} sources, {result.Results.Sum(r => r.GeneratedSources.Sum(s => s.SourceText.Length)):N0} chars, {result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error)} errors, {result.Diagnostics.Length} diagnostics; generator {driver.GetTimingInfo().GeneratorTimes[0].ElapsedTime.TotalSeconds:F2} s (as ReportAnalyzer counts it)");
        foreach (var diagnostic in result.Diagnostics.Where(d => d.Id == "SPEC031"))
        {
            Console.WriteLine(diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        }
        return 0;
    }

    private static void Print(string title, GeneratorDriver driver)
    {
        var run = driver.GetRunResult().Results[0];
        Console.WriteLine($"## {title}");
        foreach (var (name, steps) in run.TrackedSteps.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            var reasons = steps.SelectMany(step => step.Outputs).GroupBy(output => output.Reason).Select(group => $"{group.Key} x{group.Count()}");
            Console.WriteLine($"  step {name,-16} {string.Join(", ", reasons)}");
        }

        foreach (var (name, steps) in run.TrackedOutputSteps.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            var reasons = steps.SelectMany(step => step.Outputs).GroupBy(output => output.Reason).Select(group => $"{group.Key} x{group.Count()}");
            Console.WriteLine($"  output {name,-14} {string.Join(", ", reasons)}");
        }

        Console.WriteLine($"  generated sources: {run.GeneratedSources.Length}");
    }
}
