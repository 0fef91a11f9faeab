using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Reading;

/// <summary>What a schema becomes in C#, decided before anything is named or mapped.</summary>
internal enum SchemaShape
{
    /// <summary>Free-form, several types, or nothing to go on: <c>JsonElement</c>.</summary>
    Json,

    /// <summary>A string, number, integer or boolean.</summary>
    Primitive,

    Array,

    /// <summary>An object with only <c>additionalProperties</c>: a dictionary.</summary>
    Map,

    /// <summary>An object with properties (or an <c>allOf</c> to merge): a generated record.</summary>
    Object,

    /// <summary>A string enum of two or more values, or an integer enum: a generated struct.</summary>
    Enum,

    /// <summary>A <c>oneOf</c>/<c>anyOf</c> of two or more non-null cases: a generated union.</summary>
    Union,

    /// <summary>A wrapper around one other schema (<c>allOf: [$ref]</c>, <c>oneOf: [X, null]</c>, a component that is a <c>$ref</c>).</summary>
    Alias,
}

/// <summary>Schema facts shared by the mappers: shape, nullability, primitive kinds, literal values.</summary>
internal static class SchemaShapes
{
    /// <param name="schema">The schema, not yet dereferenced.</param>
    /// <param name="allowsAnyExtra">
    /// Whether the text says <c>additionalProperties: true</c>, which OpenAPI.NET cannot tell from an absent keyword.
    /// </param>
    public static SchemaShape Classify(IOpenApiSchema schema, bool allowsAnyExtra)
    {
        if (schema is OpenApiSchemaReference)
        {
            return SchemaShape.Alias;
        }

        var hasProperties = schema.Properties is { Count: > 0 };
        if (schema.AllOf is { Count: > 0 } allOf)
        {
            var onlyOnePart = allOf.Count == 1 && !hasProperties && Cases(schema).Count == 0 && schema.Enum is not { Count: > 0 };
            return onlyOnePart ? SchemaShape.Alias : SchemaShape.Object;
        }

        if (!hasProperties && Cases(schema).Count > 0)
        {
            var nonNull = Cases(schema).Count(c => !IsNullOnly(c));
            return nonNull switch
            {
                0 => SchemaShape.Json,
                1 => SchemaShape.Alias,
                _ => SchemaShape.Union,
            };
        }

        var type = NonNullType(schema);
        if (OneString(schema) is not null)
        {
            // One allowed string (a one-value enum, a const): a string property the client fills in, not a type of its own.
            return SchemaShape.Primitive;
        }

        if (schema.Enum is { Count: > 0 } && IsEnumType(schema, type))
        {
            return SchemaShape.Enum;
        }

        switch (type)
        {
            case JsonSchemaType.String:
            case JsonSchemaType.Integer:
            case JsonSchemaType.Number:
            case JsonSchemaType.Boolean:
                return SchemaShape.Primitive;
            case JsonSchemaType.Array:
                return SchemaShape.Array;
            case JsonSchemaType.Object:
            case null:
                if (hasProperties)
                {
                    return SchemaShape.Object;
                }

                if (schema.AdditionalProperties is not null || allowsAnyExtra)
                {
                    return SchemaShape.Map;
                }

                return type is null && schema.Items is not null ? SchemaShape.Array : SchemaShape.Json;
            default:
                // Several non-null types at once, e.g. [string, integer].
                return SchemaShape.Json;
        }
    }

    /// <summary>The union cases: <c>oneOf</c> when present, else <c>anyOf</c>.</summary>
    /// <remarks>An empty entry (<c>- </c> in YAML) reads as null; it stands for any value.</remarks>
    /// <remarks>
    /// Called several times per schema while classifying, so the spec's own list is handed back (read only) unless it
    /// holds such an empty entry.
    /// </remarks>
    public static IList<IOpenApiSchema> Cases(IOpenApiSchema schema) =>
        schema.OneOf is { Count: > 0 } oneOf ? WithoutNulls(oneOf)
        : schema.AnyOf is { Count: > 0 } anyOf ? WithoutNulls(anyOf)
        : System.Array.Empty<IOpenApiSchema>();

    private static IList<IOpenApiSchema> WithoutNulls(IList<IOpenApiSchema> cases) =>
        cases.Contains(null!) ? cases.Select(c => c ?? new OpenApiSchema()).ToList() : cases;

    public static string CasesKeyword(IOpenApiSchema schema) => schema.OneOf is { Count: > 0 } ? "oneOf" : "anyOf";

    /// <summary>3.0 <c>nullable</c>, 2.0 <c>x-nullable</c> (both become the Null flag in OpenAPI.NET), 3.1 type arrays, a null case, a null enum value.</summary>
    public static bool IsNullable(IOpenApiSchema schema)
    {
        if (schema.Type is { } type && (type & JsonSchemaType.Null) != 0)
        {
            return true;
        }

        if (Cases(schema).Any(IsNullOnly))
        {
            return true;
        }

        return schema.Enum is { Count: > 0 } values && values.Any(IsJsonNull);
    }

    /// <summary><c>{type: 'null'}</c>: the null half of <c>oneOf: [X, {type: 'null'}]</c>.</summary>
    public static bool IsNullOnly(IOpenApiSchema schema) =>
        schema is not OpenApiSchemaReference && schema.Type == JsonSchemaType.Null;

    public static JsonSchemaType? NonNullType(IOpenApiSchema schema)
    {
        if (schema.Type is not { } type)
        {
            return null;
        }

        var withoutNull = type & ~JsonSchemaType.Null;
        if (withoutNull is (JsonSchemaType.Integer | JsonSchemaType.String) or (JsonSchemaType.Number | JsonSchemaType.String) && IsNumericPattern(schema.Pattern))
        {
            // ASP.NET Core documents a number it also reads from a string (System.Text.Json's web defaults) as
            // [integer, string] with a numeric pattern: on the wire it is the number, and the client sends it as one.
            return withoutNull & ~JsonSchemaType.String;
        }

        return withoutNull == 0 ? null : withoutNull;
    }

