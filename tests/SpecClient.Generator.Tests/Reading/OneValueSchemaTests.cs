using System.Linq;
using SpecClient.Generator.Model;
using static SpecClient.Generator.Tests.Reading.ReaderHarness;

namespace SpecClient.Generator.Tests.Reading;

/// <summary>
/// A schema that allows one string (a one-value <c>enum</c>, a <c>const</c>: the <c>type</c>/<c>object</c> tags of big
/// APIs) is a string property holding that value, not a type of its own; two values or integers still make an enum.
/// </summary>
public class OneValueSchemaTests
{
    private static ClientSpec Components(string schemas) => ReadSpec(
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n" + schemas);

    [Fact]
    public void A_one_value_enum_property_is_a_string_with_its_value_and_no_type_of_its_own()
    {
        var spec = Components("""
                Tool:
                  type: object
                  required: [type]
                  properties:
                    type: {type: string, enum: [function]}
                    name: {type: string}
            """);

        var type = spec.Type("Tool").Property("type");
        Assert.Equal("String", type.Type.Show());
        Assert.Equal("function", type.FixedValue);
        Assert.True(type.IsRequired);
        Assert.Null(spec.Type("Tool").Property("name").FixedValue);
        Assert.Equal(new[] { "Tool" }, spec.Types.Select(t => t.Name));
    }

    [Fact]
    public void A_one_value_enum_component_is_no_type_and_every_reference_to_it_is_a_string_holding_its_value()
    {
        var spec = Components("""
                ListTag:
                  type: string
                  enum: [list]
                Page:
                  type: object
                  properties:
                    object: {$ref: '#/components/schemas/ListTag'}
                    kinds:
                      type: array
                      items: {$ref: '#/components/schemas/ListTag'}
            """);

        Assert.Equal(new[] { "Page" }, spec.Types.Select(t => t.Name));
        Assert.Equal("String", spec.Type("Page").Property("object").Type.Show());
        Assert.Equal("list", spec.Type("Page").Property("object").FixedValue);
        Assert.Equal("List<String>", spec.Type("Page").Property("kinds").Type.Show());
        Assert.Null(spec.Type("Page").Property("kinds").FixedValue);
    }

    [Fact]
    public void A_string_const_is_the_same_and_an_untyped_const_that_reads_as_a_number_or_boolean_is_not_a_string()
    {
        var spec = Components("""
                Event:
                  type: object
                  properties:
                    kind: {const: refund.issued}
                    typed: {type: string, const: '5'}
                    count: {const: 5}
                    flag: {const: true}
            """);

        var type = spec.Type("Event");
        Assert.Equal(("String", "refund.issued"), (type.Property("kind").Type.Show(), type.Property("kind").FixedValue));
        Assert.Equal(("String", "5"), (type.Property("typed").Type.Show(), type.Property("typed").FixedValue));
        Assert.Null(type.Property("count").FixedValue);
        Assert.Null(type.Property("flag").FixedValue);
    }

    [Fact]
    public void A_nullable_one_value_enum_is_a_nullable_string_with_its_value()
    {
        var spec = Components("""
                Choice:
                  type: object
                  properties:
                    mode: {type: [string, 'null'], enum: [auto, null]}
            """);

        Assert.Equal("String?", spec.Type("Choice").Property("mode").Type.Show());
        Assert.Equal("auto", spec.Type("Choice").Property("mode").FixedValue);
    }

    [Fact]
    public void Two_values_an_integer_enum_a_one_value_number_enum_and_a_one_value_date_keep_what_they_were()
    {
        var spec = Components("""
                Order:
                  type: string
                  enum: [asc, desc]
                Version:
                  type: integer
                  enum: [2]
                Holder:
                  type: object
                  properties:
                    ratio: {type: number, enum: [0.5]}
                    untypedNumber: {enum: [1]}
                    since: {type: string, format: date-time, enum: ['2024-01-01T00:00:00Z']}
            """);

        Assert.Equal(TypeSpecKind.StringEnum, spec.Type("Order").Kind);
        Assert.Equal(TypeSpecKind.IntegerEnum, spec.Type("Version").Kind);
        Assert.Null(spec.Type("Holder").Property("ratio").FixedValue);
        Assert.Null(spec.Type("Holder").Property("untypedNumber").FixedValue);
        // A date is not text: it stays an enum of dates rather than a DateTimeOffset property holding a string.
        Assert.Null(spec.Type("Holder").Property("since").FixedValue);
        Assert.Equal(TypeKind.Named, spec.Type("Holder").Property("since").Type.Kind);
    }

    [Fact]
    public void A_one_value_union_case_is_named_after_its_value()
    {
        var spec = Components("""
                Epochs:
                  oneOf:
                    - {type: string, enum: [auto]}
                    - {type: integer}
                Both:
                  oneOf:
                    - {type: string, enum: [none]}
                    - {type: string, enum: [all]}
            """);

        Assert.Equal(new[] { "Auto:String", "Int32:Int32" }, spec.Type("Epochs").UnionCases.Select(c => c.Name + ":" + c.Type.Show()));
        Assert.Equal(new[] { "None:String", "All:String" }, spec.Type("Both").UnionCases.Select(c => c.Name + ":" + c.Type.Show()));
    }
    [Fact]
    public void A_one_value_parameter_keeps_its_value_and_binds_after_the_other_required_ones_with_its_value_as_default()
    {
        var (bound, _) = ReadBound("""
            openapi: 3.1.0
            info: {title: t, version: '1'}
            paths:
              /reports:
                get:
                  operationId: getReport
                  parameters:
                    - {name: api-version, in: query, required: true, schema: {const: '2024-10-01'}}
                    - {name: from, in: query, required: true, schema: {type: string}}
                    - {name: mode, in: query, schema: {type: string, enum: [fast]}}
                    - {name: size, in: query, required: true, schema: {type: string, enum: [small, large]}}
                  responses: {'204': {description: done}}
            """);

        var operation = bound!.Operations.Single();
        Assert.Equal("2024-10-01", operation.Parameters.Single(p => p.WireName == "api-version").FixedValue);
        Assert.Equal("fast", operation.Parameters.Single(p => p.WireName == "mode").FixedValue);
        Assert.Null(operation.Parameters.Single(p => p.WireName == "from").FixedValue);
        Assert.Null(operation.Parameters.Single(p => p.WireName == "size").FixedValue);
        var plain = operation.Method(MethodKind.Plain)!;
        Assert.Equal(
            new[] { "from:Required", "size:Required", "apiVersion:Fixed", "mode:Optional", "cancellationToken:CancellationToken" },
            plain.Parameters.Select(p => p.Name + ":" + p.Role));
    }
}
