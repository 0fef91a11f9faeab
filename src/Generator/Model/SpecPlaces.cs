using System.Collections.Generic;

namespace SpecClient.Generator.Model;

/// <summary>
/// Where the constructs a later step may report on are written (operations, security schemes, schemas, <c>/paths</c>),
/// by JSON pointer. The reader fills it from its line index; the binder's findings carry pointers and are located
/// here when reported. It travels beside the read model, never inside it: a line added at the top of a spec changes
/// these places (and re-reports the findings) while the model, and everything emitted from it, stays cached.
/// </summary>
/// <param name="SpecPath">The spec the places are in (the entry file; a place may name another file of a split spec).</param>
/// <param name="Entries">Each pointer with its place, in the order the reader met them.</param>
internal sealed record SpecPlaces(string SpecPath, EquatableArray<PlacedPointer> Entries)
{
    public static readonly SpecPlaces None = new(string.Empty, EquatableArray<PlacedPointer>.Empty);

    /// <summary>The findings as diagnostics at their places; a finding about the whole spec (or a pointer not placed) is at its top.</summary>
    public IEnumerable<DiagnosticInfo> Locate(string specPath, EquatableArray<BindFinding> findings)
    {
        if (findings.Count == 0)
        {
            yield break;
        }

        var lookup = new Dictionary<string, SourceLocation>(Entries.Count, System.StringComparer.Ordinal);
        foreach (var entry in Entries)
        {
            lookup[entry.Pointer] = entry.Location;
        }

        foreach (var finding in findings)
        {
            var location = finding.Pointer is not null && lookup.TryGetValue(finding.Pointer, out var place)
                ? place
                : new SourceLocation(specPath, 0, 0, 0, 0);
            yield return new DiagnosticInfo(finding.Id, finding.MessageArgs, location);
        }
    }
}

/// <summary>A JSON pointer and where the spec writes it.</summary>
internal sealed record PlacedPointer(string Pointer, SourceLocation Location);

/// <summary>
/// A finding of a step after reading (the binder's renames, a pagination entry that does not fit), with the JSON
/// pointer of what it concerns instead of a place: the step stays free of line numbers, and the place is looked up in
/// <see cref="SpecPlaces"/> when the finding is reported.
/// </summary>
/// <param name="Id">A descriptor ID from <c>DiagnosticIds</c>.</param>
/// <param name="MessageArgs">Arguments for the descriptor's message format.</param>
/// <param name="Pointer">The JSON pointer of the construct, or null for a finding about the whole spec.</param>
internal sealed record BindFinding(string Id, EquatableArray<string> MessageArgs, string? Pointer);
