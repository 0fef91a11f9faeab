using Microsoft.OpenApi;

namespace SpecClient.Generator.Reading;

/// <summary>OpenAPI 3.2's <c>in: querystring</c> parameters, whose content schema describes the whole query string.</summary>
internal static class QueryStrings
{
    /// <summary>Whether the schema is an object (by type, properties, or composition), whose properties are the query's fields.</summary>
    public static bool IsObject(IOpenApiSchema? schema) =>
        schema is not null && (
            (schema.Type is { } type && (type & JsonSchemaType.Object) != 0) ||
            schema.Properties is { Count: > 0 } ||
            schema.AllOf is { Count: > 0 });
}
