using System.Linq;
using SpecClient.Generator.Model;
using static SpecClient.Generator.Tests.Reading.ReaderHarness;

namespace SpecClient.Generator.Tests.Reading;

/// <summary>Schemas to TypeRefs and TypeSpecs: nullability, formats, enums, allOf, unions, recursion, naming.</summary>
public class SchemaMappingTests
{
    private static ClientSpec Components(string version, string schemas) => ReadSpec(
        (version == "2.0" ? "swagger: '2.0'\n" : "openapi: " + version + "\n") +
        "info: {title: t, version: '1'}\npaths: {}\n" +
        (version == "2.0" ? "definitions:\n" : "components:\n  schemas:\n") +
        schemas);

    [Fact]
    public void Swagger2_x_nullable_makes_a_property_nullable()
    {
        var spec = Components("2.0", """
              Pet:
                type: object
                properties:
                  name: {type: string, x-nullable: true}
                  tag: {type: string}
            """);
        Assert.Equal("String?", spec.Type("Pet").Property("name").Type.Show());
        Assert.Equal("String", spec.Type("Pet").Property("tag").Type.Show());
    }

    [Fact]
    public void OpenApi30_nullable_makes_a_property_nullable()
    {
        var spec = Components("3.0.3", """
                Pet:
                  type: object
                  properties:
                    name: {type: string, nullable: true}
                    tag: {type: string}
                    owner:
                      nullable: true
                      allOf: [{$ref: '#/components/schemas/Owner'}]
                Owner:
                  type: object
                  properties:
                    id: {type: integer}
            """);
        var pet = spec.Type("Pet");
        Assert.Equal("String?", pet.Property("name").Type.Show());
        Assert.Equal("String", pet.Property("tag").Type.Show());
        Assert.Equal("Owner?", pet.Property("owner").Type.Show());
    }

    [Fact]
    public void OpenApi31_type_arrays_and_null_cases_make_a_property_nullable()
    {
        var spec = Components("3.1.0", """
                Pet:
                  type: object
                  properties:
                    name: {type: [string, 'null']}
                    tags: {type: [array, 'null'], items: {type: string}}
                    owner:
                      oneOf: [{$ref: '#/components/schemas/Owner'}, {type: 'null'}]
                    mixed: {type: [string, integer]}
                Owner:
                  type: object
                  properties:
                    id: {type: integer}
            """);
        var pet = spec.Type("Pet");
        Assert.Equal("String?", pet.Property("name").Type.Show());
        Assert.Equal("List<String>?", pet.Property("tags").Type.Show());
        Assert.Equal("Owner?", pet.Property("owner").Type.Show());
        Assert.Equal("Json", pet.Property("mixed").Type.Show());
        Assert.DoesNotContain(spec.Types, t => t.Kind == TypeSpecKind.Union);
    }

    [Fact]
    public void Formats_map_to_their_kinds()
    {
        var spec = Components("3.0.3", """
                All:
                  type: object
                  properties:
                    a: {type: string, format: date-time}
                    b: {type: string, format: date}
                    c: {type: string, format: uuid}
                    d: {type: string, format: byte}
                    e: {type: string, format: binary}
                    f: {type: string, format: uri}
                    g: {type: string, format: duration}
                    h: {type: string, format: email}
                    i: {type: integer}
                    j: {type: integer, format: int64}
                    k: {type: number}
                    l: {type: number, format: float}
                    m: {type: number, format: decimal}
                    n: {type: boolean}
                    o: {type: array}
                    p: {type: object, additionalProperties: {type: integer}}
                    q: {type: object, additionalProperties: true}
                    r: {type: object}
                    s: {}
                    t: {type: object, additionalProperties: {}}
            """);
        Assert.Equal(
            new[]
            {
                "DateTimeOffset", "DateOnly", "Guid", "Bytes", "Stream", "Uri", "TimeSpan", "String", "Int32", "Int64",
                "Double", "Float", "Decimal", "Boolean", "List<Json>", "Map<Int32>", "Map<Json>", "Json", "Json", "Map<Json>",
            },
            spec.Type("All").Properties.Select(p => p.Type.Show()));
    }

