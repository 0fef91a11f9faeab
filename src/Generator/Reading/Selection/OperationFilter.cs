using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SpecClient.Generator.Diagnostics;
using SpecClient.Generator.Model;
using SpecClient.Generator.Reading;

namespace SpecClient.Generator.Reading.Selection;

/// <summary>
/// Applies an <see cref="OperationSelection"/> while the operations are read: decides per operation, counts what
/// was kept, and afterwards reports entries that matched nothing (SPEC030) and what was kept (SPEC031).
/// </summary>
internal sealed class OperationFilter
{
    private readonly List<SelectionEntry> _include;
    private readonly List<SelectionEntry> _exclude;

    public OperationFilter(OperationSelection selection)
    {
        _include = selection.Include.Select(static text => new SelectionEntry(OperationSelection.IncludeMetadata, text)).ToList();
        _exclude = selection.Exclude.Select(static text => new SelectionEntry(OperationSelection.ExcludeMetadata, text)).ToList();
    }

    /// <summary>Pointers of what generates nothing: left-out operations, and paths none of whose operations is kept.</summary>
    private readonly HashSet<string> _leftOut = new(System.StringComparer.Ordinal);
    private readonly HashSet<string> _keptPaths = new(System.StringComparer.Ordinal);

    public int Seen { get; private set; }

    public int Kept { get; private set; }

    /// <summary>Kept when an <c>Operations</c> entry names it (or there are none) and no <c>ExcludeOperations</c> entry does.</summary>
    public bool Keeps(OperationFacts operation, string pathPointer, string pointer)
    {
        var keep = Decide(operation);
        if (keep)
        {
            _keptPaths.Add(pathPointer);
            _leftOut.Remove(pathPointer);
        }
        else
        {
            _leftOut.Add(pointer);
            if (!_keptPaths.Contains(pathPointer))
            {
                _leftOut.Add(pathPointer);
            }
        }

        return keep;
    }

    /// <summary>
    /// A webhook is kept when an <c>Operations</c> entry names it (<c>webhook:{key}</c>, <c>webhook:*</c>) or there are
    /// none, and no <c>ExcludeOperations</c> entry does; operation entries never name a webhook.
    /// </summary>
    public bool KeepsWebhook(string key, string pointer)
    {
        var included = false;
        foreach (var entry in _include)
        {
            included |= entry.MatchesWebhook(key);
        }

        var excluded = false;
        foreach (var entry in _exclude)
        {
            excluded |= entry.MatchesWebhook(key);
        }

        var keep = (_include.Count == 0 || included) && !excluded;
        if (!keep)
        {
            _leftOut.Add(pointer);
        }

        return keep;
    }

    private bool Decide(OperationFacts operation)
    {
        Seen++;

        // Every entry is tried (no short-circuit) so each one learns whether it matches anything in the spec.
        var included = _include.Count == 0 | MatchesAny(_include, operation);
        var excluded = MatchesAny(_exclude, operation);
        var keep = included && !excluded;
        if (keep)
        {
            Kept++;
        }

        return keep;
    }

    /// <summary>
    /// Drops warnings about what generates nothing (<see cref="ReadContext.DropWarningsUnder"/>); then entries that matched no operation are warnings located at the spec's <c>paths</c> (what the entries select from;
    /// the generator does not see the project file), then one info with the counts.
    /// </summary>
    public void Report(ReadContext context, string specFileName, SchemaMapper schemas, int typesGenerated)
    {
        _leftOut.UnionWith(schemas.UnreachedComponentPointers());
        context.DropWarningsUnder(_leftOut);

        foreach (var entry in _include.Concat(_exclude).Where(static entry => !entry.Matched))
        {
            context.ReportEach(DiagnosticIds.SelectionEntryUnmatched, "/paths", entry.MetadataName, entry.Text, specFileName);
        }

        context.ReportEach(
            DiagnosticIds.SelectionSummary,
            "/paths",
            Count(Kept),
            Count(Seen),
            Count(schemas.ReachedComponentCount),
            Count(schemas.ComponentCount),
            Count(typesGenerated));
    }

    private static bool MatchesAny(List<SelectionEntry> entries, OperationFacts operation)
    {
        var any = false;
        foreach (var entry in entries)
        {
            any |= entry.Matches(operation);
        }

        return any;
    }

    private static string Count(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
