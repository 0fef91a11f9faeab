using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SpecClient.Generator.Tests.Infrastructure;
using SpecClient.Generator.Tests.Upgrade;

namespace SpecClient.Generator.Tests.Incrementality;

/// <summary>
/// The upgrade check is a step of its own whose output is only diagnostics: editing the baseline re-runs it and
/// nothing that emits code; an unrelated C# edit re-runs nothing. Constraint attributes carry JSON pointers, not
/// line numbers, so moving lines in the spec leaves every generated file as it was.
/// </summary>
public class UpgradeAndConstraintIncrementalityTests
{
    private static readonly string Petstore = File.ReadAllText(Path.Combine(RepoPaths.Corpus, "swagger-petstore3.yaml"));

    private static readonly string[] ModelSteps = { TrackingNames.ReadResults, TrackingNames.ClientModels, TrackingNames.ClientModelsForEmit };

    [Fact]
    public void Editing_the_baseline_reruns_the_upgrade_check_and_no_emitter()
    {
        using var versions = new SpecVersions(Petstore, Petstore);
        var compilation = GeneratorHarness.CreateCompilation("namespace Consumer { internal static class First { } }");
        var driver = GeneratorHarness.CreateDriver(new[] { versions.Current, versions.Baseline }, out var texts).RunGenerators(compilation);
        Assert.DoesNotContain(driver.GetRunResult().Diagnostics, d => d.Id.StartsWith("SPEC2", StringComparison.Ordinal));

        var editedBaseline = SpecEdits.Replace(Petstore, "      name: api_key\n      in: header", "      name: api_key\n      in: query");
        driver = driver.ReplaceAdditionalText(texts[1], new InMemoryAdditionalText(versions.BaselinePath, editedBaseline));
        var run = driver.RunGenerators(compilation).GetRunResult();

        Assert.Contains(run.Diagnostics, d => d.Id == "SPEC208");
        var result = run.Results.Single();
        Assert.Contains(IncrementalStepRunReason.Modified, Reasons(result, TrackingNames.UpgradeDiagnostics));
        foreach (var step in ModelSteps)
        {
            Assert.All(Reasons(result, step), reason => Assert.True(
                reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step} re-ran with reason {reason}."));
        }

        var sourceOutputs = result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).ToList();
        Assert.Contains(sourceOutputs, output => output.Reason == IncrementalStepRunReason.Modified);
        Assert.Equal(
            sourceOutputs.Count - 1,
            sourceOutputs.Count(output => output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
    }

    [Fact]
    public void An_unrelated_csharp_edit_leaves_the_upgrade_steps_cached()
    {
        using var versions = new SpecVersions(Petstore, SpecEdits.Replace(Petstore, "      name: api_key\n      in: header", "      name: api_key\n      in: query"));
        var compilation = GeneratorHarness.CreateCompilation("namespace Consumer { internal static class First { } }");
        var driver = GeneratorHarness.CreateDriver(new[] { versions.Current, versions.Baseline }).RunGenerators(compilation);

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Consumer { internal static class Second { } }", GeneratorHarness.ParseOptions, path: "Second.cs"));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        foreach (var step in new[] { TrackingNames.Baselines, TrackingNames.UpgradeInputs, TrackingNames.UpgradeDiagnostics })
        {
            var reasons = Reasons(result, step);
            Assert.NotEmpty(reasons);
            Assert.All(reasons, reason => Assert.True(
                reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step} re-ran with reason {reason}."));
        }
    }

    [Fact]
    public void Moving_lines_in_a_spec_with_constraints_changes_no_generated_file()
    {
        var path = Path.Combine(RepoPaths.TestProject, "Analyzers", "constraints.yaml");
        var text = File.ReadAllText(path);
        var metadata = new Dictionary<string, string> { ["ClassName"] = "ConstraintsClient", ["Namespace"] = "Constraints.Api", ["Validate"] = "true" };
        var compilation = GeneratorHarness.CreateCompilation("namespace Consumer { internal static class First { } }");
        var driver = GeneratorHarness.CreateDriver(new[] { new SpecFile(path, text, metadata) }, out var texts).RunGenerators(compilation);
        var before = driver.GetRunResult().Results.Single().GeneratedSources.Select(s => s.SourceText.ToString()).ToList();
        Assert.Contains(before, source => source.Contains("ApiSchema(\"/components/schemas/NewAccount/properties/name\")", StringComparison.Ordinal));

        var shifted = "# A comment and a blank line move every line down.\n\n" + text;
        driver = driver.ReplaceAdditionalText(texts.Single(), new InMemoryAdditionalText(path, shifted));
        var after = driver.RunGenerators(compilation).GetRunResult().Results.Single().GeneratedSources.Select(s => s.SourceText.ToString()).ToList();

        Assert.Equal(before, after);
    }

    private static List<IncrementalStepRunReason> Reasons(GeneratorRunResult result, string step) =>
        result.TrackedSteps.TryGetValue(step, out var runs) ? runs.SelectMany(r => r.Outputs).Select(o => o.Reason).ToList() : new List<IncrementalStepRunReason>();
}