    [Fact]
    public void Enums_become_value_types_with_pascal_members()
    {
        var spec = Components("3.0.3", """
                Status:
                  type: string
                  enum: [available, in-stock, SOLD_OUT, '1st', '']
                Level:
                  type: integer
                  enum: [1, 2, -1]
                Pet:
                  type: object
                  properties:
                    status: {$ref: '#/components/schemas/Status'}
                    size: {type: string, enum: [small, large], default: small}
            """);
        var status = spec.Type("Status");
        Assert.Equal(TypeSpecKind.StringEnum, status.Kind);
        Assert.Equal(
            new[] { "Available=available", "InStock=in-stock", "SoldOut=SOLD_OUT", "_1st=1st", "Empty=" },
            status.EnumMembers.Select(m => m.Name + "=" + m.Value));
        var level = spec.Type("Level");
        Assert.Equal(TypeSpecKind.IntegerEnum, level.Kind);
        Assert.Equal(new[] { "_1=1", "_2=2", "Minus1=-1" }, level.EnumMembers.Select(m => m.Name + "=" + m.Value));

        var pet = spec.Type("Pet");
        Assert.True(pet.Property("status").Type.IsValueType);
        Assert.Equal("Status", pet.Property("status").Type.Name);
        var size = pet.Property("size");
        Assert.Equal("PetSize", size.Type.Name);
        Assert.True(size.Type.IsValueType);
        Assert.Equal(new ConstantValue(ConstantKind.String, "small"), size.DefaultValue);
        Assert.Equal(TypeSpecKind.StringEnum, spec.Type("PetSize").Kind);
    }

    [Fact]
    public void AllOf_merges_properties_and_required_in_order()
    {
        var spec = Components("3.0.3", """
                Base:
                  type: object
                  required: [id]
                  properties:
                    id: {type: integer, format: int64}
                    name: {type: string}
                Dog:
                  allOf:
                    - $ref: '#/components/schemas/Base'
                    - type: object
                      required: [bark]
                      properties:
                        bark: {type: boolean}
                Alias:
                  allOf:
                    - $ref: '#/components/schemas/Base'
                Holder:
                  type: object
                  properties:
                    alias: {$ref: '#/components/schemas/Alias'}
            """);
        var dog = spec.Type("Dog");
        Assert.Equal(TypeSpecKind.Object, dog.Kind);
        Assert.Equal(new[] { "Id:Int64:True", "Name:String:False", "Bark:Boolean:True" }, dog.Properties.Select(p => p.Name + ":" + p.Type.Show() + ":" + p.IsRequired));
        Assert.DoesNotContain(spec.Types, t => t.Name == "Alias");
        Assert.Equal("Base", spec.Type("Holder").Property("alias").Type.Show());
    }

    [Fact]
    public void OneOf_with_a_discriminator_is_a_union_with_case_values()
    {
        var spec = Components("3.0.3", """
                Pet:
                  oneOf:
                    - $ref: '#/components/schemas/Cat'
                    - $ref: '#/components/schemas/Dog'
                  discriminator:
                    propertyName: kind
                    mapping:
                      kitty: '#/components/schemas/Cat'
                Cat:
                  type: object
                  required: [kind]
                  properties:
                    kind: {type: string}
                Dog:
                  type: object
                  required: [kind]
                  properties:
                    kind: {type: string}
                CatOrDog:
                  anyOf: [{$ref: '#/components/schemas/Cat'}, {$ref: '#/components/schemas/Dog'}]
            """);
        var pet = spec.Type("Pet");
        Assert.Equal(TypeSpecKind.Union, pet.Kind);
        Assert.Equal("kind", pet.Discriminator);
        Assert.Equal(new[] { "Cat:Cat:kitty", "Dog:Dog:Dog" }, pet.UnionCases.Select(c => c.Name + ":" + c.Type.Show() + ":" + c.DiscriminatorValue));

        var catOrDog = spec.Type("CatOrDog");
        Assert.Equal(TypeSpecKind.Union, catOrDog.Kind);
        Assert.Null(catOrDog.Discriminator);
        Assert.Equal(new[] { "Cat:Cat:", "Dog:Dog:" }, catOrDog.UnionCases.Select(c => c.Name + ":" + c.Type.Show() + ":" + c.DiscriminatorValue));
    }

    [Fact]
    public void Recursive_schemas_refer_to_themselves()
    {
        var spec = Components("3.0.3", """
                Node:
                  type: object
                  properties:
                    children: {type: array, items: {$ref: '#/components/schemas/Node'}}
                    parent: {$ref: '#/components/schemas/Node'}
                    owner: {$ref: '#/components/schemas/Owner'}
                Owner:
                  type: object
                  properties:
                    root: {$ref: '#/components/schemas/Node'}
                Loop:
                  $ref: '#/components/schemas/Loop2'
                Loop2:
                  $ref: '#/components/schemas/Loop'
            """);
        var node = spec.Type("Node");
        Assert.Equal("List<Node>", node.Property("children").Type.Show());
        Assert.Equal("Node", node.Property("parent").Type.Show());
        Assert.Equal("Owner", node.Property("owner").Type.Show());
        Assert.Equal("Node", spec.Type("Owner").Property("root").Type.Show());
        Assert.Equal(new[] { "Node", "Owner" }, spec.Types.Select(t => t.Name));
    }

