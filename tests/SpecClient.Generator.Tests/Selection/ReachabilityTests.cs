using System.Collections.Generic;
using System.Linq;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Tests.Selection;

/// <summary>Only the schemas the kept operations reach become types, through every construct that names a schema.</summary>
public class ReachabilityTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: {title: Reach, version: '1'}
        paths:
          /root:
            get:
              operationId: getRoot
              responses:
                '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Root'}}}}
          /derived:
            post:
              operationId: postDerived
              requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/Derived'}}}}
              responses: {'204': {description: ok}}
          /unused:
            get:
              operationId: getUnused
              parameters: [{name: mode, in: query, schema: {$ref: '#/components/schemas/ParamEnum'}}]
              responses:
                '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Unused'}}}}
        components:
          schemas:
            Root:
              type: object
              properties:
                viaRef: {$ref: '#/components/schemas/Prop'}
                list: {type: array, items: {$ref: '#/components/schemas/Item'}}
                extras: {type: object, additionalProperties: {$ref: '#/components/schemas/Extra'}}
                choice:
                  oneOf: [{$ref: '#/components/schemas/CaseA'}, {$ref: '#/components/schemas/CaseB'}]
                  discriminator:
                    propertyName: kind
                    mapping: {a: '#/components/schemas/CaseA', b: '#/components/schemas/CaseB', c: '#/components/schemas/CaseC'}
                either:
                  anyOf: [{$ref: '#/components/schemas/AnyA'}, {type: string}]
                aliased: {$ref: '#/components/schemas/ItemList'}
            Derived:
              allOf:
                - $ref: '#/components/schemas/Base'
                - properties:
                    own: {$ref: '#/components/schemas/Own'}
            Base:
              type: object
              properties:
                baseProp: {$ref: '#/components/schemas/BaseProp'}
            ItemList: {type: array, items: {$ref: '#/components/schemas/Listed'}}
            Prop: {type: object, properties: {name: {type: string}}}
            Item: {type: object, properties: {status: {$ref: '#/components/schemas/Status'}}}
            Status: {type: string, enum: [on, off]}
            Extra: {type: object, properties: {name: {type: string}}}
            CaseA: {type: object, properties: {kind: {type: string}}}
            CaseB: {type: object, properties: {kind: {type: string}}}
            CaseC: {type: object, properties: {kind: {type: string}}}
            AnyA: {type: object, properties: {name: {type: string}}}
            Own: {type: object, properties: {name: {type: string}}}
            BaseProp: {type: object, properties: {name: {type: string}}}
            Listed: {type: object, properties: {name: {type: string}}}
            Unused:
              type: object
              properties:
                child: {$ref: '#/components/schemas/UnusedChild'}
                odd: {not: {type: string}}
            UnusedChild: {type: object, properties: {name: {type: string}}}
            ParamEnum: {type: string, enum: [a, b]}
        """;

    private static readonly string[] Reached =
    {
        "AnyA", "Base", "BaseProp", "CaseA", "CaseB", "CaseC", "Derived", "Extra", "Item", "Listed", "Own", "Prop", "Root", "Status",
    };

    [Fact]
    public void Kept_operations_reach_schemas_through_ref_items_additionalProperties_oneOf_anyOf_allOf_and_discriminator_mappings()
    {
        var spec = SelectionHarness.ReadSpec(Spec, "getRoot;postDerived");

        var components = spec.Types.Where(t => !t.SchemaName.StartsWith('#')).Select(t => t.Name).OrderBy(n => n, System.StringComparer.Ordinal);
        Assert.Equal(Reached, components);
    }

    [Fact]
    public void Inline_types_of_reached_schemas_are_kept_and_every_named_type_the_model_uses_is_in_it()
    {
        var spec = SelectionHarness.ReadSpec(Spec, "getRoot;postDerived");

        Assert.Contains("RootChoice", spec.TypeNames());
        Assert.Contains("RootEither", spec.TypeNames());
        var declared = spec.Types.Select(t => t.Name).ToHashSet();
        Assert.All(UsedNames(spec), name => Assert.Contains(name, declared));
    }

    [Fact]
    public void A_parameter_schema_is_reached_and_an_unreached_schema_and_its_children_are_left_out()
    {
        var kept = SelectionHarness.ReadSpec(Spec, "getUnused").TypeNames();
        var dropped = SelectionHarness.ReadSpec(Spec, null, "getUnused").TypeNames();

        Assert.Equal(new[] { "ParamEnum", "Unused", "UnusedChild" }, kept);
        Assert.DoesNotContain("Unused", dropped);
        Assert.DoesNotContain("UnusedChild", dropped);
        Assert.DoesNotContain("ParamEnum", dropped);
    }

    [Fact]
    public void Without_selection_every_schema_is_a_type_as_before()
    {
        var all = SelectionHarness.ReadSpec(Spec, null).TypeNames();

        Assert.Superset(new HashSet<string>(Reached.Concat(new[] { "Unused", "UnusedChild", "ParamEnum" })), new HashSet<string>(all));
    }

    [Fact]
    public void Findings_inside_schemas_no_kept_operation_reaches_are_not_reported()
    {
        var selected = SelectionHarness.Read(Spec, "getRoot");
        var everything = SelectionHarness.Read(Spec, null);

        Assert.Contains(everything.Diagnostics, d => d.Id == "SPEC008");
        Assert.DoesNotContain(selected.Diagnostics, d => d.Id == "SPEC008");
    }

    [Fact]
    public void Warnings_about_left_out_operations_and_webhooks_are_dropped_and_errors_stay()
    {
        const string text = """
            openapi: 3.1.0
            info: {title: Hooks, version: '1'}
            paths:
              /kept:
                get:
                  operationId: kept
                  responses: {'204': {description: ok}}
              /dropped:
                get:
                  operationId: dropped
                  callbacks: {onEvent: {}}
                  responses:
                    '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Missing'}}}}
            webhooks:
              newPet:
                post:
                  responses: {'200': {description: ok}}
            """;

        var everything = SelectionHarness.Read(text, null);
        var selected = SelectionHarness.Read(text, "kept");

        Assert.Equal(2, everything.Diagnostics.Count(d => d.Id == "SPEC008"));
        Assert.DoesNotContain(selected.Diagnostics, d => d.Id == "SPEC008");
        Assert.Contains(selected.Diagnostics, d => d.Id == "SPEC004");
    }

    [Fact]
    public void Type_names_do_not_depend_on_the_selection()
    {
        const string colliding = """
            openapi: 3.0.3
            info: {title: Names, version: '1'}
            paths:
              /a:
                get:
                  operationId: getA
                  responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/pet'}}}}}
              /b:
                get:
                  operationId: getB
                  responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Pet'}}}}}
            components:
              schemas:
                pet: {type: object, properties: {a: {type: string}}}
                Pet: {type: object, properties: {b: {type: string}}}
            """;

        var full = SelectionHarness.ReadSpec(colliding, null);
        var onlyB = SelectionHarness.ReadSpec(colliding, "getB");

        var fullName = full.Types.Single(t => t.SchemaName == "Pet").Name;
        Assert.Equal("Pet2", fullName);
        Assert.Equal(fullName, Assert.Single(onlyB.Types).Name);
        Assert.Equal(TypeRef.Named("Pet2"), onlyB.Operations.Single().Responses.Single().Type);
    }

    private static IEnumerable<string> UsedNames(ClientSpec spec)
    {
        var refs = new List<TypeRef>();
        foreach (var operation in spec.Operations)
        {
            refs.AddRange(operation.Parameters.Select(p => p.Type));
            refs.AddRange(operation.Responses.Where(r => r.Type is not null).Select(r => r.Type!));
            if (operation.Body is { } body)
            {
                refs.Add(body.Type);
            }
        }

        foreach (var type in spec.Types)
        {
            refs.AddRange(type.Properties.Select(p => p.Type));
            refs.AddRange(type.UnionCases.Select(c => c.Type));
            if (type.AdditionalProperties is { } extras)
            {
                refs.Add(extras);
            }
        }

        return refs.SelectMany(Names).Distinct();
    }

    private static IEnumerable<string> Names(TypeRef type) =>
        type.Kind == TypeKind.Named ? new[] { type.Name! } : type.Element is { } element ? Names(element) : Enumerable.Empty<string>();
}
