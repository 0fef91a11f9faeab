using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;
using SpecClient.Generator.Diagnostics;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Reading;

/// <summary>
/// The document's tags in the order the text lists them (OpenAPI.NET holds them in a set), with OpenAPI 3.2's
/// <c>summary</c>, <c>kind</c> and <c>parent</c>. A parent that is not a declared tag, or a chain of parents that comes
/// back to itself, is a located finding, and that tag is kept without its parent.
/// </summary>
internal static class TagMapper
{
    public static EquatableArray<TagSpec> Map(ReadContext context)
    {
        var declared = context.Document.Tags;
        if (declared is null || declared.Count == 0)
        {
            return EquatableArray<TagSpec>.Empty;
        }

        var byName = new Dictionary<string, OpenApiTag>(System.StringComparer.Ordinal);
        foreach (var tag in declared)
        {
            if (tag.Name is { } name && !byName.ContainsKey(name))
            {
                byName[name] = tag;
            }
        }

        var tags = new List<TagSpec>();
        for (var i = 0; ; i++)
        {
            var pointer = ReadContext.Child("/tags", i);
            if (!context.Lines.Contains(pointer))
            {
                break;
            }

            if (context.Lines.ScalarAt(pointer + "/name") is not { } name || !byName.TryGetValue(name, out var tag) || tags.Any(t => t.Name == name))
            {
                continue;
            }

            var parent = tag.Parent?.Name;
            if (parent is not null && !byName.ContainsKey(parent))
            {
                context.Report(DiagnosticIds.UnsupportedConstruct, pointer + "/parent", "A parent that is not a declared tag ('" + parent + "')", "the tag without a parent");
                parent = null;
            }

            tags.Add(new TagSpec(name, tag.Summary, tag.Description, tag.Kind, parent, pointer));
        }

        return WithoutCycles(context, tags).ToEquatableArray();
    }

    /// <summary>A tag whose parents lead back to it loses its parent (the first such tag in document order).</summary>
    private static List<TagSpec> WithoutCycles(ReadContext context, List<TagSpec> tags)
    {
        var byName = tags.ToDictionary(t => t.Name, System.StringComparer.Ordinal);
        for (var i = 0; i < tags.Count; i++)
        {
            var seen = new HashSet<string>(System.StringComparer.Ordinal) { tags[i].Name };
            for (var parent = tags[i].Parent; parent is not null; parent = byName[parent].Parent)
            {
                if (!seen.Add(parent))
                {
                    context.Report(DiagnosticIds.UnsupportedConstruct, tags[i].Pointer + "/parent", "A tag whose parents lead back to it", "the tag without a parent");
                    tags[i] = tags[i] with { Parent = null };
                    byName[tags[i].Name] = tags[i];
                    break;
                }
            }
        }

        return tags;
    }

    /// <summary>Whether operations of this tag form a group: a tag of no kind, or of kind <c>nav</c> (a badge or an audience does not).</summary>
    public static bool IsNavigation(TagSpec? tag) =>
        tag?.Kind is null || string.Equals(tag.Kind, "nav", System.StringComparison.OrdinalIgnoreCase);
}
