using System;
using System.Linq;

namespace SpecClient.Generator.Model;

/// <summary>
/// The <c>Operations</c> and <c>ExcludeOperations</c> metadata of an &lt;OpenApiClient&gt; item, split into entries.
/// An entry is an operationId as written in the spec, <c>tag:Name</c>, or a path pattern starting with <c>/</c>.
/// Compares by value, so it can sit in the model's options.
/// </summary>
internal sealed record OperationSelection(EquatableArray<string> Include, EquatableArray<string> Exclude)
{
    public const string IncludeMetadata = "Operations";
    public const string ExcludeMetadata = "ExcludeOperations";

    public static readonly OperationSelection All = new(EquatableArray<string>.Empty, EquatableArray<string>.Empty);

    /// <summary>Whether every operation is kept (no metadata given): the reader then maps every schema, as without selection.</summary>
    public bool KeepsEverything => Include.IsEmpty && Exclude.IsEmpty;

    public static OperationSelection Parse(string? include, string? exclude)
    {
        var selection = new OperationSelection(Split(include), Split(exclude));
        return selection.KeepsEverything ? All : selection;
    }

    /// <summary>
    /// Entries are separated by <c>;</c> (an MSBuild list), <c>,</c> or line breaks; blanks around them are ignored.
    /// SpecClient.Generator.props hands the compiler <c>,</c> instead of <c>;</c>, which its options file reads as a comment.
    /// </summary>
    private static EquatableArray<string> Split(string? value) =>
        (value ?? string.Empty)
            .Split(new[] { ';', ',', '\n', '\r' }, StringSplitOptions.RemoveEmptyEntries)
            .Select(static entry => entry.Trim())
            .Where(static entry => entry.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToEquatableArray();
}
