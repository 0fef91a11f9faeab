using System.Collections.Generic;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Reading.Bundling;

/// <summary>
/// A node of the bundled document. Unlike a YAML node it remembers the file it was written in, so
/// a finding about it can point into that file rather than into the entry document.
/// </summary>
internal abstract class TreeNode
{
    protected TreeNode(SourceLocation origin) => Origin = origin;

    public SourceLocation Origin { get; }
}

/// <summary>A mapping; a later duplicate key replaces an earlier one, as OpenAPI.NET's YAML reader does.</summary>
internal sealed class TreeMap : TreeNode
{
    private readonly List<TreeEntry> _entries = new();
    private readonly Dictionary<string, int> _positions = new(System.StringComparer.Ordinal);

    public TreeMap(SourceLocation origin)
        : base(origin)
    {
    }

    public IReadOnlyList<TreeEntry> Entries => _entries;

    public void Set(string key, SourceLocation keyOrigin, TreeNode value)
    {
        var entry = new TreeEntry(key, keyOrigin, value);
        if (_positions.TryGetValue(key, out var position))
        {
            _entries[position] = entry;
            return;
        }

        _positions[key] = _entries.Count;
        _entries.Add(entry);
    }

    public TreeNode? Get(string key) => _positions.TryGetValue(key, out var position) ? _entries[position].Value : null;
}

/// <summary>A mapping entry, located at its key (where OpenAPI.NET's pointers land).</summary>
internal sealed class TreeEntry
{
    public TreeEntry(string key, SourceLocation keyOrigin, TreeNode value)
    {
        Key = key;
        KeyOrigin = keyOrigin;
        Value = value;
    }

    public string Key { get; }

    public SourceLocation KeyOrigin { get; }

    public TreeNode Value { get; }
}

internal sealed class TreeSequence : TreeNode
{
    public TreeSequence(SourceLocation origin)
        : base(origin)
    {
    }

    public List<TreeNode> Items { get; } = new();
}

/// <summary>A scalar; <see cref="Plain"/> scalars are typed (number, boolean, null) the way OpenAPI.NET types them.</summary>
internal sealed class TreeScalar : TreeNode
{
    public TreeScalar(SourceLocation origin, string value, bool plain)
        : base(origin)
    {
        Value = value;
        Plain = plain;
    }

    public string Value { get; }

    public bool Plain { get; }
}
