using System.Collections.Generic;
using SpecClient.Generator.Model;
using SpecClient.Generator.Names;

namespace SpecClient.Generator.Binding;

/// <summary>
/// Names what each tag group (GroupByTag) adds to the client: its property, and the class nested beside it. Both sit in
/// the client's own member scope, so a class name is claimed there too: tags <c>pets</c> and <c>petsOperations</c> would
/// otherwise declare <c>PetsOperations</c> twice.
/// </summary>
internal static class GroupBinder
{
    public static EquatableArray<GroupSpec> Bind(IReadOnlyList<OperationSpec> operations, string className)
    {
        var groups = new List<GroupSpec>();
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        var scope = new UniqueNames(ReservedNames.ForGroups(className));
        foreach (var operation in operations)
        {
            if (operation.Group is { } group && seen.Add(group))
            {
                scope.Reserve(group);
            }
        }

        foreach (var operation in operations)
        {
            if (operation.Group is not { } group || groups.Exists(g => g.PropertyName == group))
            {
                continue;
            }

            var groupClass = scope.Claim(group + "Operations");
            groups.Add(new GroupSpec(group, groupClass, "I" + groupClass, operation.GroupTag ?? group));
        }

        return groups.ToEquatableArray();
    }
}
