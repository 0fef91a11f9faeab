using System.Collections.Generic;
using System.Linq;
using SharpYaml;
using SharpYaml.Serialization;
using SpecClient.Generator.Diagnostics;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Reading.Bundling;

/// <summary>
/// Turns a spec split over several files into one tree, as Redocly's <c>bundle</c> does, because
/// OpenAPI.NET cannot: its external loader wants every file to be a whole OpenAPI document, and it
/// rejects <c>$ref</c> where OpenAPI allows none (on operations, on descriptions), which such specs use.
/// A file referenced where a schema stands becomes a named component; a reference where another OpenAPI object stands
/// (a parameter, response, path item, operation...) is replaced by the object it points to; a reference anywhere else,
/// or to a value rather than an object, is warning SPEC023 and is not followed. URLs are left alone (never fetched; the
/// reader warns).
/// </summary>
internal sealed class Bundler
{
    private readonly SpecFileSet _files;
    private readonly List<DiagnosticInfo> _diagnostics = new();
    private readonly SchemaComponentNames _names = new();
    private readonly Queue<PendingSchema> _pending = new();
    private readonly HashSet<string> _inlining = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, TreeNode> _inlined = new(System.StringComparer.Ordinal);
    private readonly HashSet<string> _brokenFiles = new(System.StringComparer.OrdinalIgnoreCase);
    private readonly System.Threading.CancellationToken _cancellationToken;
    private string _schemaPrefix = "#/components/schemas/";
    private int _depth;

    private Bundler(SpecFileSet files, System.Threading.CancellationToken cancellationToken)
    {
        _files = files;
        _cancellationToken = cancellationToken;
    }

    /// <param name="entry">The entry document.</param>
    /// <param name="others">The other files the build supplied.</param>
    /// <param name="root">The folder references may reach; null means the entry's own folder.</param>
    /// <param name="cancellationToken">Stops the bundling when the IDE no longer needs it.</param>
    /// <returns>The bundled tree, or null when the entry has no mapping at its root (the caller reports that).</returns>
    public static BundleResult? Bundle(SpecDocument entry, IEnumerable<SpecDocument> others, string? root = null, System.Threading.CancellationToken cancellationToken = default)
    {
        var files = new SpecFileSet(entry, others, root ?? SpecPaths.Directory(SpecPaths.Normalize(entry.Path)), cancellationToken);
        var bundler = new Bundler(files, cancellationToken);
        var parsedEntry = bundler._files.Get(bundler._files.EntryPath);
        if (parsedEntry?.Root is not YamlMappingNode mapping)
        {
            return null;
        }

        var tree = bundler.BundleRoot(parsedEntry, mapping);
        return new BundleResult(tree, bundler._diagnostics.ToEquatableArray(), bundler._files.FilesRead);
    }

    private TreeMap BundleRoot(ParsedFile entry, YamlMappingNode mapping)
    {
        var swagger2 = mapping.Children.Keys.OfType<YamlScalarNode>().Any(k => k.Value == "swagger");
        _schemaPrefix = swagger2 ? "#/definitions/" : "#/components/schemas/";
        var existing = swagger2 ? Child(mapping, "definitions") : Child(Child(mapping, "components"), "schemas");
        ReserveEntryNames(entry, existing as YamlMappingNode);

        var tree = (TreeMap)Visit(mapping, entry, NodeRole.Root);
        var added = new List<(string Name, SourceLocation Origin, TreeNode Node)>();
        while (_pending.Count > 0)
        {
            // A component's body may reach further schema files; each is queued once, so this ends.
            var next = _pending.Dequeue();
            added.Add((next.Name, Locate(next.File, next.Node), Visit(next.Node, next.File, NodeRole.Schema)));
        }

        if (added.Count > 0 && SchemasMap(tree, swagger2, entry) is { } schemas)
        {
            foreach (var (name, origin, node) in added)
            {
                schemas.Set(name, origin, node);
            }
        }

        return tree;
    }

