using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SpecClient.Generator.Emitting;
using SpecClient.Generator.Model;
using SpecClient.Generator.Tests.Emitting;
using SpecClient.Generator.Tests.Infrastructure;

namespace SpecClient.Generator.Tests.Compiling;

/// <summary>The emitted code compiles with zero warnings under nullable and warnings-as-errors.</summary>
public class EmittedCodeCompilesTests
{
    public static TheoryData<string> ModelNames => new() { "Prolific", "EveryConstruct", "EveryConstructGrouped", "EveryConstructPublic" };

    [Theory]
    [MemberData(nameof(ModelNames))]
    public void Emitted_code_compiles_without_warnings(string modelName)
    {
        var model = modelName switch
        {
            "Prolific" => Models.Prolific(),
            "EveryConstruct" => EveryConstructModel.Create(),
            "EveryConstructGrouped" => EveryConstructModel.Create(groupByTag: true),
            _ => EveryConstructModel.Create() with { Accessibility = SpecClient.Generator.Model.Accessibility.Public },
        };

        var problems = CompileProblems(SourceEmitter.Emit(model, EmitOptions.Default).Select(f => f.Text).ToArray());

        Assert.True(problems.Length == 0, string.Join("\n", problems.Select(d => d.ToString())));
    }

    [Fact]
    public void The_registration_with_its_query_free_logger_compiles_without_warnings()
    {
        // What Add{Client} holds on Microsoft.Extensions.Http 8.x (the logger API is the same in later versions).
        var files = SourceEmitter.Emit(Models.Prolific(), new EmitOptions(DependencyInjection: true, HttpClientLoggers: true));

        Assert.Contains(files, f => f.Text.Contains("RemoveAllLoggers(builder)", System.StringComparison.Ordinal));
        var extensions = System.IO.Directory.GetFiles(System.AppContext.BaseDirectory, "Microsoft.Extensions.*.dll")
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path));
        var problems = GeneratorHarness.CreateCompilation(files.Select(f => GeneratorHarness.WithNullStateAnalysis(f.Text)).ToArray()).AddReferences(extensions)
            .GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToArray();
        Assert.True(problems.Length == 0, string.Join("\n", problems.Select(d => d.ToString())));
    }

    [Fact]
    public void The_null_state_analysis_the_output_turns_off_for_consumers_runs_here()
    {
        // Guards the guard: a null dereference in a generated body must still fail these tests.
        var header = SourceEmitter.Emit(Models.Prolific(), EmitOptions.Default)[0].Text.Split('\n')[..6];
        var source = string.Join("\n", header) + "\npublic static class Probe { public static int Length(string? text) => text.Length; }\n";

        Assert.Contains(SpecClient.Generator.Emitting.Files.FileHeader.NullStateWarningsOff, source, System.StringComparison.Ordinal);
        Assert.Empty(GeneratorHarness.CreateCompilation(source).GetDiagnostics().Where(d => d.Id == "CS8602"));
        Assert.Contains(CompileProblems(source), d => d.Id == "CS8602");
    }

    [Fact]
    public void A_compile_error_in_emitted_code_would_be_reported()
    {
        // Guards the guard: the helper must see errors, or the test above proves nothing.
        var problems = CompileProblems("namespace Broken { public class C { public int M() => \"text\"; } }");

        Assert.Contains(problems, d => d.Id == "CS0029");
    }

    internal static Diagnostic[] CompileProblems(params string[] sources)
    {
        var compilation = GeneratorHarness.CreateCompilation(sources.Select(GeneratorHarness.WithNullStateAnalysis).ToArray());
        return compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToArray();
    }
}
