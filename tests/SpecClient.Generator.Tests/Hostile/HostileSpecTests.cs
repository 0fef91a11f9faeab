using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using SpecClient.Generator.Tests.Infrastructure;

namespace SpecClient.Generator.Tests.Hostile;

/// <summary>
/// Spec text never becomes code: with hostile text in every place a spec can put text (see <see cref="HostileSpec"/>),
/// the output compiles without a warning and defines exactly what the same spec with harmless text defines,
/// checked by reflection on the compiled assembly.
/// </summary>
public class HostileSpecTests
{
    private static readonly Dictionary<string, string> Item = new() { ["ClassName"] = "HostileClient", ["Namespace"] = "Hostile.Api", ["GroupByTag"] = "true" };

    internal static GeneratorOutput Generate(string yaml) => GeneratorHarness.Run(new SpecFile("/specs/hostile.yaml", yaml, Item));

    private static GeneratorOutput Compiled(string yaml)
    {
        var output = Generate(yaml);
        var unexpected = output.GeneratorDiagnostics.Where(d => d.Id is "SPEC900" or "CS8785" || (d.Severity == DiagnosticSeverity.Error && d.Id != "SPEC007" && d.Id != "SPEC008" && d.Id != "SPEC011")).ToList();
        Assert.True(unexpected.Count == 0, string.Join("\n", unexpected));
        Assert.True(output.CompilationProblems.Count == 0, string.Join("\n", output.CompilationProblems.Take(10)));
        return output;
    }

    [Fact]
    public void Hostile_text_in_every_free_text_place_defines_exactly_what_harmless_text_defines()
    {
        var hostileOutput = Compiled(HostileSpec.Yaml(Payloads.All, "x"));
        var hostile = CompiledSurface.Of(hostileOutput.Compilation);
        var harmless = CompiledSurface.Of(Compiled(HostileSpec.Yaml("plain words", "x")).Compilation);

        Assert.Equal(harmless, hostile);
        Assert.Contains("Hostile.Api.HostileClient+XtagOperations::XopAsync", hostile);
        Assert.Contains("Hostile.Api.XSchema::Xsecret", hostile);
        // A required one-value property holds the hostile text as its value: a string literal, no member of its own.
        Assert.Contains("Hostile.Api.XSchema::Xfixed", hostile);
        Assert.Contains("Hostile.Api.XChoice::IsXauto", hostile);
        // A required one-value parameter defaults to the hostile text: one string literal, the same text.
        var operation = hostileOutput.Compilation.GetTypeByMetadataName("Hostile.Api.HostileClient+XtagOperations")!.GetMembers("XopAsync").OfType<IMethodSymbol>().First();
        Assert.Equal(Payloads.All, operation.Parameters.Single(p => p.Name == "xv").ExplicitDefaultValue);
    }

    private static readonly System.Lazy<List<string>> PlainShape = new(() => Shape(CompiledSurface.Of(Compiled(HostileSpec.Yaml("plain words", "x")).Compilation)));

    public static TheoryData<int> PayloadIndexes => new(Enumerable.Range(0, Payloads.Each.Count));

    [Theory]
    [MemberData(nameof(PayloadIndexes))]
    public void A_hostile_name_in_every_name_place_compiles_to_the_same_shape_as_a_plain_name(int payload)
    {
        var name = Payloads.Each[payload];

        var hostile = Shape(CompiledSurface.Of(Compiled(HostileSpec.Yaml("plain words", name)).Compilation));
        var plain = PlainShape.Value;

        Assert.Equal(plain, hostile);
        Assert.DoesNotContain(hostile, line => line.Contains("Injected", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_response_key_that_is_not_a_status_code_is_a_located_warning_and_never_reaches_the_code()
    {
        var output = Compiled(HostileSpec.Yaml("plain words", "x"));

        var warning = Assert.Single(output.GeneratorDiagnostics, d => d.Id == "SPEC008" && d.GetMessage().Contains("400 when", System.StringComparison.Ordinal));
        Assert.Equal(29, warning.Location.GetLineSpan().StartLinePosition.Line);
        Assert.DoesNotContain(output.Sources, s => s.SourceText.ToString().Contains("File.Exists", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Odd_enum_values_become_members_that_compile_and_clashing_ones_are_renamed_with_a_located_SPEC011()
    {
        var output = Compiled(HostileSpec.Yaml("plain words", "x"));

        var members = CompiledSurface.Of(output.Compilation).Where(l => l.StartsWith("Hostile.Api.XEnum::", System.StringComparison.Ordinal)).Select(l => l.Substring(l.IndexOf("::", System.StringComparison.Ordinal) + 2)).ToList();
        Assert.Contains("AB", members);
        Assert.Contains("_1a", members);
        Assert.Contains("Empty", members);
        Assert.Contains("名", members);
        Assert.Contains("Class", members);
        foreach (var renamed in new[] { "Value2", "IsKnown2", "ToString2", "Equals2", "XEnum2" })
        {
            Assert.Contains(renamed, members);
            var diagnostic = Assert.Single(output.GeneratorDiagnostics, d => d.Id == "SPEC011" && d.GetMessage().Contains("'" + renamed + "'", System.StringComparison.Ordinal));
            Assert.Equal("/specs/hostile.yaml", diagnostic.Location.GetLineSpan().Path);
        }
    }

    /// <summary>The surface with names taken out: per type, how many members of each kind it declares.</summary>
    private static List<string> Shape(IReadOnlyList<string> surface) =>
        surface.Where(l => !l.Contains("::", System.StringComparison.Ordinal))
            .Select(type => surface.Count(l => l.StartsWith(type + "::", System.StringComparison.Ordinal)).ToString(System.Globalization.CultureInfo.InvariantCulture))
            .OrderBy(count => count, System.StringComparer.Ordinal)
            .ToList();
}
