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
/// </summary>
internal sealed class SpecLineIndex
{
    /// <summary>
    /// Keys the mappers read for (nearly) every schema, property or parameter (<c>nullable: true</c>, a sunset date);
    /// answered from the mapping's own pointer, without building the key's pointer each time.
    /// </summary>
    private static readonly string[] WatchedKeys = { "nullable", "x-nullable", "additionalProperties", "x-sunset", "x-deprecated-at" };

    /// <summary>A spec has about one pointer per 40 to 60 characters; sized once, the table never grows in steps.</summary>
    private const int CharactersPerEntry = 40;

    private readonly Dictionary<string, Entry> _entries;

    /// <summary>For each of <see cref="WatchedKeys"/>: the pointers of the mappings that have it, and its scalar there (null: not a scalar).</summary>
    private readonly Dictionary<string, Dictionary<string, string?>> _watched = new(System.StringComparer.Ordinal);

    private SpecLineIndex(string filePath, int expectedEntries)
    {
        FilePath = filePath;
        _entries = new Dictionary<string, Entry>(System.Math.Max(0, System.Math.Min(expectedEntries, 4_000_000)), System.StringComparer.Ordinal);
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
            index._entries[pair.Key] = new Entry(at.StartLine, at.StartColumn, at.EndLine, at.EndColumn, pair.Value.Scalar, at.FilePath);
            var slash = pair.Key.LastIndexOf('/');
            if (slash >= 0 && IsWatched(pair.Key, slash + 1))
            {
                index.NoteWatched(pair.Key.Substring(0, slash), pair.Key.Substring(slash + 1), pair.Value.Scalar);
            }
        }

