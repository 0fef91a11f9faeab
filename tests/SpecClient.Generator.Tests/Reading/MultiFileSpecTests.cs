using System.Linq;
using SpecClient.Generator.Model;
using SpecClient.Generator.Reading;
using static SpecClient.Generator.Tests.Reading.ReaderHarness;

namespace SpecClient.Generator.Tests.Reading;

/// <summary>
/// Specs split over several files: the reader bundles the entry and the files it reaches (given in
/// memory, as the build passes them) into one document, and findings point into the file at fault.
/// </summary>
public class MultiFileSpecTests
{
    private const string Entry = "/api/openapi.yaml";

    private static ReadResult ReadFiles(string entry, params (string Path, string Text)[] others) =>
        SpecReader.Read(new SpecInput
        {
            Entry = new SpecDocument(Entry, entry),
            OtherDocuments = others.Select(o => new SpecDocument(o.Path, o.Text)).ToEquatableArray(),
            Options = new ClientOptions { ClassName = "TestClient", Namespace = "Test.Api" },
        });

    private static ClientSpec SpecOf(ReadResult result)
    {
        Assert.True(result.Spec is not null, "no model; diagnostics: " + Describe(result));
        Assert.True(!result.Diagnostics.Any(), "unexpected findings: " + Describe(result));
        return ReaderHarness.Named(result.Spec!);
    }

    private static DiagnosticInfo Only(ReadResult result, string id)
    {
        var found = result.Diagnostics.Where(d => d.Id == id).ToList();
        Assert.True(found.Count == 1, "expected one " + id + "; got: " + Describe(result));
        return found[0];
    }

    private static void AssertAt(DiagnosticInfo diagnostic, string file, int line, int column)
    {
        Assert.NotNull(diagnostic.Location);
        Assert.Equal((file, line, column), (diagnostic.Location!.FilePath, diagnostic.Location.StartLine, diagnostic.Location.StartColumn));
    }

    private const string PetFile = """
        type: object
        required: [name]
        properties:
          name: {type: string}
          age: {type: integer, format: int32}
        """;

    [Fact]
    public void A_schema_file_becomes_one_named_component_shared_by_every_reference()
    {
        var result = ReadFiles("""
            openapi: 3.0.3
            info: {title: t, version: '1'}
            paths:
              /pets:
                get:
                  operationId: listPets
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema: {type: array, items: {$ref: './schemas/pet.yaml'}}
                post:
                  operationId: addPet
                  requestBody:
                    content:
                      application/json:
                        schema: {$ref: 'schemas/pet.yaml'}
                  responses: {'204': {description: ok}}
            """, ("/api/schemas/pet.yaml", PetFile));

        var spec = SpecOf(result);
        Assert.Equal(new[] { "Pet" }, spec.Types.Select(t => t.Name));
        Assert.Equal(new[] { "Name:String", "Age:Int32" }, spec.Type("Pet").Properties.Select(p => p.Name + ":" + p.Type.Show()));
        Assert.Equal("List<Pet>", spec.Operation("ListPets").Responses[0].Type!.Show());
        Assert.Equal("Pet", spec.Operation("AddPet").Body!.Type.Show());
    }

    [Fact]
    public void A_reference_with_a_pointer_names_the_component_after_the_pointer_and_keeps_entry_names()
    {
        var result = ReadFiles("""
            openapi: 3.0.3
            info: {title: t, version: '1'}
            paths: {}
            components:
              schemas:
                Animal: {$ref: './schemas/pet.yaml'}
                Owner:
                  type: object
                  properties:
                    tag: {$ref: './common.yaml#/definitions/Tag'}
                    pet: {$ref: './schemas/pet.yaml'}
            """,
            ("/api/schemas/pet.yaml", PetFile),
            ("/api/common.yaml", "definitions:\n  Tag:\n    type: object\n    properties:\n      label: {type: string}\n"));

        var spec = SpecOf(result);
        Assert.Equal(new[] { "Animal", "Owner", "Tag" }, spec.Types.Select(t => t.Name).OrderBy(n => n));
        Assert.Equal("Tag", spec.Type("Owner").Property("tag").Type.Show());
        Assert.Equal("Animal", spec.Type("Owner").Property("pet").Type.Show());
        Assert.Equal("Label:String", string.Join(",", spec.Type("Tag").Properties.Select(p => p.Name + ":" + p.Type.Show())));
    }