    /// <summary>A pattern that only a number's text matches: digits, sign, decimal point, exponent, and regex syntax.</summary>
    private static bool IsNumericPattern(string? pattern) =>
        pattern is { Length: > 0 } && pattern.Contains("\\d") && pattern.All(c => "^$-+?()[]{}|*.:,\\d0123456789eE".IndexOf(c) >= 0);

    public static bool IsIntegerEnum(IOpenApiSchema schema) => NonNullType(schema) == JsonSchemaType.Integer;

    /// <summary>String and integer enums become types; boolean and number enums stay primitives.</summary>
    private static bool IsEnumType(IOpenApiSchema schema, JsonSchemaType? type)
    {
        if (type is JsonSchemaType.String or JsonSchemaType.Integer)
        {
            return true;
        }

        return type is null && schema.Enum!.Where(v => !IsJsonNull(v)).All(v => v is JsonValue value && value.GetValueKind() == JsonValueKind.String);
    }

    /// <summary>
    /// The one string a schema allows: the <c>const</c> of a string schema, or the single non-null value of an
    /// <c>enum</c> that is a string; null when it allows more, something other than a string, or a string of a
    /// <c>format</c> C# holds as another type.
    /// </summary>
    public static string? OneString(IOpenApiSchema schema)
    {
        // A format that is not plain text (a date, a uuid, ...) keeps its own type: only a plain string holds the value.
        if (NonNullType(schema) is not (JsonSchemaType.String or null) || StringKind(schema.Format?.ToLowerInvariant()) != TypeKind.String ||
            schema.Properties is { Count: > 0 } || Cases(schema).Count > 0 || schema.AllOf is { Count: > 0 })
        {
            return null;
        }

        if (schema.Const is { } constant)
        {
            // OpenAPI.NET keeps a const as text whatever its JSON type: without `type: string`, text that reads as a
            // number, true, false or null is taken to be that value, not a string.
            return NonNullType(schema) == JsonSchemaType.String || !LooksLikeJsonScalar(constant) ? constant : null;
        }

        if (schema.Enum is not { Count: > 0 } values)
        {
            return null;
        }

        string? only = null;
        foreach (var value in values)
        {
            if (IsJsonNull(value))
            {
                continue;
            }

            if (only is not null || value is not JsonValue single || single.GetValueKind() != JsonValueKind.String)
            {
                return null;
            }

            only = single.GetValue<string>();
        }

        return only;
    }

    /// <remarks>OpenAPI.NET writes a boolean const as .NET does ("True").</remarks>
    private static bool LooksLikeJsonScalar(string text) =>
        text.ToLowerInvariant() is "true" or "false" or "null" || double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _);

    public static TypeRef Primitive(IOpenApiSchema schema)
    {
        if (NonNullType(schema) is null && OneString(schema) is not null)
        {
            return TypeRef.Of(TypeKind.String);
        }

        var format = schema.Format?.ToLowerInvariant();
        var kind = NonNullType(schema) switch
        {
            JsonSchemaType.String => StringKind(format),
            JsonSchemaType.Integer => format is "int64" or "uint64" || format is "uint32" ? TypeKind.Int64 : TypeKind.Int32,
            JsonSchemaType.Number => format switch
            {
                "float" => TypeKind.Float,
                "decimal" => TypeKind.Decimal,
                _ => TypeKind.Double,
            },
            JsonSchemaType.Boolean => TypeKind.Boolean,
            _ => TypeKind.Json,
        };
        return TypeRef.Of(kind);
    }

    /// <summary>What a string of this (lower-cased) <c>format</c> is in C#.</summary>
    private static TypeKind StringKind(string? format) => format switch
    {
        "date-time" => TypeKind.DateTimeOffset,
        "date" => TypeKind.DateOnly,
        "uuid" => TypeKind.Guid,
        "byte" => TypeKind.Bytes,
        "binary" => TypeKind.Stream,
        "uri" => TypeKind.Uri,
        "time" or "duration" => TypeKind.TimeSpan,
        _ => TypeKind.String,
    };

    public static bool IsJsonNull(JsonNode? node) =>
        node is null ||
        JsonNullSentinel.IsJsonNullSentinel(node) ||
        (node is JsonValue value && value.GetValueKind() == JsonValueKind.Null);

    /// <summary>A value's text as it goes on the wire: the string itself, or the JSON literal.</summary>
    public static string Text(JsonValue value) =>
        value.TryGetValue<string>(out var text) ? text : value.ToJsonString();

    /// <summary>A default or enum value as data; objects and arrays have no literal form and give null.</summary>
    public static ConstantValue? Constant(JsonNode? node)
    {
        if (node is null)
        {
            return null;
        }

        if (IsJsonNull(node))
        {
            return new ConstantValue(ConstantKind.Null, "null");
        }

        if (node is not JsonValue value)
        {
            return null;
        }

        return value.GetValueKind() switch
        {
            JsonValueKind.String => new ConstantValue(ConstantKind.String, Text(value)),
            JsonValueKind.Number => new ConstantValue(ConstantKind.Number, value.ToJsonString()),
            JsonValueKind.True => new ConstantValue(ConstantKind.Boolean, "true"),
            JsonValueKind.False => new ConstantValue(ConstantKind.Boolean, "false"),
            JsonValueKind.Null => new ConstantValue(ConstantKind.Null, "null"),
            _ => null,
        };
    }
}
