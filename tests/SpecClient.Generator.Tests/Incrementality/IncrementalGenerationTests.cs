using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SpecClient.Generator.Tests.Infrastructure;

namespace SpecClient.Generator.Tests.Incrementality;

/// <summary>The pipeline re-parses a spec only when its text changes, and holds no compiler objects in its steps.</summary>
public class IncrementalGenerationTests
{
    private static readonly string[] TrackedSteps =
    {
        TrackingNames.ProjectOptions, TrackingNames.SpecRequests, TrackingNames.ReadResults, TrackingNames.ClientModels,
        TrackingNames.SpecParts, TrackingNames.SpecRequestsWithParts, TrackingNames.EmitOptions, TrackingNames.ClientModelsForEmit,
        TrackingNames.DuplicateClients, TrackingNames.ReadModels, TrackingNames.BoundClients, TrackingNames.BindDiagnostics,
    };

    private static SpecFile ProlificSpec() =>
        new(RepoPaths.Spec("prolific-credentials.yaml"), File.ReadAllText(RepoPaths.Spec("prolific-credentials.yaml")),
            new Dictionary<string, string> { ["ClassName"] = "ProlificCredentialsClient", ["Namespace"] = "Prolific.Credentials" });

    [Fact]
    public void An_edit_to_an_unrelated_csharp_file_leaves_every_step_cached_or_unchanged()
    {
        var compilation = GeneratorHarness.CreateCompilation("namespace Consumer { internal static class First { } }");
        var driver = GeneratorHarness.CreateDriver(new[] { ProlificSpec() }).RunGenerators(compilation);
        var firstRun = driver.GetRunResult();
        Assert.NotEmpty(firstRun.Results.Single().GeneratedSources);

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(
            "namespace Consumer { internal static class Second { } }", GeneratorHarness.ParseOptions, path: "Second.cs"));
        var secondRun = driver.RunGenerators(edited).GetRunResult();

        var steps = secondRun.Results.Single().TrackedSteps;
        foreach (var stepName in TrackedSteps)
        {
            Assert.True(steps.ContainsKey(stepName), $"Step {stepName} was not tracked.");
            var reasons = steps[stepName].SelectMany(step => step.Outputs).Select(output => output.Reason).ToList();
            Assert.NotEmpty(reasons);
            Assert.All(reasons, reason => Assert.True(
                reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                $"Step {stepName} re-ran with reason {reason}."));
        }

        Assert.All(secondRun.Results.Single().TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs),
            output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void An_edit_to_the_spec_reparses_it_and_changes_the_output()
    {
        var compilation = GeneratorHarness.CreateCompilation("namespace Consumer { internal static class First { } }");
        var spec = ProlificSpec();
        var driver = GeneratorHarness.CreateDriver(new[] { spec }, out var texts).RunGenerators(compilation);
        var before = driver.GetRunResult().Results.Single().GeneratedSources.Select(s => s.SourceText.ToString()).ToList();

        var editedText = spec.Text!.Replace("summary: List credential pools for a workspace", "summary: Lists every credential pool of a workspace");
        Assert.NotEqual(spec.Text, editedText);
        driver = driver.ReplaceAdditionalText(texts.Single(), new InMemoryAdditionalText(spec.Path, editedText));
        var run = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        var readReasons = run.TrackedSteps[TrackingNames.ReadResults].SelectMany(s => s.Outputs).Select(o => o.Reason);
        Assert.Contains(IncrementalStepRunReason.Modified, readReasons);
        var after = run.GeneratedSources.Select(s => s.SourceText.ToString()).ToList();
        Assert.NotEqual(before, after);
        Assert.Contains(after, text => text.Contains("Lists every credential pool of a workspace", StringComparison.Ordinal));
    }