    [Fact]
    public void Primitive_and_array_components_are_inlined_at_their_references()
    {
        var spec = Components("3.0.3", """
                Id: {type: string, format: uuid}
                Ids: {type: array, items: {$ref: '#/components/schemas/Id'}}
                Tags:
                  type: array
                  items:
                    type: object
                    properties:
                      label: {type: string}
                Thing:
                  type: object
                  properties:
                    id: {$ref: '#/components/schemas/Id'}
                    ids: {$ref: '#/components/schemas/Ids'}
                    tags: {$ref: '#/components/schemas/Tags'}
            """);
        var thing = spec.Type("Thing");
        Assert.Equal(new[] { "Guid", "List<Guid>", "List<TagsItem>" }, thing.Properties.Select(p => p.Type.Show()));
        Assert.Equal(new[] { "Thing", "TagsItem" }, spec.Types.Select(t => t.Name));
    }

    [Fact]
    public void Inline_types_are_named_from_where_they_stand()
    {
        var spec = ReadSpec("""
            openapi: 3.0.3
            info: {title: t, version: '1'}
            paths:
              /pets:
                post:
                  operationId: createPet
                  parameters:
                    - name: sort
                      in: query
                      schema: {type: string, enum: [asc, desc]}
                  requestBody:
                    content:
                      application/json:
                        schema:
                          type: object
                          properties:
                            owner:
                              type: object
                              properties:
                                name: {type: string}
                            toys:
                              type: array
                              items:
                                type: object
                                properties:
                                  kind: {type: string}
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema:
                            type: object
                            properties:
                              id: {type: string}
                    '404':
                      description: missing
                      content:
                        application/json:
                          schema:
                            type: object
                            properties:
                              message: {type: string}
            """);
        Assert.Equal(
            new[] { "CreatePetSort", "CreatePetRequest", "CreatePetRequestOwner", "CreatePetRequestToysItem", "CreatePetResponse", "CreatePet404Error" },
            spec.Types.Select(t => t.Name));
        Assert.Equal("#/paths/~1pets/post/requestBody/content/application~1json/schema", spec.Type("CreatePetRequest").SchemaName);
    }

    [Fact]
    public void Property_names_are_pascal_unique_and_never_the_type_name()
    {
        var result = ReadBound("""
            openapi: 3.0.3
            info: {title: t, version: '1'}
            paths: {}
            components:
              schemas:
                item:
                  type: object
                  properties:
                    item: {type: string}
                    first_name: {type: string}
                    firstName: {type: string}
                    2fa: {type: boolean}
                    class: {type: string}
                    $ref-count: {type: integer}
                Item:
                  type: object
                  properties:
                    x: {type: string}
            """);
        var spec = result.Spec!;
        var item = spec.Type("Item");
        Assert.Equal("item", item.SchemaName);
        Assert.Equal(new[] { "ItemValue", "FirstName", "FirstName2", "_2fa", "Class", "RefCount" }, item.Properties.Select(p => p.Name));
        Assert.Equal("Item2", spec.Types[1].Name);
        Assert.Contains(result.Diagnostics, d => d.Id == "SPEC011" && d.MessageArgs.SequenceEqual(new[] { "property", "firstName", "FirstName2" }));
        Assert.Contains(result.Diagnostics, d => d.Id == "SPEC011" && d.MessageArgs.SequenceEqual(new[] { "schema", "Item", "Item2" }));
    }

    [Fact]
    public void Property_flags_and_defaults_are_carried()
    {
        var spec = Components("3.0.3", """
                Pet:
                  type: object
                  properties:
                    id: {type: integer, readOnly: true, description: The id}
                    secret: {type: string, writeOnly: true}
                    old: {type: string, deprecated: true}
                    count: {type: integer, default: 10}
                    on: {type: boolean, default: true}
            """);
        var pet = spec.Type("Pet");
        Assert.True(pet.Property("id").IsReadOnly);
        Assert.Equal("The id", pet.Property("id").Description);
        Assert.True(pet.Property("secret").IsWriteOnly);
        Assert.True(pet.Property("old").IsDeprecated);
        Assert.Equal(new ConstantValue(ConstantKind.Number, "10"), pet.Property("count").DefaultValue);
        Assert.Equal(new ConstantValue(ConstantKind.Boolean, "true"), pet.Property("on").DefaultValue);
    }
}
