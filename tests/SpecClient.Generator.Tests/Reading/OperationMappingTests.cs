using System.Linq;
using SpecClient.Generator.Model;
using static SpecClient.Generator.Tests.Reading.ReaderHarness;

namespace SpecClient.Generator.Tests.Reading;

/// <summary>Operations: names, parameters, bodies, responses, security, servers, grouping.</summary>
public class OperationMappingTests
{
    [Fact]
    public void Operations_follow_path_then_method_order_and_get_names_without_ids()
    {
        var spec = ReadSpec("""
            openapi: 3.0.3
            info: {title: t, version: '1'}
            paths:
              /pets/{petId}:
                delete: {responses: {'204': {description: gone}}}
                get: {responses: {'200': {description: ok}}}
              /pets:
                post: {operationId: 'create-pet', responses: {'201': {description: made}}}
                get: {operationId: getURLInfo, responses: {'200': {description: ok}}}
              /:
                get: {responses: {'200': {description: ok}}}
            """);
        Assert.Equal(
            new[] { "GetPetsByPetId:get /pets/{petId}", "DeletePetsByPetId:delete /pets/{petId}", "GetUrlInfo:getURLInfo", "CreatePet:create-pet", "Get:get /" },
            spec.Operations.Select(o => o.Name + ":" + o.OperationId));
        Assert.Equal(new[] { "GET", "DELETE", "GET", "POST", "GET" }, spec.Operations.Select(o => o.HttpMethod));
    }

    [Fact]
    public void Colliding_operation_names_get_a_suffix_and_a_warning()
    {
        var result = ReadBound("""
            openapi: 3.0.3
            info: {title: t, version: '1'}
            paths:
              /a:
                get: {operationId: list_items, responses: {'200': {description: ok}}}
              /b:
                get: {operationId: listItems, responses: {'200': {description: ok}}}
              /c:
                get: {operationId: 1st-call, responses: {'200': {description: ok}}}
            """);
        Assert.Equal(new[] { "ListItems", "ListItems2", "_1stCall" }, result.Spec!.Operations.Select(o => o.Name));
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal("SPEC011", warning.Id);
        Assert.Equal(new[] { "operation", "listItems", "ListItems2" }, warning.MessageArgs);
        Assert.Equal(6, warning.Location!.StartLine);
    }

    [Fact]
    public void Parameters_merge_path_level_and_order_path_required_optional()
    {
        var spec = ReadSpec("""
            openapi: 3.0.3
            info: {title: t, version: '1'}
            paths:
              /orgs/{org_id}/items/{item-id}:
                parameters:
                  - {name: item-id, in: path, required: true, schema: {type: string}}
                  - {name: org_id, in: path, required: true, schema: {type: string}}
                  - {name: limit, in: query, description: path level, schema: {type: integer}}
                get:
                  parameters:
                    - {name: X-Request-Id, in: header, schema: {type: string}}
                    - {name: limit, in: query, description: operation level, schema: {type: integer, default: 20}}
                    - {name: workspace_id, in: query, required: true, schema: {type: string}}
                    - {name: body, in: query, schema: {type: string}}
                    - {name: cancellationToken, in: query, schema: {type: string}}
                    - {name: session, in: cookie, schema: {type: string}}
                  responses: {'200': {description: ok}}
            """);
        var parameters = spec.Operations[0].Parameters;
        Assert.Equal(
            new[] { "orgId", "itemId", "workspaceId", "xRequestId", "limit", "body2", "cancellationToken2", "session" },
            parameters.Select(p => p.Name));
        Assert.Equal(new[] { true, true, true, false, false, false, false, false }, parameters.Select(p => p.IsRequired));
        var limit = parameters.Single(p => p.WireName == "limit");
        Assert.Equal("operation level", limit.Description);
        Assert.Equal(new ConstantValue(ConstantKind.Number, "20"), limit.DefaultValue);
        Assert.Equal(
            new[] { "Path/Simple/False", "Path/Simple/False", "Query/Form/True", "Header/Simple/False", "Query/Form/True", "Query/Form/True", "Query/Form/True", "Cookie/Form/True" },
            parameters.Select(p => p.In + "/" + p.Style + "/" + p.Explode));
    }

