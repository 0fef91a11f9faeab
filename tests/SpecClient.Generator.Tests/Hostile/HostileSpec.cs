using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace SpecClient.Generator.Tests.Hostile;

/// <summary>
/// A spec with hostile text in every place spec text can land in generated code: free text (titles, descriptions,
/// summaries, defaults, examples, server URL, tags), wire names (properties, parameters of every location and style,
/// headers, security scheme parameters), names that become identifiers (schemas, operationIds, enum values,
/// union cases), status codes and media types.
/// </summary>
internal static class HostileSpec
{
    /// <summary>The spec; <paramref name="text"/> stands in every free-text place, <paramref name="name"/> in every name.</summary>
    public static string Yaml(string text, string name)
    {
        var t = Payloads.Yaml(text);
        string N(string suffix) => Payloads.Yaml(name + suffix);
        var each = string.Join(", ", Payloads.Each.Select(Payloads.Yaml));
        var spec = new StringBuilder();
        const string Template = """
            openapi: 3.0.3
            info: {title: @T, description: @T, version: @T}
            servers: [{url: @URL, description: @T}]
            tags: [{name: @N(tag), description: @T}]
            security: [{@N(key): []}, {token: []}]
            paths:
              @PATH:
                get:
                  operationId: @N(op)
                  summary: @T
                  description: @T
                  deprecated: true
                  tags: [@N(tag)]
                  parameters:
                    - {name: id, in: path, required: true, description: @T, schema: {type: string}}
                    - {name: @N(m), in: path, required: true, style: matrix, schema: {type: string}}
                    - {name: @N(l), in: path, required: true, style: label, schema: {type: array, items: {type: string}}}
                    - {name: @N(q), in: query, description: @T, schema: {type: string, default: @T}}
                    - {name: @N(v), in: query, required: true, schema: {type: string, enum: [@T]}}
                    - {name: @N(deep), in: query, style: deepObject, schema: {$ref: @P(Schema)}}
                    - {name: @N(h), in: header, schema: {$ref: @P(Enum)}}
                    - {name: @N(c), in: cookie, deprecated: true, schema: {type: integer, default: 7}}
                  responses:
                    '200':
                      description: @T
                      headers: {@N(rh): {description: @T, schema: {type: string}}}
                      content:
                        application/json: {schema: {$ref: @P(Schema)}}
                    '404': {description: @T, content: {@MEDIA: {schema: {$ref: @P(Union)}}}}
                    @STATUS: {description: @T}
                    default: {description: @T, content: {text/plain: {schema: {type: string}}}}
                post:
                  operationId: @N(post)
                  requestBody:
                    required: true
                    description: @T
                    content:
                      multipart/form-data: {schema: {$ref: @P(Schema)}}
                  responses:
                    '204': {description: @T}
                put:
                  operationId: @N(put)
                  requestBody:
                    content:
                      application/x-www-form-urlencoded: {schema: {$ref: @P(Schema)}}
                  responses:
                    '2XX': {description: @T, content: {application/json: {schema: {type: integer, format: int32, enum: [1, 2, 3]}}}}
            components:
              securitySchemes:
                @N(key): {type: apiKey, in: header, name: @N(header), description: @T}
                token: {type: http, scheme: @SCHEME, description: @T}
                @N(query): {type: apiKey, in: query, name: @N(qp)}
                @N(cookie): {type: apiKey, in: cookie, name: @N(ck)}
              schemas:
                @C(Schema):
                  type: object
                  title: @T
                  description: @T
                  deprecated: true
                  required: [@N(req), @N(fixed)]
                  properties:
                    @N(req): {type: string, description: @T, example: @T}
                    @N(fixed): {type: string, enum: [@T]}
                    @N(dep): {type: string, deprecated: true, default: @T, description: @T}
                    @N(num): {type: number, default: 1.5e3}
                    @N(secret): {type: string, format: password}
                    @N(wo): {type: string, writeOnly: true}
                    @N(ro): {type: string, readOnly: true}
                    @N(enum): {$ref: @P(Enum)}
                    @N(file): {type: string, format: binary}
                    @N(map): {type: object, additionalProperties: {type: string}}
                  additionalProperties: {type: integer}
                @C(Enum):
                  type: string
                  description: @T
                  default: @FIRST
                  enum: [@EACH, "a b", "1a", "", "名", "class", "Value", "IsKnown", "ToString", "Equals", @N(Enum)]
                @C(Choice):
                  oneOf:
                    - {type: string, enum: [@N(auto)]}
                    - {type: integer}
                @C(Int):
                  type: integer
                  enum: [0, -1, 2147483647, -2147483648]
                @C(Union):
                  description: @T
                  oneOf:
                    - {$ref: @P(Schema)}
                    - {$ref: @P(Other)}
                  discriminator:
                    propertyName: @N(kind)
                    mapping:
                      @MAPA: @P(Schema)
                      @MAPB: @P(Other)
                @C(Other):
                  type: object
                  properties:
                    @N(kind): {type: string}
            """;
        var values = new Dictionary<string, string>
        {
            ["@T"] = t,
            ["@EACH"] = each,
            ["@PATH"] = Payloads.Yaml("/items/{id}/{" + name + "m}/{" + name + "l}"),
            ["@URL"] = Payloads.Yaml("https://api.example.com/" + text),
            ["@MEDIA"] = Payloads.Yaml("application/problem+json; x=\"" + text + "\""),
            ["@STATUS"] = Payloads.Yaml("400 when global::System.IO.File.Exists(\"x\")"),
            ["@SCHEME"] = Payloads.Yaml("Token" + text),
            ["@MAPA"] = Payloads.Yaml(text + "a"),
            ["@MAPB"] = Payloads.Yaml(text + "b"),
            ["@FIRST"] = Payloads.Yaml(Payloads.Each[0]),
        };
        var filled = System.Text.RegularExpressions.Regex.Replace(Template, @"@N\((\w+)\)", m => N(m.Groups[1].Value));
        filled = System.Text.RegularExpressions.Regex.Replace(filled, @"@P\((\w+)\)", m => Pointer(name, m.Groups[1].Value));
        filled = System.Text.RegularExpressions.Regex.Replace(filled, @"@C\((\w+)\)", m => Payloads.Yaml(ComponentName(name) + m.Groups[1].Value));
        foreach (var pair in values.OrderByDescending(p => p.Key.Length))
        {
            filled = filled.Replace(pair.Key, pair.Value);
        }

        spec.Append(filled);
        return spec.ToString();
    }

    /// <summary>A reference to a component, as a YAML scalar.</summary>
    private static string Pointer(string name, string suffix) =>
        Payloads.Yaml("#/components/schemas/" + (ComponentName(name) + suffix).Replace("~", "~0"));

    /// <summary>OpenAPI.NET cannot resolve a reference to a component whose key holds '/' (OpenAPI allows only [A-Za-z0-9._-] there).</summary>
    private static string ComponentName(string name) => name.Replace('/', '|');
}
