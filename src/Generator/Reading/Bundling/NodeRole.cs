using System.Collections.Generic;

namespace SpecClient.Generator.Reading.Bundling;

/// <summary>
/// What a node stands for, as far as bundling cares: a file referenced where a schema stands
/// becomes a named component (so recursion and sharing survive and types get the file's name);
/// a file referenced anywhere else is inlined; example values are data and are left alone.
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

    /// <summary>The role of the value under <paramref name="key"/> in a mapping of role <paramref name="parent"/>.</summary>
    public static NodeRole Child(NodeRole parent, string key) => parent switch
    {
        NodeRole.Opaque => NodeRole.Opaque,
        NodeRole.Root => key switch
        {
            "components" => NodeRole.Components,
            "definitions" => NodeRole.SchemaMap,
            _ => NodeRole.Other,
        },
        NodeRole.Components => key == "schemas" ? NodeRole.SchemaMap : NodeRole.Other,
        NodeRole.SchemaMap => NodeRole.Schema,
        NodeRole.Schema when key == "discriminator" => NodeRole.Discriminator,
        NodeRole.Discriminator when key == "mapping" => NodeRole.DiscriminatorMapping,
        NodeRole.DiscriminatorMapping => NodeRole.DiscriminatorMapping,
        NodeRole.Schema when SchemaMaps.Contains(key) => NodeRole.SchemaMap,
        NodeRole.Schema when Schemas.Contains(key) => NodeRole.Schema,
        NodeRole.Schema when SchemaLists.Contains(key) => NodeRole.SchemaList,
        NodeRole.Schema when SchemaData.Contains(key) => NodeRole.Opaque,
        _ when key == "schema" => NodeRole.Schema,
        _ when key is "example" or "value" => NodeRole.Opaque,
        _ => NodeRole.Other,
    };

    /// <summary>The role of each item of a sequence of role <paramref name="parent"/> (<c>items: [..]</c> is a list of schemas too).</summary>
    public static NodeRole Item(NodeRole parent) => parent is NodeRole.SchemaList or NodeRole.Schema ? NodeRole.Schema : parent;
}