    [Fact]
    public void Accept_content_type_and_authorization_headers_are_ignored_as_the_spec_says()
    {
        var spec = ReadSpec("""
            openapi: 3.0.3
            info: {title: t, version: '1'}
            paths:
              /a:
                get:
                  parameters:
                    - {name: Accept, in: header, schema: {type: string}}
                    - {name: content-type, in: header, schema: {type: string}}
                    - {name: Authorization, in: header, required: true, schema: {type: string}}
                    - {name: Accept, in: query, schema: {type: string}}
                    - {name: X-Trace, in: header, schema: {type: string}}
                  responses: {'200': {description: ok}}
            """);
        Assert.Equal(new[] { "accept:Query", "xTrace:Header" }, spec.Operations[0].Parameters.Select(p => p.Name + ":" + p.In));
    }

    [Fact]
    public void Explicit_styles_are_kept_and_explode_defaults_per_style()
    {
        var spec = ReadSpec("""
            openapi: 3.0.3
            info: {title: t, version: '1'}
            paths:
              /a:
                get:
                  parameters:
                    - {name: ids, in: query, explode: false, schema: {type: array, items: {type: integer}}}
                    - {name: tags, in: query, style: pipeDelimited, schema: {type: array, items: {type: string}}}
                    - {name: filter, in: query, style: deepObject, schema: {type: object, additionalProperties: {type: string}}}
                  responses: {'200': {description: ok}}
            """);
        Assert.Equal(
            new[] { "ids:Form/False:List<Int32>", "tags:PipeDelimited/False:List<String>", "filter:DeepObject/False:Map<String>" },
            spec.Operations[0].Parameters.Select(p => p.Name + ":" + p.Style + "/" + p.Explode + ":" + p.Type.Show()));
    }

    [Fact]
    public void Swagger2_collection_formats_map_to_styles()
    {
        var spec = ReadSpec("""
            swagger: '2.0'
            info: {title: t, version: '1'}
            paths:
              /a:
                get:
                  parameters:
                    - {name: csv, in: query, type: array, items: {type: string}, collectionFormat: csv}
                    - {name: none, in: query, type: array, items: {type: string}}
                    - {name: ssv, in: query, type: array, items: {type: string}, collectionFormat: ssv}
                    - {name: pipes, in: query, type: array, items: {type: string}, collectionFormat: pipes}
                    - {name: multi, in: query, type: array, items: {type: string}, collectionFormat: multi}
                    - {name: head, in: header, type: array, items: {type: string}}
                  responses: {'200': {description: ok}}
            """);
        Assert.Equal(
            new[] { "csv:Form/False", "none:Form/False", "ssv:SpaceDelimited/False", "pipes:PipeDelimited/False", "multi:Form/True", "head:Simple/False" },
            spec.Operations[0].Parameters.Select(p => p.Name + ":" + p.Style + "/" + p.Explode));
    }

    [Fact]
    public void Swagger2_bodies_form_data_and_servers()
    {
        var spec = ReadSpec("""
            swagger: '2.0'
            info: {title: t, version: '1'}
            host: api.example.com
            basePath: /v1
            schemes: [https]
            paths:
              /pets:
                post:
                  operationId: addPet
                  parameters:
                    - {name: pet, in: body, required: true, schema: {$ref: '#/definitions/Pet'}}
                  responses:
                    '200': {description: ok, schema: {$ref: '#/definitions/Pet'}}
                    '405': {description: invalid}
              /pets/{id}/photo:
                post:
                  operationId: uploadPhoto
                  consumes: [multipart/form-data]
                  parameters:
                    - {name: id, in: path, required: true, type: integer, format: int64}
                    - {name: file, in: formData, required: true, type: file}
                    - {name: note, in: formData, type: string}
                  responses: {'200': {description: ok}}
            definitions:
              Pet: {type: object, properties: {name: {type: string}}}
            """);
        Assert.Equal("https://api.example.com/v1", spec.DefaultBaseUrl);
        var add = spec.Operation("AddPet");
        Assert.Equal(BodyKind.Json, add.Body!.Kind);
        Assert.Equal("application/json", add.Body.ContentType);
        Assert.Equal("Pet", add.Body.Type.Show());
        Assert.True(add.Body.IsRequired);
        Assert.Equal("application/json|Json|Pet", add.Responses[0].ContentType + "|" + add.Responses[0].Kind + "|" + add.Responses[0].Type!.Show());
        Assert.Null(add.Responses[1].Type);
        Assert.Null(add.Responses[1].ContentType);

        var upload = spec.Operation("UploadPhoto");
        Assert.Equal("id:Int64", string.Join(",", upload.Parameters.Select(p => p.Name + ":" + p.Type.Show())));
        Assert.Equal(BodyKind.Multipart, upload.Body!.Kind);
        var form = spec.Type(upload.Body.Type.Name!);
        Assert.Equal(new[] { "File:Stream", "Note:String" }, form.Properties.Select(p => p.Name + ":" + p.Type.Show()));
    }

