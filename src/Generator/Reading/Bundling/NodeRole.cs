using System.Collections.Generic;

namespace SpecClient.Generator.Reading.Bundling;

/// <summary>
/// What a node stands for, as far as bundling cares: a file referenced where a schema stands
/// becomes a named component (so recursion and sharing survive and types get the file's name);
/// a file referenced where another OpenAPI object stands is inlined; example values and extensions are data and are
/// left alone; a reference anywhere else is not followed (<see cref="NodeRoles.TakesReference"/>).
/// </summary>
internal enum NodeRole
{
    Root,
    Components,
    Other,
    Schema,
    SchemaMap,
    SchemaList,
    Opaque,

    /// <summary>A discriminator, whose <c>mapping</c> values may name schema files.</summary>
    Discriminator,
    DiscriminatorMapping,

    /// <summary>A map of path items: <c>paths</c>, <c>webhooks</c>, <c>components/pathItems</c>, one callback.</summary>
    Paths,

    /// <summary>A path item: it may be a <c>$ref</c>, and so may its operations.</summary>
    PathItem,

    /// <summary>An operation (<c>get</c>, <c>post</c>...) of a path item; split specs keep each in a file of its own.</summary>
    Operation,

    /// <summary>A map or list whose values are OpenAPI objects that may be <c>$ref</c>s: parameters, responses, headers, examples, links, content, encoding, request bodies.</summary>
    ObjectMap,

    /// <summary>A map of callbacks, each a map of path items.</summary>
    Callbacks,

    /// <summary>An OpenAPI object that may be a <c>$ref</c>: a Parameter, Response, Request Body, Header, Example, Link or Media Type.</summary>
    Referable,
}

internal static class NodeRoles
{
    private static readonly HashSet<string> SchemaMaps = new(System.StringComparer.Ordinal)
    {
        "properties", "patternProperties", "$defs", "definitions", "dependentSchemas",
    };

    private static readonly HashSet<string> Schemas = new(System.StringComparer.Ordinal)
    {
        "items", "additionalProperties", "not", "if", "then", "else", "contains", "propertyNames",
        "additionalItems", "unevaluatedItems", "unevaluatedProperties", "contentSchema",
    };

    private static readonly HashSet<string> SchemaLists = new(System.StringComparer.Ordinal) { "allOf", "anyOf", "oneOf", "prefixItems" };

    /// <summary>Values, not OpenAPI objects: a <c>$ref</c> key inside them is data.</summary>
    private static readonly HashSet<string> SchemaData = new(System.StringComparer.Ordinal) { "example", "examples", "default", "enum", "const" };

    private static readonly HashSet<string> Methods = new(System.StringComparer.Ordinal)
    {
        "get", "put", "post", "delete", "options", "head", "patch", "trace",
    };

    /// <summary>Keys whose value is a map (or list) of OpenAPI objects that may be <c>$ref</c>s, wherever they stand outside a schema.</summary>
    private static readonly HashSet<string> ObjectMaps = new(System.StringComparer.Ordinal)
    {
        "parameters", "responses", "headers", "examples", "links", "content", "encoding", "requestBodies",
    };

    /// <summary>
    /// Whether a <c>$ref</c> standing in a place of <paramref name="role"/> may bring in an object: only where OpenAPI has
    /// an object that may be a reference (and an operation or a map of schema properties, which split specs keep in files
    /// of their own). Anywhere else (a name, URL, description, default, a security scheme, an extension) a <c>$ref</c> could
    /// copy a local file's values into the client, so it is not followed.
    /// </summary>
    public static bool TakesReference(NodeRole role) => role is NodeRole.Schema or NodeRole.SchemaMap or NodeRole.Referable or NodeRole.PathItem or NodeRole.Operation;

    /// <summary>The role of the value under <paramref name="key"/> in a mapping of role <paramref name="parent"/>.</summary>
    public static NodeRole Child(NodeRole parent, string key) => parent switch
    {
        NodeRole.Opaque => NodeRole.Opaque,
        _ when key.StartsWith("x-", System.StringComparison.Ordinal) => NodeRole.Opaque,
        NodeRole.Root => key switch
        {
            "components" => NodeRole.Components,
            "definitions" => NodeRole.SchemaMap,
            "paths" or "webhooks" => NodeRole.Paths,
            "parameters" or "responses" => NodeRole.ObjectMap,
            _ => NodeRole.Other,
        },
        NodeRole.Components => key switch
        {
            "schemas" => NodeRole.SchemaMap,
            "pathItems" => NodeRole.Paths,
            "callbacks" => NodeRole.Callbacks,
            _ when ObjectMaps.Contains(key) => NodeRole.ObjectMap,
            _ => NodeRole.Other,
        },
        NodeRole.Paths => NodeRole.PathItem,
        NodeRole.Callbacks => NodeRole.Paths,
        NodeRole.ObjectMap => NodeRole.Referable,
        NodeRole.PathItem when Methods.Contains(key) => NodeRole.Operation,
        NodeRole.SchemaMap => NodeRole.Schema,
        NodeRole.Schema when key == "discriminator" => NodeRole.Discriminator,
        NodeRole.Discriminator when key == "mapping" => NodeRole.DiscriminatorMapping,
        NodeRole.DiscriminatorMapping => NodeRole.DiscriminatorMapping,
        NodeRole.Schema when SchemaMaps.Contains(key) => NodeRole.SchemaMap,
        NodeRole.Schema when Schemas.Contains(key) => NodeRole.Schema,
        NodeRole.Schema when SchemaLists.Contains(key) => NodeRole.SchemaList,
        NodeRole.Schema when SchemaData.Contains(key) => NodeRole.Opaque,
        NodeRole.Schema or NodeRole.Discriminator => NodeRole.Other,
        _ when key == "schema" => NodeRole.Schema,
        _ when key is "example" or "value" => NodeRole.Opaque,
        _ when ObjectMaps.Contains(key) => NodeRole.ObjectMap,
        _ when key == "callbacks" => NodeRole.Callbacks,
        _ when key == "requestBody" => NodeRole.Referable,
        _ => NodeRole.Other,
    };

    /// <summary>The role of each item of a sequence of role <paramref name="parent"/> (<c>items: [..]</c> is a list of schemas too; <c>parameters: [..]</c> a list of parameters).</summary>
    public static NodeRole Item(NodeRole parent) => parent switch
    {
        NodeRole.SchemaList or NodeRole.Schema => NodeRole.Schema,
        NodeRole.ObjectMap => NodeRole.Referable,
        _ => parent,
    };
}
