using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace SpecClient.Generator.Reading;

/// <summary>
/// The keywords of a schema that reach the model as docs, flags and constraints, read once. For a <c>$ref</c> with
/// keywords beside it, each is the one beside the <c>$ref</c>, else the target's, as OpenAPI.NET's getters of
/// <see cref="OpenApiSchemaReference"/> answer (a string keyword written empty counts as not written), without
/// OpenAPI.NET finding the target again for every keyword.
/// </summary>
internal sealed class SchemaKeywords
{
    public static readonly SchemaKeywords None = new();

    private SchemaKeywords()
    {
    }

    public string? Description { get; private set; }

    public bool Deprecated { get; private set; }

    public bool ReadOnly { get; private set; }

    public bool WriteOnly { get; private set; }

    public JsonNode? Default { get; private set; }

    public string? Format { get; private set; }

    public string? Pattern { get; private set; }

    public string? Minimum { get; private set; }

    public string? Maximum { get; private set; }

    public string? ExclusiveMinimum { get; private set; }

    public string? ExclusiveMaximum { get; private set; }

    public int? MinLength { get; private set; }

    public int? MaxLength { get; private set; }

    public int? MinItems { get; private set; }

    public int? MaxItems { get; private set; }

    /// <summary>A schema's own keywords (not a reference).</summary>
    public static SchemaKeywords Of(IOpenApiSchema schema) => new()
    {
        Description = schema.Description,
        Deprecated = schema.Deprecated,
        ReadOnly = schema.ReadOnly,
        WriteOnly = schema.WriteOnly,
        Default = schema.Default,
        Format = schema.Format,
        Pattern = schema.Pattern,
        Minimum = schema.Minimum,
        Maximum = schema.Maximum,
        ExclusiveMinimum = schema.ExclusiveMinimum,
        ExclusiveMaximum = schema.ExclusiveMaximum,
        MinLength = schema.MinLength,
        MaxLength = schema.MaxLength,
        MinItems = schema.MinItems,
        MaxItems = schema.MaxItems,
    };

    /// <summary>The keywords written beside a <c>$ref</c> over its target's.</summary>
    public static SchemaKeywords Beside(JsonSchemaReference written, SchemaKeywords target) => new()
    {
        Description = Either(written.Description, target.Description),
        Deprecated = written.Deprecated ?? target.Deprecated,
        ReadOnly = written.ReadOnly ?? target.ReadOnly,
        WriteOnly = written.WriteOnly ?? target.WriteOnly,
        Default = written.Default ?? target.Default,
        Format = Either(written.Format, target.Format),
        Pattern = Either(written.Pattern, target.Pattern),
        Minimum = Either(written.Minimum, target.Minimum),
        Maximum = Either(written.Maximum, target.Maximum),
        ExclusiveMinimum = Either(written.ExclusiveMinimum, target.ExclusiveMinimum),
        ExclusiveMaximum = Either(written.ExclusiveMaximum, target.ExclusiveMaximum),
        MinLength = written.MinLength ?? target.MinLength,
        MaxLength = written.MaxLength ?? target.MaxLength,
        MinItems = written.MinItems ?? target.MinItems,
        MaxItems = written.MaxItems ?? target.MaxItems,
    };

    private static string? Either(string? written, string? target) => string.IsNullOrEmpty(written) ? target : written;
}