    [Fact]
    public void Request_media_types_are_preferred_json_form_multipart_binary_text()
    {
        var spec = ReadSpec("""
            openapi: 3.0.3
            info: {title: t, version: '1'}
            paths:
              /a:
                post:
                  operationId: a
                  requestBody:
                    content:
                      text/plain: {schema: {type: string}}
                      application/x-www-form-urlencoded: {schema: {type: object, properties: {x: {type: string}}}}
                      application/merge-patch+json: {schema: {type: object, properties: {x: {type: string}}}}
                  responses: {'204': {description: ok}}
              /b:
                post:
                  operationId: b
                  requestBody:
                    content:
                      text/plain: {schema: {type: string}}
                      application/octet-stream: {schema: {type: string, format: binary}}
                  responses:
                    '200':
                      description: ok
                      content:
                        text/csv: {schema: {type: string}}
              /c:
                post:
                  operationId: c
                  requestBody:
                    content:
                      text/plain: {schema: {type: string}}
                  responses:
                    '200':
                      description: ok
                      content:
                        image/png: {}
            """);
        var a = spec.Operation("A").Body!;
        Assert.Equal("application/merge-patch+json|Json|ARequest", a.ContentType + "|" + a.Kind + "|" + a.Type.Show());
        var b = spec.Operation("B");
        Assert.Equal("application/octet-stream|Binary|Stream", b.Body!.ContentType + "|" + b.Body.Kind + "|" + b.Body.Type.Show());
        Assert.Equal("text/csv|Text|String", b.Responses[0].ContentType + "|" + b.Responses[0].Kind + "|" + b.Responses[0].Type!.Show());
        var c = spec.Operation("C");
        Assert.Equal("text/plain|Text|String", c.Body!.ContentType + "|" + c.Body.Kind + "|" + c.Body.Type.Show());
        Assert.Equal("image/png|Binary|Stream", c.Responses[0].ContentType + "|" + c.Responses[0].Kind + "|" + c.Responses[0].Type!.Show());
    }

    [Fact]
    public void Responses_keep_spec_order_and_success_flags()
    {
        var spec = ReadSpec("""
            openapi: 3.0.3
            info: {title: t, version: '1'}
            paths:
              /a:
                get:
                  operationId: getA
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema: {type: array, items: {type: string}}
                    2XX: {description: other success}
                    '404':
                      description: missing
                      content:
                        application/problem+json:
                          schema: {type: object, properties: {title: {type: string}}}
                    default: {description: error}
            """);
        var responses = spec.Operations[0].Responses;
        Assert.Equal(
            new[] { "200:True:List<String>", "2XX:True:", "404:False:GetA404Error", "default:False:" },
            responses.Select(r => r.StatusCode + ":" + r.IsSuccess + ":" + r.Type?.Show()));
    }