    [Fact]
    public void Lines_added_at_the_top_of_the_spec_leave_every_source_output_cached()
    {
        var compilation = GeneratorHarness.CreateCompilation("namespace Consumer { internal static class First { } }");
        var spec = ProlificSpec();
        var driver = GeneratorHarness.CreateDriver(new[] { spec }, out var texts).RunGenerators(compilation);
        var before = driver.GetRunResult().Results.Single().GeneratedSources.Select(s => s.SourceText.ToString()).ToList();

        // Every line of the spec moves down: a model that held locations would differ and every file would be emitted again.
        var shifted = "# A comment added above everything.\n\n" + spec.Text;
        driver = driver.ReplaceAdditionalText(texts.Single(), new InMemoryAdditionalText(spec.Path, shifted));
        var run = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        var readReasons = run.TrackedSteps[TrackingNames.ReadResults].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.Contains(readReasons, reason => reason is IncrementalStepRunReason.Unchanged or IncrementalStepRunReason.Modified);
        Assert.All(run.TrackedSteps[TrackingNames.ClientModels].SelectMany(s => s.Outputs), output => Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"ClientModels: {output.Reason}"));
        var outputs = run.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).ToList();
        Assert.NotEmpty(outputs);
        Assert.All(outputs, output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
        Assert.Equal(before, run.GeneratedSources.Select(s => s.SourceText.ToString()));
    }

    [Fact]
    public void Moved_lines_do_not_bind_again_yet_the_binders_findings_follow_them()
    {
        // The scheme 'timeout' is renamed by the binder (an options member has that name): a finding with a pointer.
        const string Spec = """
            openapi: 3.0.3
            info: {title: t, version: '1'}
            paths: {}
            components:
              securitySchemes:
                timeout: {type: apiKey, in: header, name: X-Key}
                bearer: {type: http, scheme: bearer}
            """;
        var compilation = GeneratorHarness.CreateCompilation("namespace Consumer { internal static class First { } }");
        var spec = new SpecFile("/specs/moved.yaml", Spec, new Dictionary<string, string> { ["ClassName"] = "MovedClient", ["Namespace"] = "Moved" });
        var driver = GeneratorHarness.CreateDriver(new[] { spec }, out var texts).RunGenerators(compilation);
        var before = Assert.Single(driver.GetRunResult().Diagnostics, d => d.Id == "SPEC011");

        driver = driver.ReplaceAdditionalText(texts.Single(), new InMemoryAdditionalText(spec.Path, "\n\n\n" + Spec));
        var result = driver.RunGenerators(compilation).GetRunResult();
        var run = result.Results.Single();

        Assert.All(run.TrackedSteps[TrackingNames.BoundClients].SelectMany(s => s.Outputs), output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
        Assert.Contains(run.TrackedSteps[TrackingNames.BindDiagnostics].SelectMany(s => s.Outputs), output => output.Reason == IncrementalStepRunReason.Modified);
        var after = Assert.Single(result.Diagnostics, d => d.Id == "SPEC011");
        Assert.Equal(before.Location.GetLineSpan().StartLinePosition.Line + 3, after.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void Step_outputs_hold_no_symbols_syntax_or_compilations()
    {
        var compilation = GeneratorHarness.CreateCompilation("namespace Consumer { internal static class First { } }");
        var run = GeneratorHarness.CreateDriver(new[] { ProlificSpec() }).RunGenerators(compilation).GetRunResult().Results.Single();

        // Only our own steps: Roslyn also tracks its inputs (compilation, options) under well-known names.
        foreach (var step in TrackedSteps.SelectMany(name => run.TrackedSteps[name]))
        {
            foreach (var (value, _) in step.Outputs)
            {
                AssertHoldsNoCompilerObjects(value, new HashSet<object>(ReferenceEqualityComparer.Instance), step.Name ?? "?");
            }
        }
    }

    private static void AssertHoldsNoCompilerObjects(object? value, HashSet<object> seen, string path)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value))
        {
            return;
        }

        Assert.False(
            value is ISymbol or SyntaxNode or Microsoft.CodeAnalysis.Compilation or SemanticModel or SyntaxTree,
            $"{path} holds a {value.GetType().Name}, which would defeat caching.");
        Assert.False(
            value.GetType().Namespace?.StartsWith("Microsoft.OpenApi", StringComparison.Ordinal) == true,
            $"{path} holds an OpenAPI.NET {value.GetType().Name}.");

        if (value is IEnumerable items)
        {
            foreach (var item in items)
            {
                AssertHoldsNoCompilerObjects(item, seen, path + "[]");
            }

            return;
        }

        foreach (var property in value.GetType().GetProperties(BindingFlags.Instance | BindingFlags.Public))
        {
            if (property.GetIndexParameters().Length == 0)
            {
                AssertHoldsNoCompilerObjects(property.GetValue(value), seen, path + "." + property.Name);
            }
        }
    }
}
