using System.Collections.Generic;
using SpecClient.Generator.Diagnostics;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Reading;

/// <summary>
/// With <c>Operations</c>/<c>ExcludeOperations</c>, warnings about parts of the document that generate nothing
/// (operations left out, schemas no kept operation reaches, webhooks) are dropped after reading; errors stay.
/// </summary>
internal sealed partial class ReadContext
{
    /// <summary>Warnings about the document's content, which only matter where something is generated.</summary>
    private static readonly HashSet<string> ContentWarnings = new(System.StringComparer.Ordinal)
    {
        DiagnosticIds.SpecRuleViolation,
        DiagnosticIds.UnsupportedConstruct,
        DiagnosticIds.ExternalReferenceNotFetched,
        DiagnosticIds.NameCollision,
    };

    /// <summary>The pointer each finding was reported at (findings compare by value; equal ones share a place).</summary>
    private readonly Dictionary<DiagnosticInfo, string> _pointers = new();

    /// <summary>Drops content warnings reported at or under any of <paramref name="regions"/> (JSON pointers without <c>#</c>).</summary>
    public void DropWarningsUnder(ISet<string> regions)
    {
        if (regions.Count == 0)
        {
            return;
        }

        _diagnostics.RemoveAll(diagnostic =>
            ContentWarnings.Contains(diagnostic.Id) &&
            _pointers.TryGetValue(diagnostic, out var pointer) &&
            IsAtOrUnder(pointer.TrimStart('#'), regions));
    }

    private DiagnosticInfo Remember(DiagnosticInfo diagnostic, string pointer)
    {
        if (!_pointers.ContainsKey(diagnostic))
        {
            _pointers[diagnostic] = pointer;
        }

        return diagnostic;
    }

    /// <summary>Whether the pointer or one of its ancestors is a region.</summary>
    private static bool IsAtOrUnder(string pointer, ISet<string> regions)
    {
        for (var end = pointer.Length; end > 0; end = pointer.LastIndexOf('/', end - 1))
        {
            if (regions.Contains(pointer.Substring(0, end)))
            {
                return true;
            }
        }

        return false;
    }
}