    /// <summary>
    /// Names the entry already uses stay; <c>Pet: {$ref: ./pet.yaml}</c> makes pet.yaml's component "Pet":
    /// its body is queued under that name and replaces the entry's <c>$ref</c> once bundled.
    /// </summary>
    private void ReserveEntryNames(ParsedFile entry, YamlMappingNode? schemas)
    {
        foreach (var pair in schemas?.Children ?? Enumerable.Empty<KeyValuePair<YamlNode, YamlNode>>())
        {
            if (pair.Key is YamlScalarNode { Value: { } name })
            {
                _names.Reserve(name);
            }
        }

        foreach (var pair in schemas?.Children ?? Enumerable.Empty<KeyValuePair<YamlNode, YamlNode>>())
        {
            if (pair.Key is YamlScalarNode { Value: { } name } &&
                pair.Value is YamlMappingNode { Children.Count: 1 } &&
                ReferenceOf(pair.Value) is { } reference && RefText.IsFileReference(reference) &&
                Lookup(entry, reference) is { Node: YamlMappingNode node, File: { } file, Key: var key } &&
                _names.Find(key) is null)
            {
                _names.Bind(key, name);
                _pending.Enqueue(new PendingSchema(name, node, file));
            }
        }
    }

    /// <summary>The file and node a reference names; File or Node is null when missing.</summary>
    private Target Lookup(ParsedFile from, string reference)
    {
        var (path, pointer) = RefText.IsLocal(reference) ? (string.Empty, reference.Substring(1)) : RefText.Split(reference);
        var targetPath = path.Length == 0 ? SpecPaths.Normalize(from.Path) : SpecPaths.Resolve(from.Path, path);
        var outside = !SpecPaths.IsUnder(targetPath, _files.Root);
        var file = outside ? null : _files.Get(targetPath);
        var node = file?.Root is { } root ? Navigate(root, pointer) : null;
        return new Target(targetPath, pointer, targetPath + "#" + NormalizedPointer(pointer), file, node) { OutsideRoot = outside };
    }

    private TreeNode Visit(YamlNode node, ParsedFile file, NodeRole role)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        if (++_depth > ReadingLimits.MaxDepth)
        {
            // Each file's nesting is bounded when it is parsed; files inlined into each other could still nest without end.
            throw new ReadingLimitException(
                "the bundled document nests deeper than " + ReadingLimits.Count(ReadingLimits.MaxDepth) + " levels where this file is inlined",
                Locate(file, node));
        }

