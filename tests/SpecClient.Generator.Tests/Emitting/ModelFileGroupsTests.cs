using System.Linq;
using SpecClient.Generator.Emitting.Files;

namespace SpecClient.Generator.Tests.Emitting;

/// <summary>How the generated types are grouped into model files: few files, none far over the limit, deterministic.</summary>
public class ModelFileGroupsTests
{
    [Fact]
    public void Types_that_fit_one_file_share_it()
    {
        var groups = ModelFileGroups.Group(new[] { Type("Pet", 100), Type("Owner", 100), Type("Address", 100) });

        var group = Assert.Single(groups);
        Assert.Equal(string.Empty, group.Key);
        Assert.Equal(new[] { "Address", "Owner", "Pet" }, group.Types.Select(t => t.Name));
    }

    [Fact]
    public void Types_over_the_limit_split_by_name_prefix_and_neighbours_join_while_they_fit()
    {
        var third = ModelFileGroups.MaxChars / 3;
        var types = new[]
        {
            Type("RealtimeA", third), Type("RealtimeB", third), Type("RealtimeC", third), Type("RealtimeD", third),
            Type("Response", third), Type("Apple", 10), Type("Banana", 10), Type("apricot", 10), Type("Zebra", third),
        };

        var groups = ModelFileGroups.Group(types);

        // Every type exactly once, in name order (case-insensitively) across the files.
        Assert.Equal(
            new[] { "Apple", "apricot", "Banana", "RealtimeA", "RealtimeB", "RealtimeC", "RealtimeD", "Response", "Zebra" },
            groups.SelectMany(g => g.Types).Select(t => t.Name));
        // A and B are small: one file, named after its first prefix, joined with what follows while it fits.
        // R is split by longer prefixes until its parts fit; no file is over the limit; names are distinct.
        Assert.Equal("A", groups[0].Key);
        Assert.Equal(new[] { "Apple", "apricot", "Banana" }, groups[0].Types.Take(3).Select(t => t.Name));
        Assert.True(groups.Count >= 3, string.Join(", ", groups.Select(g => g.Key)));
        Assert.All(groups, g => Assert.True(g.Types.Sum(t => t.Length) <= ModelFileGroups.MaxChars, g.Key));
        Assert.Equal(groups.Count, groups.Select(g => g.Key.ToUpperInvariant()).Distinct().Count());
        Assert.All(groups, g => Assert.StartsWith(g.Key, g.Types[0].Name, System.StringComparison.Ordinal));
        Assert.Contains(groups, g => g.Key.StartsWith("Realtime", System.StringComparison.Ordinal));

        // The same types in another order give the same files.
        Assert.Equal(
            groups.Select(g => (g.Key, string.Join(",", g.Types.Select(t => t.Name)))),
            ModelFileGroups.Group(types.Reverse()).Select(g => (g.Key, string.Join(",", g.Types.Select(t => t.Name)))));
    }

    [Fact]
    public void A_type_bigger_than_the_limit_gets_a_file_of_its_own()
    {
        var groups = ModelFileGroups.Group(new[] { Type("Huge", ModelFileGroups.MaxChars * 2), Type("Small", 10) });

        Assert.Equal(new[] { "Huge" }, groups[0].Types.Select(t => t.Name));
        Assert.Equal(new[] { "Small" }, groups[1].Types.Select(t => t.Name));
    }

    [Fact]
    public void Groups_split_by_the_upper_cased_name_prefix_with_other_characters_as_underscore()
    {
        // Names sharing long prefixes, differing in case, in characters that are not letters or digits (all read as
        // '_'), or ending where another goes on: the split must be the one the prefix keys define (the reference below).
        var random = new System.Random(9);
        var alphabet = "aAbB_-.9é";
        var types = Enumerable.Range(0, 400)
            .Select(i => "Realtime" + new string(Enumerable.Range(0, random.Next(0, 6)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray()) + (i % 7 == 0 ? string.Empty : i.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Distinct(System.StringComparer.Ordinal)
            .Select(name => Type(name, 1_000 + random.Next(9_000)))
            .ToList();

        Assert.Equal(
            Reference(types).Select(g => (g.Key, string.Join(",", g.Types.Select(t => t.Name)))),
            ModelFileGroups.Group(types).Select(g => (g.Key, string.Join(",", g.Types.Select(t => t.Name)))));
    }

    /// <summary>The grouping spelled out with whole prefix keys: sort, split by the upper-cased prefix one character longer, join neighbours.</summary>
    private static System.Collections.Generic.List<(string Key, System.Collections.Generic.List<TypeText> Types)> Reference(System.Collections.Generic.IEnumerable<TypeText> all)
    {
        static string Name(string name, int length) =>
            new(name.Take(length).Select(c => char.IsLetterOrDigit(c) ? c : '_').ToArray());

        var groups = new System.Collections.Generic.List<(string Key, System.Collections.Generic.List<TypeText> Types)>();
        void Split(System.Collections.Generic.List<TypeText> types, int depth)
        {
            if (depth >= 32 || types.Sum(t => t.Length) <= ModelFileGroups.MaxChars)
            {
                groups.Add((Name(types[0].Name, depth), types));
                return;
            }

            foreach (var bucket in types.GroupBy(t => Name(t.Name, depth + 1).ToUpperInvariant()).OrderBy(g => g.Key, System.StringComparer.Ordinal))
            {
                Split(bucket.ToList(), depth + 1);
            }
        }

        Split(all.OrderBy(t => t.Name, System.StringComparer.OrdinalIgnoreCase).ThenBy(t => t.Name, System.StringComparer.Ordinal).ToList(), 0);
        var joined = new System.Collections.Generic.List<(string Key, System.Collections.Generic.List<TypeText> Types)>();
        var size = 0;
        foreach (var (key, members) in groups)
        {
            var length = members.Sum(t => t.Length);
            if (joined.Count > 0 && size + length <= ModelFileGroups.MaxChars)
            {
                joined[^1].Types.AddRange(members);
                size += length;
                continue;
            }

            joined.Add((key, new System.Collections.Generic.List<TypeText>(members)));
            size = length;
        }

        return joined;
    }

    private static TypeText Type(string name, int length) => new(name, new string('x', length), null);
}
