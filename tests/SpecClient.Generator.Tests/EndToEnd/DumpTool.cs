using System;
using System.Collections.Generic;
using System.IO;
using SpecClient.Generator.Tests.Infrastructure;

namespace SpecClient.Generator.Tests.EndToEnd;

/// <summary>Writes generated files of a spec to a folder when SPECCLIENT_DUMP names one (a debugging aid; asserts that it ran).</summary>
public class DumpTool
{
    [Fact]
    public void Dump_generated_files_when_asked()
    {
        var target = Environment.GetEnvironmentVariable("SPECCLIENT_DUMP");
        var spec = Environment.GetEnvironmentVariable("SPECCLIENT_DUMP_SPEC") ?? RepoPaths.Spec("prolific-credentials.yaml");
        var output = GeneratorHarness.Run(new SpecFile(spec, File.ReadAllText(spec), new Dictionary<string, string> { ["Namespace"] = "Corpus.Client" }));
        Assert.NotEmpty(output.Sources);
        if (target is null)
        {
            return;
        }

        Directory.CreateDirectory(target);
        foreach (var source in output.Sources)
        {
            File.WriteAllText(Path.Combine(target, source.HintName), source.SourceText.ToString());
        }
    }
}
