using System.Linq;
using System.Text;
using SpecClient.Generator.Tests.Infrastructure;

namespace SpecClient.Generator.Tests.Compiling;

/// <summary>
/// What keeps the emitted code cheap to compile and safe to name: no construct whose size grows with an enum's
/// or a union's (checked on the shape, not by timing), and aliases that no schema or user type can capture.
/// </summary>
public class EmittedShapeTests
{
    private const int EnumValues = 20_000;
    private const int UnionCases = 300;

    [Fact]
    public void A_huge_enum_and_a_big_union_compile_and_emit_one_statement_per_value_and_case()
    {
        var output = GeneratorHarness.Run(new SpecFile("/specs/big.yaml", BigSpec()));

        var enumFile = Source(output, "partial record struct Code ");
        var lines = enumFile.Split('\n');
        Assert.Equal(EnumValues, lines.Count(l => l.Contains("= new(s_known.Add(\"value_", System.StringComparison.Ordinal)));
        // No pattern over the values (the old IsKnown was one `"a" or "b" or ...` pattern).
        Assert.DoesNotContain(lines, l => l.Contains("\" or \"", System.StringComparison.Ordinal));
        Assert.Contains("public bool IsKnown => s_known.Contains(_value);", enumFile, System.StringComparison.Ordinal);
        // No line of the enum grows with the number of values.
        Assert.True(lines.Max(l => l.Length) < 200, "longest line: " + lines.Max(l => l.Length));

        var unionFile = Source(output, "partial class Pick : ");
        // The discriminator is looked up in a table; the switch is over case numbers, not strings.
        Assert.DoesNotContain("case \"", unionFile, System.StringComparison.Ordinal);
        Assert.Equal(UnionCases, unionFile.Split('\n').Count(l => l.TrimStart().StartsWith("case ", System.StringComparison.Ordinal) && l.Contains(": return new(", System.StringComparison.Ordinal)));

        Assert.Empty(output.GeneratorDiagnostics.Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
        Assert.Empty(output.CompilationProblems);
    }

    [Fact]
    public void The_json_context_looks_types_up_in_methods_of_at_most_64_checks_and_declares_no_member_per_type()
    {
        var output = GeneratorHarness.Run(new SpecFile("/specs/big.yaml", BigSpec()));

        var context = output.Sources.Single(s => s.HintName.EndsWith(".JsonContext.g.cs", System.StringComparison.Ordinal)).SourceText.ToString();
        var methods = context.Split(new[] { "static _jm::JsonTypeInfo? Resolve" }, System.StringSplitOptions.None).Skip(1).ToList();
        var checks = methods.Select(m => m.Split('\n').Count(l => l.TrimStart().StartsWith("if (t == typeof(", System.StringComparison.Ordinal))).ToList();
        Assert.True(checks.Count > 1, "one lookup method");
        Assert.All(checks, count => Assert.InRange(count, 1, 64));
        // Every model (the union's cases, Thing, Code and Pick) is in the lookup, once.
        Assert.True(checks.Sum() >= UnionCases + 3, "types looked up: " + checks.Sum());
        Assert.Equal(UnionCases, context.Split('\n').Count(l => l.Contains("typeof(_m::Case", System.StringComparison.Ordinal)));
        // One generic accessor instead of a property per type.
        Assert.Contains("public _jm::JsonTypeInfo<T> TypeInfo<T>()", context, System.StringComparison.Ordinal);
        Assert.DoesNotContain("Case1 =>", context, System.StringComparison.Ordinal);
        Assert.Empty(output.CompilationProblems);
    }

    [Fact]
    public void Schemas_properties_and_user_types_named_like_the_aliases_cannot_capture_them()
    {
        var names = new[] { "_s", "_g", "_j", "_jm", "_i", "_m", "System", "Json", "SpecClient", "Internal" };
        var schemas = new StringBuilder();
        foreach (var name in names)
        {
            schemas.Append($"    '{name}':\n      type: object\n      properties:\n");
            foreach (var property in names)
            {
                schemas.Append($"        '{property}': {{type: string}}\n");
            }
        }

        var spec = $$"""
            openapi: 3.0.3
            info: {title: Aliases, version: '1'}
            paths:
              /things:
                get:
                  operationId: getThing
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/_j'}
            components:
              schemas:
            {{schemas}}
            """;
        // User types with the aliases' own names, in the global namespace and in the client's: an alias
        // used with '::' is looked up among aliases only, so neither can capture it.
        var userTypes = string.Join("\n", names.Take(6).Select(n => $"public sealed class {n} {{ }}"))
            + "\nnamespace Consumer { " + string.Join(" ", names.Take(6).Select(n => $"public sealed class {n} {{ }}")) + " }";

        var output = GeneratorHarness.Run(GeneratorHarness.CreateCompilation(userTypes), new SpecFile("/specs/aliases.yaml", spec));

        Assert.NotEmpty(output.Sources);
        Assert.Contains(output.Sources, s => s.SourceText.ToString().Contains("using _j = global::System.Text.Json;", System.StringComparison.Ordinal));
        Assert.Empty(output.GeneratorDiagnostics.Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
        Assert.Empty(output.CompilationProblems);
    }

    /// <summary>The model file that declares the type (types are grouped into files by name).</summary>
    private static string Source(GeneratorOutput output, string declaration) =>
        output.Sources.Select(s => s.SourceText.ToString()).Single(text => text.Contains(declaration, System.StringComparison.Ordinal));

    private static string BigSpec()
    {
        var spec = new StringBuilder("""
            openapi: 3.0.3
            info: {title: Big, version: '1'}
            paths:
              /things:
                get:
                  operationId: listThings
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/Thing'}
            components:
              schemas:
                Thing:
                  type: object
                  properties:
                    code: {$ref: '#/components/schemas/Code'}
                    pick: {$ref: '#/components/schemas/Pick'}
                Code:
                  type: string
                  enum:

            """);
        for (var i = 0; i < EnumValues; i++)
        {
            spec.Append("        - value_").Append(i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
        }

        spec.Append("    Pick:\n      oneOf:\n");
        for (var i = 0; i < UnionCases; i++)
        {
            spec.Append("        - $ref: '#/components/schemas/Case").Append(i).Append("'\n");
        }

        spec.Append("      discriminator:\n        propertyName: kind\n");
        for (var i = 0; i < UnionCases; i++)
        {
            spec.Append("    Case").Append(i).Append(":\n      type: object\n      properties:\n        kind: {type: string}\n        f")
                .Append(i).Append(": {type: integer}\n");
        }

        return spec.ToString();
    }
}
