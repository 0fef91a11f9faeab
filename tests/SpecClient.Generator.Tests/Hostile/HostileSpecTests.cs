using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using SpecClient.Generator.Tests.Infrastructure;

namespace SpecClient.Generator.Tests.Hostile;

/// <summary>
/// Spec text never becomes code: with hostile text in every place a spec can put text, the output compiles and
/// defines exactly what the same spec with harmless text defines, checked by reflection on the compiled assembly.
/// </summary>
public class HostileSpecTests
{
    private readonly Xunit.Abstractions.ITestOutputHelper _output;

    public HostileSpecTests(Xunit.Abstractions.ITestOutputHelper output) => _output = output;

    internal static GeneratorOutput Generate(string yaml) =>
        GeneratorHarness.Run(new SpecFile("/specs/hostile.yaml", yaml, new Dictionary<string, string> { ["ClassName"] = "HostileClient", ["Namespace"] = "Hostile.Api", ["GroupByTag"] = "true" }));

    [Fact]
    public void Probe()
    {
        var yaml = HostileSpec.Yaml(Payloads.All, "x");
        System.IO.File.WriteAllText("/tmp/h4hostile/spec.yaml", yaml);
        var output = Generate(yaml);
        foreach (var d in output.GeneratorDiagnostics)
        {
            _output.WriteLine("GEN " + d);
        }

        foreach (var d in output.CompilationProblems.Take(60))
        {
            _output.WriteLine("CS " + d);
        }

        foreach (var s in output.Sources)
        {
            System.IO.File.WriteAllText("/tmp/h4hostile/" + s.HintName, s.SourceText.ToString());
        }

        Assert.Empty(output.CompilationProblems);
    }
}
