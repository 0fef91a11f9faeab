using System.IO;
using System.Linq;
using SpecClient.Generator.Model;
using SpecClient.Generator.Tests.Infrastructure;

namespace SpecClient.Generator.Tests.Reading;

/// <summary>The reader carries each schema's rules, format, secrecy, deprecation dates and JSON pointers into the model.</summary>
public class ConstraintReadingTests
{
    private static ClientSpec Constraints() =>
        ReaderHarness.ReadSpec(File.ReadAllText(Path.Combine(RepoPaths.TestProject, "Analyzers", "constraints.yaml")));

    private static PropertySpec Property(ClientSpec spec, string type, string wireName) =>
        spec.Types.Single(t => t.Name == type).Properties.Single(p => p.WireName == wireName);

    [Fact]
    public void String_rules_and_formats_are_read_with_the_property_pointer()
    {
        var spec = Constraints();
        var name = Property(spec, "NewAccount", "name");

        Assert.Equal(new ConstraintSpec { MinLength = 3, MaxLength = 20 }, name.Constraints);
        Assert.Equal("/components/schemas/NewAccount/properties/name", name.Pointer);
        Assert.Equal("[a-z]+", Property(spec, "NewAccount", "slug").Constraints!.Pattern);
        Assert.Equal("uuid", Property(spec, "NewAccount", "ownerId").Constraints!.Format);
        Assert.Null(Property(spec, "Account", "id").Constraints);
    }

    [Fact]
    public void Bounds_keep_the_spec_text_and_the_3_0_exclusive_flags()
    {
        var spec = Constraints();
        var parameters = spec.Operations.Single(o => o.OperationId == "getAccount").Parameters;

        Assert.Equal(new ConstraintSpec { Minimum = "1", Maximum = "100" }, parameters.Single(p => p.WireName == "limit").Constraints);
        Assert.Equal(new ConstraintSpec { Minimum = "0", MinimumIsExclusive = true, Maximum = "1" }, parameters.Single(p => p.WireName == "ratio").Constraints);
        Assert.Equal(new ConstraintSpec { Maximum = "10", MaximumIsExclusive = true }, Property(spec, "NewAccount", "score").Constraints);
        Assert.Equal(new ConstraintSpec { Minimum = "0", Maximum = "0.5", Format = "decimal" }, Property(spec, "NewAccount", "discount").Constraints);
        Assert.Equal(new ConstraintSpec { MinItems = 1, MaxItems = 5 }, Property(spec, "NewAccount", "tags").Constraints);
    }

    [Fact]
    public void OpenAPI_3_1_exclusive_bounds_are_numbers()
    {
        var spec = ReaderHarness.ReadSpec("""
            openapi: 3.1.0
            info: { title: T, version: "1" }
            paths: {}
            components:
              schemas:
                Box:
                  type: object
                  properties:
                    size: { type: number, exclusiveMinimum: 0, exclusiveMaximum: 9.5 }
                    weight: { type: integer, minimum: -3 }
            """);

        Assert.Equal(new ConstraintSpec { Minimum = "0", MinimumIsExclusive = true, Maximum = "9.5", MaximumIsExclusive = true }, Property(spec, "Box", "size").Constraints);
        Assert.Equal(new ConstraintSpec { Minimum = "-3" }, Property(spec, "Box", "weight").Constraints);
    }

    [Fact]
    public void Write_only_and_password_values_are_secret()
    {
        var spec = Constraints();

        Assert.True(Property(spec, "NewAccount", "password").Constraints!.IsSecret);
        Assert.False(Property(spec, "NewAccount", "name").Constraints!.IsSecret);
    }

    [Fact]
    public void Sunset_dates_come_from_x_sunset_x_deprecated_at_or_the_description()
    {
        var spec = Constraints();
        var operations = spec.Operations;

        Assert.Equal("2026-06-30", operations.Single(o => o.OperationId == "listLegacy").Sunset);
        Assert.Equal("2026-12-31", operations.Single(o => o.OperationId == "getAccount").Parameters.Single(p => p.WireName == "legacyFilter").Sunset);
        Assert.Equal("2026-03-01", Property(spec, "NewAccount", "region").Sunset);
        Assert.Null(Property(spec, "NewAccount", "legacyCode").Sunset);
        Assert.Equal("/paths/~1legacy/get", operations.Single(o => o.OperationId == "listLegacy").Pointer);
    }

    [Fact]
    public void A_pattern_dotnet_cannot_parse_and_a_bound_that_is_not_a_number_are_dropped()
    {
        var spec = ReaderHarness.ReadSpec("""
            openapi: 3.0.3
            info: { title: T, version: "1" }
            paths: {}
            components:
              schemas:
                Box:
                  type: object
                  properties:
                    code: { type: string, pattern: "([a-z]", maxLength: 4 }
                    size: { type: integer, minimum: "1); class X {" }
            """);

        Assert.Equal(new ConstraintSpec { MaxLength = 4 }, Property(spec, "Box", "code").Constraints);
        Assert.Null(Property(spec, "Box", "size").Constraints);
    }

    [Fact]
    public void A_pattern_without_a_faithful_ECMA_262_translation_is_a_located_warning_and_no_check()
    {
        var result = ReaderHarness.Read("""
            openapi: 3.0.3
            info: { title: T, version: "1" }
            paths:
              /boxes:
                get:
                  parameters:
                    - { name: q, in: query, schema: { type: string, pattern: '^(?=a)b' } }
                  responses: { '204': { description: none } }
            components:
              schemas:
                Box:
                  type: object
                  properties:
                    verbose: { type: string, pattern: '(?x)abc#' }
                    slow: { type: string, pattern: '^(a+)+$' }
                    back: { type: string, pattern: '(a)\1' }
            """);

        var spec = ReaderHarness.Named(result.Spec!);
        Assert.Null(Property(spec, "Box", "verbose").Constraints?.Pattern);
        Assert.Null(Property(spec, "Box", "back").Constraints?.Pattern);
        Assert.Equal("^(a+)+$", Property(spec, "Box", "slow").Constraints!.Pattern);
        Assert.Null(spec.Operations.Single().Parameters.Single().Constraints?.Pattern);
        var lines = result.Diagnostics.Where(d => d.Id == "SPEC008").Select(d => d.Location!.StartLine + 1).OrderBy(l => l);
        Assert.Equal(new[] { 7, 14, 16 }, lines);
    }
}