    [Fact]
    public void Security_uses_the_operation_list_the_global_one_or_none()
    {
        var spec = ReadSpec("""
            openapi: 3.0.3
            info: {title: t, version: '1'}
            security: [{bearer: []}]
            paths:
              /public:
                get: {operationId: open, security: [], responses: {'200': {description: ok}}}
              /both:
                get: {operationId: both, security: [{key: [], basic: []}, {oauth: [read]}], responses: {'200': {description: ok}}}
              /default:
                get: {operationId: inherit, responses: {'200': {description: ok}}}
            components:
              securitySchemes:
                bearer: {type: http, scheme: bearer, bearerFormat: JWT}
                key: {type: apiKey, name: X-Api-Key, in: header}
                cookie_key: {type: apiKey, name: sid, in: cookie}
                basic: {type: http, scheme: basic}
                oauth: {type: oauth2, flows: {clientCredentials: {tokenUrl: 'https://x/token', scopes: {read: r}}}}
                oidc: {type: openIdConnect, openIdConnectUrl: 'https://x/.well-known'}
            """);
        Assert.Empty(spec.Operation("Open").Security);
        Assert.Equal(new[] { "key+basic", "oauth" }, spec.Operation("Both").Security.Select(r => string.Join("+", r.SchemeNames)));
        Assert.Equal(new[] { "bearer" }, spec.Operation("Inherit").Security.Select(r => string.Join("+", r.SchemeNames)));
        Assert.Equal(
            new[] { "Bearer:HttpToken:Bearer", "Key:ApiKey:X-Api-Key@Header", "CookieKey:ApiKey:sid@Cookie", "Basic:HttpBasic:", "Oauth:OAuth2:", "Oidc:OAuth2:" },
            spec.SecuritySchemes.Select(s => s.PropertyName + ":" + s.Kind + ":" + (s.Kind == SecuritySchemeKind.ApiKey ? s.ParameterName + "@" + s.ParameterLocation : s.HttpScheme)));
    }

    [Fact]
    public void Servers_substitute_variable_defaults_and_keep_relative_urls()
    {
        var withVariables = ReadSpec("""
            openapi: 3.0.3
            info: {title: t, version: '1'}
            servers:
              - url: 'https://{region}.example.com/{version}'
                variables:
                  region: {default: eu}
                  version: {default: v2}
            paths: {}
            """);
        Assert.Equal("https://eu.example.com/v2", withVariables.DefaultBaseUrl);
        var relative = ReadSpec("""
            openapi: 3.0.3
            info: {title: t, version: '1'}
            servers: [{url: /api/v3}]
            paths: {}
            """);
        Assert.Equal("/api/v3", relative.DefaultBaseUrl);
    }

    [Fact]
    public void Swagger2_without_host_keeps_the_base_path()
    {
        var spec = ReadSpec("swagger: '2.0'\ninfo: {title: t, version: '1'}\nbasePath: /api\npaths: {}\n");
        Assert.Equal("/api", spec.DefaultBaseUrl);
    }

    [Fact]
    public void Group_by_tag_uses_the_first_tag_and_names_are_unique_per_group()
    {
        var spec = ReadSpec(
            """
            openapi: 3.0.3
            info: {title: t, version: '1'}
            paths:
              /pets:
                get: {operationId: list, tags: [pet-store, zoo], responses: {'200': {description: ok}}}
              /users:
                get: {operationId: list, tags: [users], responses: {'200': {description: ok}}}
              /misc:
                get: {operationId: misc, responses: {'200': {description: ok}}}
            """.Replace("operationId: list, tags: [users]", "operationId: listUsers, tags: [users]"),
            groupByTag: true);
        Assert.Equal(new[] { "PetStore.List", "Users.ListUsers", ".Misc" }, spec.Operations.Select(o => o.Group + "." + o.Name));
    }

    [Fact]
    public void Same_operation_name_in_two_groups_is_not_a_collision()
    {
        var result = Read(
            """
            openapi: 3.0.3
            info: {title: t, version: '1'}
            paths:
              /pets:
                get: {tags: [pets], responses: {'200': {description: ok}}}
              /users/{id}:
                get: {tags: [users], operationId: getPets, responses: {'200': {description: ok}}}
            """,
            groupByTag: true);
        Assert.Equal(new[] { "Pets.GetPets", "Users.GetPets" }, result.Spec!.Operations.Select(o => o.Group + "." + o.Name));
        Assert.Empty(result.Diagnostics);
    }
}
