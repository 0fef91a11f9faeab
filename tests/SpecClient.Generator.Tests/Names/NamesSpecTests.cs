using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SpecClient.Generator.Tests.Infrastructure;

namespace SpecClient.Generator.Tests.Names;

/// <summary>
/// names.yaml holds every name a spec may hold that once broke the consumer's build (keywords and contextual keywords,
/// the generated methods' own locals, camelCase collisions, names over 512 characters, a property named like its type,
/// types named like the client, enum values equal after casing, doc text XML 1.0 does not allow). Its client compiles
/// with nullable on and documentation checked (CS1570-CS1591) without one error or warning.
/// </summary>
public class NamesSpecTests
{
    private static readonly string SpecPath = Path.Combine(RepoPaths.TestProject, "Names", "names.yaml");

    /// <summary>The spec's client; public, so every member needs its docs (CS1591); validation on, so the validation file and the operations' checks are written too.</summary>
    /// <param name="groupByTag">Whether operations go in a class per tag (names.yaml tags some with keywords and type names).</param>
    public static GeneratorOutput Generate(bool groupByTag = false) => GeneratorHarness.Run(new SpecFile(
        SpecPath,
        File.ReadAllText(SpecPath),
        new Dictionary<string, string>
        {
            ["ClassName"] = "NamesClient", ["Namespace"] = "Names.Api", ["Validate"] = "true", ["Accessibility"] = "public",
            ["GroupByTag"] = groupByTag ? "true" : "false",
        }));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_client_compiles_with_documentation_checked_and_no_warning_from_generated_code(bool groupByTag)
    {
        var output = Generate(groupByTag);

        Assert.All(output.Result.Results, r => Assert.Null(r.Exception));
        Assert.DoesNotContain(output.GeneratorDiagnostics, d => d.DefaultSeverity == DiagnosticSeverity.Error || d.Id is "SPEC900" or "CS8785");
        Assert.Contains(output.Sources, s => s.HintName == "Names.Api.NamesClient.g.cs");
        var problems = CompileWithDocumentation(output.Compilation);
        Assert.True(problems.Count == 0, problems.Count + " problems:\n" + string.Join("\n", problems.Take(40)));
    }

    [Fact]
    public void Every_identifier_of_the_generated_code_is_at_most_512_characters_and_the_cut_ones_differ()
    {
        var output = Generate();
        var declared = output.Compilation.SyntaxTrees
            .SelectMany(t => t.GetRoot().DescendantTokens())
            .Where(t => t.IsKind(SyntaxKind.IdentifierToken))
            .Select(t => t.ValueText)
            .ToList();

        Assert.NotEmpty(declared);
        var tooLong = declared.Where(name => name.Length > 512).Select(name => name.Length + " characters: " + name.Substring(0, 40)).ToList();
        Assert.True(tooLong.Count == 0, string.Join("\n", tooLong));
        // The operation and the schema over the limit keep their start and end in a stable hash.
        var client = output.Compilation.GetTypeByMetadataName("Names.Api.NamesClient")!;
        var cut = Assert.Single(client.GetMembers().OfType<IMethodSymbol>(), m => m.Name.StartsWith("GetThingAndAnotherThing", System.StringComparison.Ordinal) && m.Name.EndsWith("WithResponseAsync", System.StringComparison.Ordinal));
        Assert.Matches("_[0-9a-f]{8}WithResponseAsync$", cut.Name);
    }

