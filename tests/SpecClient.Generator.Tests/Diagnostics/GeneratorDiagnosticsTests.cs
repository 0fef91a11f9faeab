using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using SpecClient.Generator.Diagnostics;
using SpecClient.Generator.Tests.Infrastructure;

namespace SpecClient.Generator.Tests.Diagnostics;

/// <summary>Broken specs and options become located diagnostics with our IDs; the generator never throws.</summary>
public class GeneratorDiagnosticsTests
{
    private const string SpecPath = "/project/api.yaml";

    private static GeneratorOutput Generate(string? text, IReadOnlyDictionary<string, string>? metadata = null) =>
        GeneratorHarness.Run(new SpecFile(SpecPath, text, metadata));

    private static void AssertNoGeneratorCrash(GeneratorOutput output)
    {
        Assert.All(output.Result.Results, r => Assert.Null(r.Exception));
        Assert.DoesNotContain(output.GeneratorDiagnostics, d => d.Id is "CS8785" or "AD0001" || d.Id == DiagnosticIds.InternalError);
    }

    [Fact]
    public void Invalid_yaml_is_an_error_at_its_line_and_column()
    {
        var output = Generate("openapi: 3.1.0\ninfo:\n  title: Broken\n  version: '1'\npaths:\n  /pets: [unclosed\n");

        AssertNoGeneratorCrash(output);
        var error = Assert.Single(output.GeneratorDiagnostics, d => d.Id == DiagnosticIds.UnreadableSpec);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        var span = error.Location.GetLineSpan();
        Assert.Equal(SpecPath, span.Path);
        Assert.InRange(span.StartLinePosition.Line, 5, 6);
        Assert.Empty(output.Sources);
    }

    [Fact]
    public void An_empty_file_is_an_error_naming_it()
    {
        var output = Generate("   \n");

        AssertNoGeneratorCrash(output);
        var error = Assert.Single(output.GeneratorDiagnostics, d => d.Id == DiagnosticIds.EmptySpec);
        Assert.Contains("api.yaml", error.GetMessage());
    }

    [Fact]
    public void An_unknown_version_is_an_error_at_the_version_line()
    {
        var output = Generate("info:\n  title: Future\n  version: '1'\nopenapi: 9.0.0\npaths: {}\n");

        AssertNoGeneratorCrash(output);
        var error = Assert.Single(output.GeneratorDiagnostics, d => d.Id == DiagnosticIds.UnsupportedVersion);
        Assert.Contains("9.0.0", error.GetMessage());
        Assert.Equal(3, error.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void A_dangling_reference_is_an_error_at_the_ref()
    {
        const string spec = """
            openapi: 3.0.3
            info:
              title: Dangling
              version: '1'
            paths:
              /pets:
                get:
                  operationId: listPets
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema:
                            $ref: '#/components/schemas/Missing'
            """;

        var output = Generate(spec);

        AssertNoGeneratorCrash(output);
        var error = Assert.Single(output.GeneratorDiagnostics, d => d.Id == DiagnosticIds.UnresolvedReference);
        Assert.Contains("#/components/schemas/Missing", error.GetMessage());
        Assert.Equal(14, error.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void A_duplicate_operation_id_is_an_error()
    {
        const string spec = """
            openapi: 3.0.3
            info:
              title: Duplicate
              version: '1'
            paths:
              /a:
                get:
                  operationId: same
                  responses:
                    '204':
                      description: ok
              /b:
                get:
                  operationId: same
                  responses:
                    '204':
                      description: ok
            """;

        var output = Generate(spec);

        AssertNoGeneratorCrash(output);
        var error = Assert.Single(output.GeneratorDiagnostics, d => d.Id == DiagnosticIds.DuplicateOperationId);
        Assert.Equal(13, error.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void A_spec_the_compiler_could_not_read_is_reported_as_missing()
    {
        var output = Generate(null);

        var error = Assert.Single(output.GeneratorDiagnostics, d => d.Id == DiagnosticIds.SpecFileNotFound);
        Assert.Contains(SpecPath, error.GetMessage());
    }

    [Fact]
    public void Missing_spec_files_named_by_msbuild_are_errors_naming_each_path()
    {
        var driver = GeneratorHarness.CreateDriver(
            System.Array.Empty<SpecFile>(),
            new Dictionary<string, string> { ["build_property.SpecClientMissingSpecs"] = "specs/one.yaml;specs/two.json" });
        var diagnostics = driver.RunGenerators(GeneratorHarness.CreateCompilation("class C { }")).GetRunResult().Diagnostics;

        Assert.Equal(new[] { "specs/one.yaml", "specs/two.json" },
            diagnostics.Where(d => d.Id == DiagnosticIds.SpecFileNotFound).Select(d => d.GetMessage().Split('\'')[1]));
    }

    [Theory]
    [InlineData("Accessibility", "protected")]
    [InlineData("GroupByTag", "sometimes")]
    [InlineData("ClassName", "Not A Name")]
    [InlineData("Namespace", "Bad..Namespace")]
    public void Invalid_option_values_are_errors_naming_the_metadata(string name, string value)
    {
        var output = Generate(System.IO.File.ReadAllText(RepoPaths.Spec("prolific-credentials.yaml")), new Dictionary<string, string> { [name] = value });

        var error = Assert.Single(output.GeneratorDiagnostics, d => d.Id == DiagnosticIds.InvalidOption);
        Assert.Contains(name, error.GetMessage());
        Assert.Contains(value, error.GetMessage());
    }

    [Fact]
    public void Every_diagnostic_has_a_help_link_to_its_section()
    {
        foreach (var descriptor in DiagnosticDescriptors.ById.Values)
        {
            Assert.StartsWith("SPEC", descriptor.Id);
            Assert.EndsWith("#" + descriptor.Id.ToLowerInvariant(), descriptor.HelpLinkUri);
            Assert.False(string.IsNullOrWhiteSpace(descriptor.Title.ToString()));
        }
    }

    [Fact]
    public void Help_links_start_with_the_repository_url_of_Directory_Build_props()
    {
        var props = System.Xml.Linq.XDocument.Load(System.IO.Path.Combine(RepoPaths.Root, "Directory.Build.props"));
        var repositoryUrl = props.Descendants("RepositoryUrl").Single().Value.TrimEnd('/');

        Assert.Equal(repositoryUrl + "/blob/main/docs/diagnostics.md#", DiagnosticDescriptors.HelpBase);
        Assert.All(DiagnosticDescriptors.ById.Values, d => Assert.Equal(DiagnosticDescriptors.HelpBase + d.Id.ToLowerInvariant(), d.HelpLinkUri));
    }

    [Fact]
    public void Every_diagnostic_id_is_documented_with_a_broken_and_a_fixed_example()
    {
        var docs = System.IO.File.ReadAllText(System.IO.Path.Combine(RepoPaths.Root, "docs", "diagnostics.md"));
        var analyzerIds = new SpecClient.Generator.Analyzers.CallSiteAnalyzer().SupportedDiagnostics.Select(d => d.Id);
        foreach (var id in DiagnosticDescriptors.ById.Keys.Concat(analyzerIds))
        {
            var start = docs.IndexOf("## " + id, System.StringComparison.Ordinal);
            Assert.True(start >= 0, $"docs/diagnostics.md has no section for {id}.");
            var next = docs.IndexOf("\n## ", start + 3, System.StringComparison.Ordinal);
            var section = next < 0 ? docs[start..] : docs[start..next];
            Assert.Contains("Broken", section);
            Assert.Contains("Fixed", section);
        }
    }
}