        try
        {
            return VisitNode(node, file, role);
        }
        finally
        {
            _depth--;
        }
    }

    private TreeNode VisitNode(YamlNode node, ParsedFile file, NodeRole role)
    {
        switch (node)
        {
            case YamlScalarNode { Value: { } value } when role == NodeRole.DiscriminatorMapping && NeedsResolving(value, file):
                return new TreeScalar(Locate(file, node), MappingTarget(value, file), plain: false);
            case YamlScalarNode scalar:
                return new TreeScalar(Locate(file, node), scalar.Value ?? string.Empty, scalar.Style == ScalarStyle.Plain);
            case YamlSequenceNode sequence:
                var list = new TreeSequence(Locate(file, node));
                foreach (var item in sequence.Children)
                {
                    list.Items.Add(Visit(item, file, NodeRoles.Item(role)));
                }

                return list;
            case YamlMappingNode mapping when role != NodeRole.Opaque && ReferenceOf(mapping) is { } reference && NeedsResolving(reference, file):
                return Resolve(mapping, reference, file, role);
            case YamlMappingNode mapping:
                return CopyMapping(mapping, file, role, skipReference: false);
            default:
                return new TreeMap(Locate(file, node));
        }
    }

    /// <summary>A URL stays (never fetched), and so does a local pointer in the entry, which means the same after bundling.</summary>
    private bool NeedsResolving(string reference, ParsedFile file) =>
        !RefText.IsUrl(reference) && reference.Trim().Length > 0 &&
        !(RefText.IsLocal(reference) && IsEntry(file));

    private TreeMap CopyMapping(YamlMappingNode mapping, ParsedFile file, NodeRole role, bool skipReference)
    {
        var map = new TreeMap(Locate(file, mapping));
        foreach (var pair in mapping.Children)
        {
            if (pair.Key is not YamlScalarNode { Value: { } key } || (skipReference && key == "$ref"))
            {
                continue;
            }

            map.Set(key, Locate(file, pair.Key), Visit(pair.Value, file, NodeRoles.Child(role, key)));
        }

        return map;
    }

    private TreeNode Resolve(YamlMappingNode holder, string reference, ParsedFile file, NodeRole role)
    {
        var target = Lookup(file, reference);
        if (string.Equals(target.Path, _files.EntryPath, System.StringComparison.OrdinalIgnoreCase))
        {
            // Back into the entry: after bundling that is a local pointer.
            return WithReference(holder, file, role, "#" + target.Pointer);
        }

        if (target.OutsideRoot)
        {
            ReportAtReference(holder, file, DiagnosticIds.ReferenceOutsideRoot, reference, _files.Root);
            return Unresolved(holder, reference, file, report: false);
        }

        if (target.File?.Syntax is { } syntax)
        {
            if (_brokenFiles.Add(target.Path))
            {
                _diagnostics.Add(new DiagnosticInfo(syntax.Id, new[] { syntax.Message }.ToEquatableArray(), syntax.Location));
            }

            return Unresolved(holder, reference, file, report: false);
        }

        if (target.File is null || target.Node is not { } node)
        {
            return Unresolved(holder, reference, file, report: true);
        }

        if (node is not YamlMappingNode || !NodeRoles.TakesReference(role))
        {
            // Only an OpenAPI object where one stands: a value (a name, URL, description, default) would copy whatever
            // the file holds into the client. Nothing of the target is read into the bundle.
            ReportAtReference(holder, file, DiagnosticIds.ReferenceNotAllowedHere, reference, node is YamlMappingNode ? "an object where OpenAPI takes none from a $ref" : "a value");
            return node is YamlScalarNode ? new TreeScalar(Locate(file, holder), string.Empty, plain: false) : new TreeMap(Locate(file, holder));
        }

        if (role == NodeRole.Schema)
        {
            return WithReference(holder, file, role, SchemaReference(target, node, target.File));
        }

        return Inline(holder, reference, file, role, node, target.File, target.Key + "|" + role);
    }

    /// <summary>The component a schema file (or a schema inside one) becomes; queued the first time it is met.</summary>
    private string SchemaReference(Target target, YamlNode node, ParsedFile file)
    {
        var name = _names.Find(target.Key);
        if (name is null)
        {
            var segments = RefText.Segments(target.Pointer);
            name = _names.Assign(target.Key, segments.Count > 0 ? segments[segments.Count - 1] : SpecPaths.Stem(target.Path));
            _pending.Enqueue(new PendingSchema(name, node, file));
        }

        return _schemaPrefix + SpecLineIndex.Escape(name);
    }

    /// <summary>
    /// A discriminator mapping value naming a schema file points at that file's component, so the
    /// mapping key stays the wire value. A value that reaches no file is a schema name; it stays.
    /// </summary>
    private string MappingTarget(string value, ParsedFile file)
    {
        var target = Lookup(file, value);
        if (string.Equals(target.Path, _files.EntryPath, System.StringComparison.OrdinalIgnoreCase))
        {
            return "#" + target.Pointer;
        }

        return target is { File: { } targetFile, Node: { } node } ? SchemaReference(target, node, targetFile) : value;
    }

    private TreeNode Inline(YamlMappingNode holder, string reference, ParsedFile file, NodeRole role, YamlNode node, ParsedFile target, string key)
    {
        if (!_inlined.TryGetValue(key, out var inlined))
        {
            if (!_inlining.Add(key))
            {
                // Only schemas may recurse (they become components); anything else would inline forever.
                ReportAtReference(holder, file, DiagnosticIds.UnsupportedConstruct, "The reference '" + reference + "', which leads back to itself through other files,", "an empty object");
                return new TreeMap(Locate(file, holder));
            }

            try
            {
                inlined = Visit(node, target, role);
            }
            finally
            {
                _inlining.Remove(key);
            }

            _inlined[key] = inlined;
        }

        if (holder.Children.Count == 1 || inlined is not TreeMap content)
        {
            return inlined;
        }

        // Keys beside the $ref (a summary, a description) override the referenced object's.
        var merged = new TreeMap(content.Origin);
        foreach (var entry in content.Entries)
        {
            merged.Set(entry.Key, entry.KeyOrigin, entry.Value);
        }

        foreach (var entry in CopyMapping(holder, file, role, skipReference: true).Entries)
        {
            merged.Set(entry.Key, entry.KeyOrigin, entry.Value);
        }

        return merged;
    }

    /// <summary>The holder with its <c>$ref</c> replaced by a pointer into the bundled document, siblings kept.</summary>
    private TreeMap WithReference(YamlMappingNode holder, ParsedFile file, NodeRole role, string reference)
    {
        var map = new TreeMap(Locate(file, holder));
        foreach (var pair in holder.Children)
        {
            if (pair.Key is not YamlScalarNode { Value: { } key })
            {
                continue;
            }

            var value = key == "$ref" ? new TreeScalar(Locate(file, pair.Value), reference, plain: false) : Visit(pair.Value, file, NodeRoles.Child(role, key));
            map.Set(key, Locate(file, pair.Key), value);
        }

        return map;
    }

    /// <summary>A missing file or pointer: an error in the referencing file; an empty object stands in so reading goes on.</summary>
    private TreeMap Unresolved(YamlMappingNode holder, string reference, ParsedFile file, bool report)
    {
        if (report)
        {
            ReportAtReference(holder, file, DiagnosticIds.UnresolvedReference, reference);
        }

        return new TreeMap(Locate(file, holder));
    }

    private void ReportAtReference(YamlMappingNode holder, ParsedFile file, string id, params string[] args)
    {
        var pair = holder.Children.First(p => p.Key is YamlScalarNode { Value: "$ref" });
        var at = new SourceLocation(file.Path, pair.Key.Start.Line, pair.Key.Start.Column, pair.Value.End.Line, pair.Value.End.Column);
        _diagnostics.Add(new DiagnosticInfo(id, args.ToEquatableArray(), at));
    }

    private bool IsEntry(ParsedFile file) =>
        string.Equals(SpecPaths.Normalize(file.Path), _files.EntryPath, System.StringComparison.OrdinalIgnoreCase);

    private static string NormalizedPointer(string pointer) => "/" + pointer.Trim('/');

    private static string? ReferenceOf(YamlNode node) =>
        node is YamlMappingNode mapping && Child(mapping, "$ref") is YamlScalarNode { Value: { } reference } ? reference : null;

    private static YamlNode? Child(YamlNode? node, string key)
    {
        if (node is not YamlMappingNode mapping)
        {
            return null;
        }

        foreach (var pair in mapping.Children)
        {
            if (pair.Key is YamlScalarNode { Value: { } name } && name == key)
            {
                return pair.Value;
            }
        }

        return null;
    }

    private static YamlNode? Navigate(YamlNode root, string pointer)
    {
        var node = root;
        foreach (var segment in RefText.Segments(pointer))
        {
            node = node switch
            {
                YamlMappingNode => Child(node, segment),
                YamlSequenceNode sequence when int.TryParse(segment, out var index) && index >= 0 && index < sequence.Children.Count => sequence.Children[index],
                _ => null,
            };
            if (node is null)
            {
                return null;
            }
        }

        return node;
    }

    /// <summary>Where the bundled document keeps schemas, made if the entry has none yet.</summary>
    private static TreeMap? SchemasMap(TreeMap root, bool swagger2, ParsedFile entry)
    {
        var top = new SourceLocation(entry.Path, 0, 0, 0, 0);
        if (swagger2)
        {
            return GetOrAdd(root, "definitions", top);
        }

        return GetOrAdd(root, "components", top) is { } components ? GetOrAdd(components, "schemas", top) : null;
    }

    private static TreeMap? GetOrAdd(TreeMap map, string key, SourceLocation origin)
    {
        switch (map.Get(key))
        {
            case TreeMap existing:
                return existing;
            case null:
                var added = new TreeMap(origin);
                map.Set(key, origin, added);
                return added;
            default:
                return null;
        }
    }

    private static SourceLocation Locate(ParsedFile file, YamlNode node) =>
        new(file.Path, node.Start.Line, node.Start.Column, node.End.Line, node.End.Column);

    private sealed record Target(string Path, string Pointer, string Key, ParsedFile? File, YamlNode? Node)
    {
        /// <summary>The file lies outside the folder references may reach; it is never read.</summary>
        public bool OutsideRoot { get; init; }
    }

    private sealed record PendingSchema(string Name, YamlNode Node, ParsedFile File);
}

/// <summary>The bundled tree, the findings made while bundling, and how many files were read.</summary>
internal sealed record BundleResult(TreeMap Tree, EquatableArray<DiagnosticInfo> Diagnostics, int FilesRead);
