using System.Collections.Immutable;
using System.Linq;
using SpecClient.Generator.Diagnostics;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Inputs;

/// <summary>A client's full name and the spec it comes from.</summary>
internal sealed record ClientIdentity(string FullName, string SpecPath);

/// <summary>
/// A spec whose client (namespace and class) another spec already generates. The spec first in path order
/// generates it; every later one emits nothing and reports SPEC022 at its top.
/// </summary>
internal sealed record DuplicateClient(string SpecPath, string FullName, string FirstSpecPath)
{
    public static EquatableArray<DuplicateClient> Find(ImmutableArray<ClientIdentity> clients) =>
        clients
            .GroupBy(c => c.FullName, System.StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .SelectMany(g =>
            {
                var ordered = g.OrderBy(c => c.SpecPath, System.StringComparer.Ordinal).ToList();
                return ordered.Skip(1).Select(c => new DuplicateClient(c.SpecPath, c.FullName, ordered[0].SpecPath));
            })
            .OrderBy(d => d.SpecPath, System.StringComparer.Ordinal)
            .ToEquatableArray();

    public DiagnosticInfo Diagnostic() =>
        new(DiagnosticIds.DuplicateClient, new[] { FullName, FirstSpecPath }.ToEquatableArray(), new SourceLocation(SpecPath, 0, 0, 0, 0));
}