    [Fact]
    public void References_resolve_relative_to_the_file_that_holds_them_through_nested_folders()
    {
        var result = ReadFiles("""
            openapi: 3.0.3
            info: {title: t, version: '1'}
            paths:
              /pets:
                get:
                  $ref: 'resources/pets/pets_list.yml'
            """,
            ("/api/resources/pets/pets_list.yml", """
                operationId: pets_list
                parameters:
                  - $ref: '../../shared/parameters.yml#/per_page'
                responses:
                  '200':
                    $ref: 'responses/all.yml'
                """),
            ("/api/resources/pets/responses/all.yml", """
                description: every pet
                content:
                  application/json:
                    schema:
                      type: array
                      items: {$ref: '../models/pet.yml'}
                """),
            ("/api/resources/pets/models/pet.yml", "type: object\nproperties:\n  category: {$ref: './category.yml'}\n"),
            ("/api/resources/pets/models/category.yml", "type: object\nproperties:\n  name: {type: string}\n"),
            ("/api/shared/parameters.yml", "per_page:\n  name: per_page\n  in: query\n  schema: {type: integer, format: int32}\n"));

        var spec = SpecOf(result);
        var list = spec.Operation("PetsList");
        Assert.Equal("List<Pet>", list.Responses[0].Type!.Show());
        Assert.Equal("perPage:Int32", string.Join(",", list.Parameters.Select(p => p.Name + ":" + p.Type.Show())));
        Assert.Equal("Category", spec.Type("Pet").Property("category").Type.Show());
        Assert.Equal("Name:String", string.Join(",", spec.Type("Category").Properties.Select(p => p.Name + ":" + p.Type.Show())));
    }

    [Fact]
    public void Recursive_and_mutually_recursive_schema_files_terminate_as_components()
    {
        var result = ReadFiles("""
            openapi: 3.0.3
            info: {title: t, version: '1'}
            paths:
              /tree:
                get:
                  operationId: getTree
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema: {$ref: 'models/node.yaml'}
            """,
            ("/api/models/node.yaml", "type: object\nproperties:\n  children: {type: array, items: {$ref: './node.yaml'}}\n  owner: {$ref: './person.yaml'}\n"),
            ("/api/models/person.yaml", "type: object\nproperties:\n  root: {$ref: 'node.yaml'}\n"));

        var spec = SpecOf(result);
        Assert.Equal(new[] { "Node", "Person" }, spec.Types.Select(t => t.Name).OrderBy(n => n));
        Assert.Equal("List<Node>", spec.Type("Node").Property("children").Type.Show());
        Assert.Equal("Person", spec.Type("Node").Property("owner").Type.Show());
        Assert.Equal("Node", spec.Type("Person").Property("root").Type.Show());
    }

    [Fact]
    public void A_ref_on_an_operation_is_inlined_and_one_on_a_description_is_SPEC023_and_not_followed()
    {
        var result = ReadFiles("""
            openapi: 3.0.3
            info:
              title: t
              version: '1'
              description:
                $ref: 'description.yml#/introduction'
            paths:
              /a:
                get:
                  $ref: 'resources/a_get.yml'
            """,
            ("/api/description.yml", "introduction: |\n  Welcome to the API.\n"),
            ("/api/resources/a_get.yml", """
                operationId: a_get
                summary: Get an A
                description:
                  $ref: '../description.yml#/introduction'
                responses:
                  '204': {description: done}
                """));

        var refused = result.Diagnostics.Where(d => d.Id == "SPEC023").OrderBy(d => d.Location!.FilePath).ToList();
        Assert.Equal(2, refused.Count);
        Assert.Equal(result.Diagnostics.Count, refused.Count);
        AssertAt(refused[0], Entry, 5, 4);
        AssertAt(refused[1], "/api/resources/a_get.yml", 3, 2);
        var spec = result.Spec!;
        Assert.True(string.IsNullOrEmpty(spec.Description));
        var operation = spec.Operation("AGet");
        Assert.Equal("Get an A", operation.Summary);
        Assert.True(string.IsNullOrEmpty(operation.Description));
    }

    [Fact]
    public void A_missing_file_is_SPEC004_located_in_the_referencing_file()
    {
        var result = ReadFiles("""
            openapi: 3.0.3
            info: {title: t, version: '1'}
            paths:
              /a:
                get:
                  $ref: 'resources/a_get.yml'
            """,
            ("/api/resources/a_get.yml", """
                operationId: a_get
                responses:
                  '200':
                    description: ok
                    content:
                      application/json:
                        schema:
                          $ref: '../models/missing.yml'
                """));

        var error = Only(result, "SPEC004");
        Assert.True(IsError(error));
        Assert.Equal(new[] { "../models/missing.yml" }, error.MessageArgs);
        AssertAt(error, "/api/resources/a_get.yml", 7, 10);
    }

    [Fact]
    public void A_url_reference_in_another_file_is_SPEC009_there_and_json()
    {
        var result = ReadFiles("""
            openapi: 3.0.3
            info: {title: t, version: '1'}
            paths: {}
            components:
              schemas:
                Pet: {$ref: './pet.yaml'}
            """,
            ("/api/pet.yaml", "type: object\nproperties:\n  tag: {$ref: 'https://example.com/schemas/tag.json'}\n"));

        var warning = Only(result, "SPEC009");
        Assert.Equal(new[] { "https://example.com/schemas/tag.json" }, warning.MessageArgs);
        AssertAt(warning, "/api/pet.yaml", 2, 8);
        Assert.Equal("Json", ReaderHarness.Named(result.Spec!).Type("Pet").Property("tag").Type.Show());
    }