    [Fact]
    public void A_property_named_like_its_type_is_its_name_and_Value_and_what_that_takes_is_a_located_SPEC011()
    {
        var output = Generate();

        var widget = output.Compilation.GetTypeByMetadataName("Names.Api.Widget")!;
        Assert.DoesNotContain(widget.GetMembers(), m => m.Name == "Widget");
        Assert.Contains(widget.GetMembers(), m => m.Name == "WidgetValue");
        // The C# rule forces that rename and the spec is not ambiguous: no warning. The property it displaces is warned of.
        Assert.DoesNotContain(output.GeneratorDiagnostics, d => d.Id == "SPEC011" && d.GetMessage().Contains("'widget'", System.StringComparison.Ordinal));
        var renamed = output.GeneratorDiagnostics.Where(d => d.Id == "SPEC011" && d.GetMessage().Contains("'widgetValue'", System.StringComparison.Ordinal)).ToList();
        var diagnostic = Assert.Single(renamed);
        Assert.Contains("'WidgetValue2'", diagnostic.GetMessage(), System.StringComparison.Ordinal);
        Assert.Equal(SpecPath, diagnostic.Location.GetLineSpan().Path);
        var line = File.ReadAllLines(SpecPath)[diagnostic.Location.GetLineSpan().StartLinePosition.Line];
        Assert.Contains("widgetValue:", line, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Types_named_like_their_own_members_are_renamed_with_a_located_SPEC011()
    {
        var output = Generate();

        // An enum declares Value and IsKnown; a union named IsCircle would declare IsCircle for its case Circle.
        foreach (var (what, name) in new[] { ("schema", "Value"), ("schema", "IsKnown"), ("union case", "Circle") })
        {
            var diagnostic = Assert.Single(output.GeneratorDiagnostics, d => d.Id == "SPEC011" && d.GetMessage().StartsWith($"The {what} '{name}' ", System.StringComparison.Ordinal));
            Assert.Equal(SpecPath, diagnostic.Location.GetLineSpan().Path);
        }

        Assert.NotNull(output.Compilation.GetTypeByMetadataName("Names.Api.Value2"));
        Assert.Contains(output.Compilation.GetTypeByMetadataName("Names.Api.IsCircle")!.GetMembers(), m => m.Name == "IsCircle2");
    }

    [Fact]
    public void A_lone_surrogate_in_a_JSON_spec_is_a_located_read_error_not_a_crash()
    {
        // YAML cannot hold an unpaired surrogate (SharpYaml refuses the escape); JSON's escape can, and is refused by the reader.
        const string json = """
            {"openapi": "3.0.3", "info": {"title": "t", "version": "1"},
             "paths": {"/x": {"get": {"operationId": "getX", "summary": "lone \uD800 high", "responses": {"204": {"description": "ok"}}}}}}
            """;
        var output = GeneratorHarness.Run(new SpecFile("/specs/surrogates.json", json));

        Assert.All(output.Result.Results, r => Assert.Null(r.Exception));
        var diagnostic = Assert.Single(output.GeneratorDiagnostics);
        Assert.Equal("SPEC001", diagnostic.Id);
        Assert.Equal("/specs/surrogates.json", diagnostic.Location.GetLineSpan().Path);
    }

    [Theory]
    [InlineData("await", "@await")]
    [InlineData("async", "@async")]
    [InlineData("var", "@var")]
    [InlineData("value", "@value")]
    [InlineData("field", "@field")]
    [InlineData("record", "@record")]
    [InlineData("class", "@class")]
    [InlineData("this", "@this")]
    [InlineData("from", "from")]
    [InlineData("type", "type")]
    [InlineData("args", "args")]
    [InlineData("Await", "Await")]
    public void Keywords_and_contextual_keywords_are_escaped(string name, string expected) =>
        Assert.Equal(expected, SpecClient.Generator.Emitting.Syntax.CSharp.Identifier(name));

    [Fact]
    public void Doc_text_keeps_only_what_XML_allows()
    {
        // What reaches the model some other way (a hand-built model, a later reader) is still cut at the one escaping function.
        var text = "a\uD800b\uDC00c \uD83D\uDE00\uFFFE\uFFFF\u0001\u0008\u000B\u001F\td\u007F <x> & */ ]]>";

        Assert.Equal("abc \uD83D\uDE00\td\u007F &lt;x&gt; &amp; */ ]]&gt;", SpecClient.Generator.Emitting.Syntax.DocComments.Escape(text));
    }

    [Fact]
    public void The_check_sees_a_documentation_warning()
    {
        // Guards the guard: a malformed doc comment in a generated-like tree must be reported, or the test above proves nothing.
        var compilation = GeneratorHarness.CreateCompilation("namespace Broken { /// <summary>a \u0001 b</summary>\npublic class C { } }");

        Assert.Contains(CompileWithDocumentation(compilation), d => d.Id == "CS1570");
    }

    /// <summary>Errors and warnings of the compilation re-parsed as a build with GenerateDocumentationFile parses it.</summary>
    private static List<Diagnostic> CompileWithDocumentation(Compilation generated)
    {
        var compilation = GeneratorHarness.WithDocumentation(generated);
        using var assembly = new MemoryStream();
        using var xml = new MemoryStream();
        var result = compilation.Emit(assembly, xmlDocumentationStream: xml);
        return result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
    }
}
