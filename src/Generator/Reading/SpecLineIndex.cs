using System.Collections.Generic;
using System.IO;
using SharpYaml;
using SharpYaml.Events;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Reading;

/// <summary>
/// Maps JSON pointers (<c>/paths/~1pets/get</c>) to places in the spec text.
/// OpenAPI.NET reports findings by pointer and keeps no line numbers, so the reader scans the
/// text once with SharpYaml's event parser (JSON is YAML, so one scan serves both formats).
/// The places are kept by step (parent, key) in a <see cref="PointerTable"/>, not by pointer string.
/// </summary>
internal sealed class SpecLineIndex
{
    /// <summary>A spec has about one node per 40 to 60 characters; sized once, the table never grows in steps.</summary>
    private const int CharactersPerEntry = 40;

    private readonly PointerTable _nodes;

    private SpecLineIndex(string filePath, int expectedEntries)
    {
        FilePath = filePath;
        _nodes = new PointerTable(expectedEntries);
    }

    public string FilePath { get; }

    /// <summary>Whether the document's root node is a mapping (every OpenAPI document's is).</summary>
    public bool RootIsMapping { get; private set; }

    /// <summary>The YAML syntax error that stopped the scan, if any; the entries before it are kept.</summary>
    public YamlSyntaxError? SyntaxError { get; private set; }

    /// <summary>A bound of <see cref="ReadingLimits"/> the text passes; nothing after the scan may read it then.</summary>
    public ReadingLimitException? LimitExceeded { get; private set; }

    /// <param name="filePath">The file the text is, for locations.</param>
    /// <param name="text">The spec's text.</param>
    /// <param name="cancellationToken">Stops the scan.</param>
    /// <param name="buildTree">Also build the JSON nodes OpenAPI.NET reads (<see cref="TakeTree"/>), from the same parse.</param>
    public static SpecLineIndex Build(string filePath, string text, System.Threading.CancellationToken cancellationToken = default, bool buildTree = false)
    {
        var index = new SpecLineIndex(filePath, text.Length / CharactersPerEntry);
        var tree = buildTree && IsYamlText(text) ? new YamlJsonTree() : null;
        try
        {
            if (text.Length > ReadingLimits.MaxFileLength)
            {
                throw ReadingLimits.TooLong(filePath, text.Length, ReadingLimits.MaxFileLength);
            }

            index.Scan(text, new YamlBudget(filePath, cancellationToken), tree);
        }
        catch (YamlException ex)
        {
            index.SyntaxError = new YamlSyntaxError(ex.Message, ex.Start.Line, ex.Start.Column);
            tree?.GiveUp();
        }
        catch (ReadingLimitException ex)
        {
            index.LimitExceeded = ex;
            tree?.GiveUp();
        }

        index._tree = tree?.Result;
        return index;
    }

    private System.Text.Json.Nodes.JsonNode? _tree;

    /// <summary>
    /// The document as the JSON nodes OpenAPI.NET's YAML reader would have built from the text, when the scan built
    /// them (YAML text in the plain case); handed over once, so the index does not keep the tree alive.
    /// </summary>
    public System.Text.Json.Nodes.JsonNode? TakeTree()
    {
        var tree = _tree;
        _tree = null;
        return tree;
    }

    /// <summary>
    /// Text OpenAPI.NET reads as YAML (DocumentLoader reads text starting with <c>{</c> as JSON), short enough that its
    /// UTF-8 bytes stay under OpenAPI.NET's input limit, and without a byte order mark its stream reader would drop.
    /// </summary>
    private static bool IsYamlText(string text) =>
        text.Length <= 32 * 1024 * 1024 &&
        !text.TrimStart().StartsWith("{", System.StringComparison.Ordinal) &&
        (text.Length == 0 || text[0] != '\uFEFF');

    /// <summary>Whether the text has a <c>$ref</c> to another file (not a local pointer, not a URL), so it needs bundling.</summary>
    public bool HasFileReferences { get; private set; }

    /// <summary>
    /// An index over a bundled tree, whose nodes come from several files: each entry keeps its own
    /// file, so findings point into the file the node was written in.
    /// </summary>
    public static SpecLineIndex FromLocations(string filePath, IEnumerable<KeyValuePair<string, (SourceLocation Location, string? Scalar)>> entries)
    {
        var index = new SpecLineIndex(filePath, (entries as ICollection<KeyValuePair<string, (SourceLocation, string?)>>)?.Count ?? 0) { RootIsMapping = true };
        foreach (var pair in entries)
        {
            var at = pair.Value.Location;
            if (index.ParentOf(pair.Key, out var key) is var parent and >= 0)
            {
                index._nodes.Set(parent, key, new PointerTable.Node(at.StartLine, at.StartColumn, at.EndLine, at.EndColumn, pair.Value.Scalar, at.FilePath));
            }
        }

        return index;
    }

    /// <summary>The node above the pointer's last segment (made, without a place, where missing) and that segment's key; -1 for no pointer.</summary>
    private int ParentOf(string pointer, out string key)
    {
        key = string.Empty;
        if (pointer.Length == 0 || pointer[0] != '/')
        {
            return -1;
        }

        var parent = PointerTable.Root;
        var segment = 1;
        while (true)
        {
            var end = pointer.IndexOf('/', segment);
            if (end < 0)
            {
                key = Unescape(pointer.Substring(segment));
                return parent;
            }

            parent = _nodes.GetOrAdd(parent, Unescape(pointer.Substring(segment, end - segment)));
            segment = end + 1;
        }
    }

    private static string Unescape(string segment) => segment.Replace("~1", "/").Replace("~0", "~");

    public bool Contains(string pointer) => Placed(pointer) >= 0;