    [Fact]
    public void A_cycle_of_non_schema_references_between_two_files_ends_with_a_located_warning()
    {
        var result = ReadFiles("""
            openapi: 3.0.3
            info: {title: t, version: '1'}
            paths:
              /a:
                $ref: 'a.yml'
            """,
            ("/api/a.yml", "get:\n  operationId: a\n  responses:\n    '204': {$ref: 'b.yml#/Done'}\n"),
            ("/api/b.yml", "Done:\n  description: ok\n  headers:\n    X-Back:\n      $ref: 'a.yml#/get/responses/204'\n"));

        var warning = Only(result, "SPEC008");
        Assert.Contains("'b.yml#/Done', which leads back to itself", warning.MessageArgs[0]);
        AssertAt(warning, "/api/a.yml", 3, 12);
        Assert.Equal(new[] { "A" }, result.Spec!.Operations.Select(o => o.Name));
    }

    [Fact]
    public void A_syntax_error_in_a_referenced_file_is_SPEC001_located_in_that_file()
    {
        var result = ReadFiles("""
            openapi: 3.0.3
            info: {title: t, version: '1'}
            paths: {}
            components:
              schemas:
                Pet: {$ref: './pet.yaml'}
            """,
            ("/api/pet.yaml", "type: object\nproperties: [1\n"));

        var error = Only(result, "SPEC001");
        Assert.Equal("/api/pet.yaml", error.Location!.FilePath);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "SPEC004");
    }

    [Fact]
    public void A_swagger_2_spec_gets_its_schema_files_as_definitions()
    {
        var result = ReadFiles("""
            swagger: '2.0'
            info: {title: t, version: '1'}
            paths:
              /pets:
                get:
                  operationId: listPets
                  produces: [application/json]
                  responses:
                    '200':
                      description: ok
                      schema: {$ref: './pet.yaml'}
            """, ("/api/pet.yaml", PetFile));

        var spec = SpecOf(result);
        Assert.Equal("Pet", spec.Operation("ListPets").Responses[0].Type!.Show());
        Assert.Equal(new[] { "Name:String", "Age:Int32" }, spec.Type("Pet").Properties.Select(p => p.Name + ":" + p.Type.Show()));
    }

    [Fact]
    public void A_finding_inside_an_inlined_file_points_into_that_file()
    {
        var result = ReadFiles("""
            openapi: 3.0.3
            info: {title: t, version: '1'}
            paths:
              /a:
                get:
                  $ref: 'a_get.yml'
            """,
            ("/api/a_get.yml", "operationId: a_get\nresponses:\n  '200':\n    description: ok\n    content:\n      application/json:\n        schema: {$ref: '#/nowhere'}\n"));

        var error = Only(result, "SPEC004");
        Assert.Equal("/api/a_get.yml", error.Location!.FilePath);
        Assert.Equal(6, error.Location.StartLine);
    }

    [Fact]
    public void A_discriminator_mapping_to_schema_files_keeps_its_keys_as_the_wire_values()
    {
        var result = ReadFiles("""
            openapi: 3.0.3
            info: {title: t, version: '1'}
            paths: {}
            components:
              schemas:
                Action: {$ref: './models/action.yml'}
            """,
            ("/api/models/action.yml", """
                oneOf:
                  - $ref: 'attach.yml'
                  - $ref: 'detach.yml'
                discriminator:
                  propertyName: type
                  mapping:
                    attach_volume: 'attach.yml'
                    detach_volume: 'detach.yml'
                """),
            ("/api/models/attach.yml", "type: object\nrequired: [type]\nproperties:\n  type: {type: string}\n  volume: {type: string}\n"),
            ("/api/models/detach.yml", "type: object\nrequired: [type]\nproperties:\n  type: {type: string}\n"));

        var action = SpecOf(result).Type("Action");
        Assert.Equal(new[] { "Attach:Attach:attach_volume", "Detach:Detach:detach_volume" }, action.UnionCases.Select(c => c.Name + ":" + c.Type.Show() + ":" + c.DiscriminatorValue));
    }

    [Fact]
    public void Plain_yaml_scalars_keep_their_types_through_the_bundle()
    {
        var result = ReadFiles("""
            openapi: 3.0.3
            info: {title: t, version: '1'}
            paths: {}
            components:
              schemas:
                Limits: {$ref: './limits.yaml'}
            """,
            ("/api/limits.yaml", "type: object\nproperties:\n  size: {type: integer, format: int32, default: 10}\n  on: {type: boolean, default: true}\n  code: {type: string, default: '007'}\n"));

        var limits = SpecOf(result).Type("Limits");
        Assert.Equal(
            new[] { "Size:Int32:Number 10", "On:Boolean:Boolean true", "Code:String:String 007" },
            limits.Properties.Select(p => p.Name + ":" + p.Type.Show() + ":" + p.DefaultValue!.Kind + " " + p.DefaultValue.Text));
    }
}
