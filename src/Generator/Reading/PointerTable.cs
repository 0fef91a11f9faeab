using System.Collections.Generic;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Reading;

/// <summary>
/// The nodes of one spec by JSON pointer, held as a tree of steps (parent node, key) rather than one pointer string
/// per node: a key is the text the parser already made, an item's key its index. A pointer is looked up by walking
/// its segments, compared in place (a <c>~0</c> or <c>~1</c> escape is decoded while comparing).
/// </summary>
internal sealed class PointerTable
{
    /// <summary>The root node: the document itself, which has no place of its own (findings there point at the top).</summary>
    public const int Root = 0;

    /// <summary>Item keys "0" to "1023", made once.</summary>
    private static readonly string[] SmallIndexes = MakeIndexes(1024);

    private readonly List<Node> _nodes;
    private readonly Dictionary<Step, int> _steps;

    public PointerTable(int expectedNodes)
    {
        var capacity = System.Math.Max(0, System.Math.Min(expectedNodes, 4_000_000));
        _nodes = new List<Node>(capacity + 1) { default };
        _steps = new Dictionary<Step, int>(capacity, StepComparer.Instance);
    }

    /// <summary>The key of the item at <paramref name="index"/> of a sequence.</summary>
    public static string IndexKey(int index) =>
        index < SmallIndexes.Length ? SmallIndexes[index] : index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The child of <paramref name="parent"/> at <paramref name="key"/>, or -1.</summary>
    public int Child(int parent, string key) => _steps.TryGetValue(new Step(parent, key, 0, key.Length), out var child) ? child : -1;

    /// <summary>Records the child's place and scalar, replacing what was recorded there; returns the child.</summary>
    public int Set(int parent, string key, in Node node)
    {
        if (_steps.TryGetValue(new Step(parent, key, 0, key.Length), out var child))
        {
            _nodes[child] = node;
            return child;
        }

        _nodes.Add(node);
        child = _nodes.Count - 1;
        _steps.Add(new Step(parent, key, 0, key.Length), child);
        return child;
    }

    /// <summary>The child at <paramref name="key"/>, made (with no place) when it is not there yet.</summary>
    public int GetOrAdd(int parent, string key) =>
        Child(parent, key) is var child and >= 0 ? child : Set(parent, key, default);

    public Node this[int node] => _nodes[node];

    /// <summary>
    /// Walks <paramref name="pointer"/> (<c>/a/b</c> or <c>#/a/b</c>) from the root as far as its segments lead.
    /// </summary>
    /// <param name="pointer">The JSON pointer.</param>
    /// <param name="reached">The node the whole pointer names (placed or not), or -1 when a segment leads nowhere.</param>
    /// <returns>The deepest node on the way that has a place, or -1 when none has.</returns>
    public int Walk(string pointer, out int reached)
    {
        var start = pointer.Length > 0 && pointer[0] == '#' ? 1 : 0;
        var current = Root;
        var placed = -1;
        reached = -1;
        if (start == pointer.Length)
        {
            reached = Root;
            return placed;
        }

        if (pointer[start] != '/')
        {
            return placed;
        }

        var segment = start + 1;
        while (true)
        {
            var end = pointer.IndexOf('/', segment);
            if (end < 0)
            {
                end = pointer.Length;
            }

            var next = Find(current, pointer, segment, end - segment);
            if (next < 0)
            {
                return placed;
            }

            current = next;
            if (_nodes[current].HasPlace)
            {
                placed = current;
            }

            if (end == pointer.Length)
            {
                reached = current;
                return placed;
            }

            segment = end + 1;
        }
    }

    private int Find(int parent, string pointer, int start, int length)
    {
        var escaped = pointer.IndexOf('~', start, length) >= 0;
        if (escaped && !IsValidEscaping(pointer, start, length))
        {
            return -1;
        }

        return _steps.TryGetValue(new Step(parent, pointer, start, length, escaped), out var child) ? child : -1;
    }

    /// <summary>RFC 6901: <c>~0</c> is <c>~</c>, <c>~1</c> is <c>/</c>; any other <c>~</c> names no key.</summary>
    private static bool IsValidEscaping(string pointer, int start, int length)
    {
        for (var i = start; i < start + length; i++)
        {
            if (pointer[i] == '~' && (i + 1 >= start + length || (pointer[i + 1] != '0' && pointer[i + 1] != '1')))
            {
                return false;
            }

            i += pointer[i] == '~' ? 1 : 0;
        }

        return true;
    }

    private static string[] MakeIndexes(int count)
    {
        var indexes = new string[count];
        for (var i = 0; i < count; i++)
        {
            indexes[i] = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return indexes;
    }

    /// <summary>A node's place (the key, for a mapping entry) and scalar value; the file when it is not the index's own.</summary>
    internal readonly struct Node
    {
        public Node(int startLine, int startColumn, int endLine, int endColumn, string? scalar, string? filePath = null)
        {
            StartLine = startLine;
            StartColumn = startColumn;
            EndLine = endLine;
            EndColumn = endColumn;
            Scalar = scalar;
            FilePath = filePath;
            HasPlace = true;
        }

        public int StartLine { get; }

        public int StartColumn { get; }

        public int EndLine { get; }

        public int EndColumn { get; }

        public string? Scalar { get; }

        public string? FilePath { get; }

        /// <summary>False for the root and for nodes only passed through on the way to others.</summary>
        public bool HasPlace { get; }

        public SourceLocation Location(string defaultPath) =>
            new(FilePath ?? defaultPath, StartLine, StartColumn, EndLine, EndColumn);
    }

    /// <summary>
    /// One step down the tree: a parent and a key, the key being <c>Length</c> characters of <c>Text</c> from <c>Start</c>,
    /// RFC 6901-escaped when <c>Escaped</c> (a segment of a pointer being looked up).
    /// </summary>
    private readonly struct Step
    {
        public Step(int parent, string text, int start, int length, bool escaped = false)
        {
            Parent = parent;
            Text = text;
            Start = start;
            Length = length;
            Escaped = escaped;
        }

        public bool Escaped { get; }

        /// <summary>The key's character at <paramref name="at"/>, decoded; moves <paramref name="at"/> past it.</summary>
        public char Next(ref int at)
        {
            var c = Text[at++];
            if (Escaped && c == '~')
            {
                c = Text[at++] == '0' ? '~' : '/';
            }

            return c;
        }

        public int Parent { get; }

        public string Text { get; }

        public int Start { get; }

        public int Length { get; }
    }

    private sealed class StepComparer : IEqualityComparer<Step>
    {
        public static readonly StepComparer Instance = new();

        public bool Equals(Step x, Step y)
        {
            if (x.Parent != y.Parent)
            {
                return false;
            }

            if (!x.Escaped && !y.Escaped)
            {
                return x.Length == y.Length && string.CompareOrdinal(x.Text, x.Start, y.Text, y.Start, x.Length) == 0;
            }

            int i = x.Start, j = y.Start;
            while (i < x.Start + x.Length && j < y.Start + y.Length)
            {
                if (x.Next(ref i) != y.Next(ref j))
                {
                    return false;
                }
            }

            return i == x.Start + x.Length && j == y.Start + y.Length;
        }

        public int GetHashCode(Step step)
        {
            unchecked
            {
                var hash = (int)2166136261 ^ step.Parent;
                for (var i = step.Start; i < step.Start + step.Length;)
                {
                    hash = (hash ^ step.Next(ref i)) * 16777619;
                }

                return hash;
            }
        }
    }
}