    /// <summary>
    /// Whether the mapping at <paramref name="pointer"/> has <paramref name="key"/> (one of <c>nullable</c>,
    /// <c>x-nullable</c>, <c>additionalProperties</c>) set to the scalar <c>true</c>; the same as
    /// <c>ScalarAt(pointer + "/" + key) == "true"</c> without building that pointer.
    /// </summary>
    public bool IsTrue(string pointer, string key) => ScalarAt(pointer, key) == "true";

    /// <summary>The same as <c>ScalarAt(pointer + "/" + Escape(key))</c>, without building that pointer.</summary>
    public string? ScalarAt(string pointer, string key)
    {
        _nodes.Walk(pointer, out var parent);
        return parent >= 0 && _nodes.Child(parent, key) is var child and >= 0 && _nodes[child].HasPlace ? _nodes[child].Scalar : null;
    }

    /// <summary>The scalar value at the pointer, or null when there is none or it is a mapping or sequence.</summary>
    public string? ScalarAt(string pointer) => Placed(pointer) is var node and >= 0 ? _nodes[node].Scalar : null;

    /// <summary>The node the pointer names when it has a place in the text, else -1.</summary>
    private int Placed(string pointer)
    {
        _nodes.Walk(pointer, out var reached);
        return reached >= 0 && _nodes[reached].HasPlace ? reached : -1;
    }

    /// <summary>
    /// The place of the pointer's node (the key, for a mapping entry). When the pointer is not in
    /// the text (it came from a converted 2.0 document, say), the nearest ancestor that is.
    /// </summary>
    /// <remarks>Accepts both <c>#/a/b</c> (OpenAPI.NET) and <c>/a/b</c>.</remarks>
    public SourceLocation Locate(string pointer)
    {
        var placed = _nodes.Walk(pointer, out _);
        return placed >= 0 ? _nodes[placed].Location(FilePath) : new SourceLocation(FilePath, 0, 0, 0, 0);
    }

    private void Scan(string text, YamlBudget budget, YamlJsonTree? tree)
    {
        var parser = Parser.CreateParser(new StringReader(text));
        var stack = new Stack<Frame>();
        var sawRoot = false;
        while (parser.MoveNext())
        {
            var current = parser.Current!;
            budget.Add(current);
            tree?.Add(current);
            switch (current)
            {
                case DocumentEnd when sawRoot:
                    // Only the first YAML document is the spec.
                    return;
                case MappingEnd or SequenceEnd:
                    stack.Pop();
                    break;
                case NodeEvent or AnchorAlias:
                    if (!sawRoot)
                    {
                        sawRoot = true;
                        RootIsMapping = current is MappingStart;
                        if (current is MappingStart or SequenceStart)
                        {
                            stack.Push(new Frame(PointerTable.Root, current is MappingStart));
                        }

                        break;
                    }

                    OnNode(stack, current);
                    break;
            }
        }
    }

    private void OnNode(Stack<Frame> stack, ParsingEvent node)
    {
        var frame = stack.Peek();
        var isContainer = node is MappingStart or SequenceStart;
        var child = -1;
        if (frame.IsMapping && frame.ExpectingKey)
        {
            frame.ExpectingKey = false;
            frame.Key = (node as Scalar)?.Value;
            frame.KeyStart = node.Start;
            frame.KeyEnd = node.End;
            if (isContainer)
            {
                // A complex key: nothing in OpenAPI uses one; scan through it without recording.
                stack.Push(new Frame(-1, node is MappingStart));
            }

            return;
        }

        if (frame.IsMapping)
        {
            frame.ExpectingKey = true;
            if (frame.Node >= 0 && frame.Key is not null)
            {
                // A key written twice keeps its first place; what is under the second is recorded where not yet known.
                child = _nodes.Child(frame.Node, frame.Key);
                if (child < 0)
                {
                    // Mapping entries are located at their key; a scalar value widens the span to its end.
                    var end = isContainer ? frame.KeyEnd : node.End;
                    child = _nodes.Set(frame.Node, frame.Key, new PointerTable.Node(frame.KeyStart.Line, frame.KeyStart.Column, end.Line, end.Column, (node as Scalar)?.Value));
                }
            }

            if (frame.Key == "$ref" && node is Scalar { Value: var reference } && Bundling.RefText.IsFileReference(reference))
            {
                HasFileReferences = true;
            }
        }
        else
        {
            if (frame.Node >= 0)
            {
                var end = isContainer ? node.Start : node.End;
                child = _nodes.Set(frame.Node, PointerTable.IndexKey(frame.NextIndex), new PointerTable.Node(node.Start.Line, node.Start.Column, end.Line, end.Column, (node as Scalar)?.Value));
            }

            frame.NextIndex++;
        }

        if (isContainer)
        {
            stack.Push(new Frame(child, node is MappingStart));
        }
    }

    /// <summary>RFC 6901 escaping of one pointer segment.</summary>
    public static string Escape(string segment) => segment.Replace("~", "~0").Replace("/", "~1");

    /// <summary>Where the scan is inside one mapping or sequence; node -1 means "not recorded".</summary>
    private sealed class Frame
    {
        public Frame(int node, bool isMapping)
        {
            Node = node;
            IsMapping = isMapping;
        }

        public int Node { get; }

        public bool IsMapping { get; }

        public bool ExpectingKey { get; set; } = true;

        public string? Key { get; set; }

        public Mark KeyStart { get; set; }

        public Mark KeyEnd { get; set; }

        public int NextIndex { get; set; }
    }
}

/// <summary>A YAML syntax error at a 0-based line and column.</summary>
internal sealed record YamlSyntaxError(string Message, int Line, int Column);
