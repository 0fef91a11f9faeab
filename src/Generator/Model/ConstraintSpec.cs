namespace SpecClient.Generator.Model;

/// <summary>
/// The validation keywords of a property's or parameter's schema, as data. Numbers stay as the spec wrote
/// them (invariant text), so nothing is lost to a conversion and the record compares by value.
/// </summary>
internal sealed record ConstraintSpec
{
    /// <summary>An ECMA-262 regular expression the string must match somewhere (JSON Schema does not anchor it).</summary>
    public string? Pattern { get; init; }

    public int? MinLength { get; init; }

    public int? MaxLength { get; init; }

    /// <summary>The lower bound as the spec writes it (<c>0</c>, <c>1.5</c>).</summary>
    public string? Minimum { get; init; }

    public bool MinimumIsExclusive { get; init; }

    public string? Maximum { get; init; }

    public bool MaximumIsExclusive { get; init; }

    public int? MinItems { get; init; }

    public int? MaxItems { get; init; }

    /// <summary>The schema's <c>format</c> (<c>uuid</c>, <c>date-time</c>, <c>password</c>, ...), when it has one.</summary>
    public string? Format { get; init; }

    /// <summary>A value that must never be shown: <c>writeOnly</c> or <c>format: password</c>.</summary>
    public bool IsSecret { get; init; }

    /// <summary>Whether any keyword restricts the value (a format alone does not).</summary>
    public bool HasRules =>
        Pattern is not null || MinLength is not null || MaxLength is not null || Minimum is not null || Maximum is not null ||
        MinItems is not null || MaxItems is not null;
}
