using System.Collections.Generic;
using System.Linq;
using SpecClient.Generator.Model;
using SpecClient.Generator.Names;

namespace SpecClient.Generator.Binding;

/// <summary>
/// Names what each tag group (GroupByTag) adds to the client: its property, and the class nested in the client that
/// holds its methods. A tag with a parent (OpenAPI 3.2) is a group inside its parent's group, so a parent comes first.
/// Properties and classes sit in the client's member scope, so a class name is claimed there too: tags <c>pets</c> and
/// <c>petsOperations</c> would otherwise declare <c>PetsOperations</c> twice.
/// </summary>
internal static class GroupBinder
{
    public static EquatableArray<GroupSpec> Bind(ClientSpec spec)
    {
        var tags = spec.Tags.ToDictionary(t => t.Name, System.StringComparer.Ordinal);
        var groupOfTag = spec.Tags.Where(t => t.Group is not null).ToDictionary(t => t.Name, t => t.Group!, System.StringComparer.Ordinal);
        var scope = new UniqueNames(ReservedNames.ForGroups(spec.ClassName).Concat(groupOfTag.Values).Concat(spec.Operations.Select(o => o.Group).OfType<string>()));
        var groups = new List<GroupSpec>();

        void Add(string property, string tag)
        {
            if (groups.Exists(g => g.PropertyName == property))
            {
                return;
            }

            tags.TryGetValue(tag, out var declared);
            var parent = declared?.Parent is { } parentTag && groupOfTag.TryGetValue(parentTag, out var parentGroup) ? parentGroup : null;
            if (parent is not null)
            {
                Add(parent, declared!.Parent!);
            }

            var groupClass = scope.Claim(property + "Operations");
            groups.Add(new GroupSpec(property, groupClass, "I" + groupClass, tag, parent, declared?.Summary ?? declared?.Description));
        }

        foreach (var operation in spec.Operations)
        {
            if (operation.Group is { } group)
            {
                Add(group, operation.GroupTag ?? group);
            }
        }

        return groups.ToEquatableArray();
    }
}