        return index;
    }

    public bool Contains(string pointer) => _entries.ContainsKey(Normalize(pointer));

    /// <summary>
    /// Whether the mapping at <paramref name="pointer"/> has <paramref name="key"/> (one of <c>nullable</c>,
    /// <c>x-nullable</c>, <c>additionalProperties</c>) set to the scalar <c>true</c>; the same as
    /// <c>ScalarAt(pointer + "/" + key) == "true"</c> without building that pointer.
    /// </summary>
    public bool IsTrue(string pointer, string key) => ScalarAt(pointer, key) == "true";

    /// <summary>The same as <c>ScalarAt(pointer + "/" + key)</c>; for the keys read everywhere, without building that pointer.</summary>
    public string? ScalarAt(string pointer, string key)
    {
        if (System.Array.IndexOf(WatchedKeys, key) < 0)
        {
            return ScalarAt(pointer + "/" + Escape(key));
        }

        return _watched.TryGetValue(key, out var parents) && parents.TryGetValue(Normalize(pointer), out var scalar) ? scalar : null;
    }

    /// <summary>The scalar value at the pointer, or null when there is none or it is a mapping or sequence.</summary>
    public string? ScalarAt(string pointer) =>
        _entries.TryGetValue(Normalize(pointer), out var entry) ? entry.Scalar : null;

    /// <summary>
    /// The place of the pointer's node (the key, for a mapping entry). When the pointer is not in
    /// the text (it came from a converted 2.0 document, say), the nearest ancestor that is.
    /// </summary>
    public SourceLocation Locate(string pointer)
    {
        var current = Normalize(pointer);
        while (true)
        {
            if (_entries.TryGetValue(current, out var entry))
            {
                return new SourceLocation(entry.FilePath ?? FilePath, entry.StartLine, entry.StartColumn, entry.EndLine, entry.EndColumn);
            }

            var slash = current.LastIndexOf('/');
            if (slash < 0)
            {
                return new SourceLocation(FilePath, 0, 0, 0, 0);
            }

            current = current.Substring(0, slash);
        }
    }

    /// <summary>Accepts both <c>#/a/b</c> (OpenAPI.NET) and <c>/a/b</c>.</summary>
    private static string Normalize(string pointer) =>
        pointer.Length > 0 && pointer[0] == '#' ? pointer.Substring(1) : pointer;

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
                            stack.Push(new Frame(string.Empty, current is MappingStart));
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
        string? childPointer;
        if (frame.IsMapping && frame.ExpectingKey)
        {
            frame.ExpectingKey = false;
            frame.Key = (node as Scalar)?.Value;
            frame.KeyStart = node.Start;
            frame.KeyEnd = node.End;
            if (isContainer)
            {
                // A complex key: nothing in OpenAPI uses one; scan through it without recording.
                stack.Push(new Frame(null, node is MappingStart));
            }

            return;
        }

        if (frame.IsMapping)
        {
            frame.ExpectingKey = true;
            childPointer = frame.Pointer is null || frame.Key is null ? null : frame.Pointer + "/" + Escape(frame.Key);
            if (childPointer is not null && !_entries.ContainsKey(childPointer))
            {
                // Mapping entries are located at their key; a scalar value widens the span to its end.
                var end = isContainer ? frame.KeyEnd : node.End;
                _entries[childPointer] = new Entry(frame.KeyStart.Line, frame.KeyStart.Column, end.Line, end.Column, (node as Scalar)?.Value);
                if (System.Array.IndexOf(WatchedKeys, frame.Key) >= 0)
                {
                    NoteWatched(frame.Pointer!, frame.Key!, (node as Scalar)?.Value);
                }
            }

            if (frame.Key == "$ref" && node is Scalar { Value: var reference } && Bundling.RefText.IsFileReference(reference))
            {
                HasFileReferences = true;
            }
        }
        else
        {
            childPointer = frame.Pointer is null ? null : frame.Pointer + "/" + frame.NextIndex.ToString(System.Globalization.CultureInfo.InvariantCulture);
            frame.NextIndex++;
            if (childPointer is not null)
            {
                var end = isContainer ? node.Start : node.End;
                _entries[childPointer] = new Entry(node.Start.Line, node.Start.Column, end.Line, end.Column, (node as Scalar)?.Value);
            }
        }

        if (isContainer)
        {
            stack.Push(new Frame(childPointer, node is MappingStart));
        }
    }

    /// <summary>Whether the pointer's last segment (from <paramref name="start"/>) is one of <see cref="WatchedKeys"/>.</summary>
    private static bool IsWatched(string pointer, int start)
    {
        foreach (var key in WatchedKeys)
        {
            if (pointer.Length - start == key.Length && string.CompareOrdinal(pointer, start, key, 0, key.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    private void NoteWatched(string parent, string key, string? scalar)
    {
        if (!_watched.TryGetValue(key, out var parents))
        {
            parents = new Dictionary<string, string?>(System.StringComparer.Ordinal);
            _watched[key] = parents;
        }

        parents[parent] = scalar;
    }

    /// <summary>RFC 6901 escaping of one pointer segment.</summary>
    public static string Escape(string segment) => segment.Replace("~", "~0").Replace("/", "~1");

    private readonly struct Entry
    {
        public Entry(int startLine, int startColumn, int endLine, int endColumn, string? scalar, string? filePath = null)
        {
            FilePath = filePath;
            StartLine = startLine;
            StartColumn = startColumn;
            EndLine = endLine;
            EndColumn = endColumn;
            Scalar = scalar;
        }

        public int StartLine { get; }

        public int StartColumn { get; }

        public int EndLine { get; }

        public int EndColumn { get; }

        public string? Scalar { get; }

        /// <summary>The file the node was written in, when it is not the index's own file (a bundled tree).</summary>
        public string? FilePath { get; }
    }

    /// <summary>Where the scan is inside one mapping or sequence; a null pointer means "not recorded".</summary>
    private sealed class Frame
    {
        public Frame(string? pointer, bool isMapping)
        {
            Pointer = pointer;
            IsMapping = isMapping;
        }

        public string? Pointer { get; }

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
