using System.Collections.Generic;
using System.Linq;
using SpecClient.Generator.Diagnostics;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Binding;

/// <summary>
/// Keeps every generated method name of a client (or tag group) unique: an operation whose name equals another's
/// suffixed method (<c>listFilesAll</c> beside a paged <c>listFiles</c>, whose <c>ListFilesAllAsync</c> exists) gets a
/// number and a located SPEC011, like every other rename.
/// </summary>
internal static class OperationMethodNames
{
    public static EquatableArray<OperationSpec> Bind(EquatableArray<OperationSpec> operations, ISpecLocator? locator, ICollection<DiagnosticInfo> diagnostics)
    {
        var renamed = new List<OperationSpec>(operations.Count);
        foreach (var group in operations.GroupBy(o => o.Group ?? string.Empty))
        {
            var suffixed = new HashSet<string>(group.SelectMany(SuffixedNames), System.StringComparer.Ordinal);
            var taken = new HashSet<string>(group.Select(o => o.Name).Concat(suffixed), System.StringComparer.Ordinal);
            foreach (var operation in group)
            {
                if (!suffixed.Contains(operation.Name))
                {
                    continue;
                }

                var name = operation.Name;
                for (var i = 2; taken.Contains(name) || SuffixedNames(operation with { Name = name }).Any(taken.Contains); i++)
                {
                    name = operation.Name + i;
                }

                taken.Add(name);
                taken.UnionWith(SuffixedNames(operation with { Name = name }));
                diagnostics.Add(new DiagnosticInfo(
                    DiagnosticIds.NameCollision,
                    new[] { "operation", operation.OperationId, name }.ToEquatableArray(),
                    locator?.Operation(operation.Path, operation.HttpMethod)));
                renamed.Add(operation with { Name = name });
            }
        }

        if (renamed.Count == 0)
        {
            return operations;
        }

        var byId = renamed.ToDictionary(o => (o.Path, o.HttpMethod));
        return operations.Select(o => byId.TryGetValue((o.Path, o.HttpMethod), out var r) ? r : o).ToEquatableArray();
    }

    /// <summary>The names (without <c>Async</c>) of the methods an operation has besides its plain one.</summary>
    public static IEnumerable<string> SuffixedNames(OperationSpec operation)
    {
        yield return operation.Name + ReservedNames.OperationMethodSuffixes[0];
        if (operation.Result?.EventType is not null)
        {
            yield return operation.Name + ReservedNames.OperationMethodSuffixes[1];
        }

        if (operation.Pagination is not null)
        {
            yield return operation.Name + ReservedNames.OperationMethodSuffixes[2];
        }
    }
}
