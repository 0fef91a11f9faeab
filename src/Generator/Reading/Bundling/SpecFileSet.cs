using System;
using System.Collections.Generic;
using System.IO;
using SharpYaml;
using SharpYaml.Serialization;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Reading.Bundling;

/// <summary>
/// The files a bundle may read, by normalized path, each parsed once on first use. The texts come
/// from the build (AdditionalFiles): a generator may not open files itself.
/// </summary>
internal sealed class SpecFileSet
{
    private readonly Dictionary<string, SpecDocument> _documents = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, ParsedFile> _parsed = new(StringComparer.OrdinalIgnoreCase);

    private readonly System.Threading.CancellationToken _cancellationToken;

    public SpecFileSet(SpecDocument entry, IEnumerable<SpecDocument> others, string root, System.Threading.CancellationToken cancellationToken)
    {
        _cancellationToken = cancellationToken;
        Root = SpecPaths.Normalize(root);
        foreach (var document in others)
        {
            _documents[SpecPaths.Normalize(document.Path)] = document;
        }

        EntryPath = SpecPaths.Normalize(entry.Path);
        _documents[EntryPath] = entry;
    }

    public string EntryPath { get; }

    /// <summary>The folder references may reach: files outside it are never read, even when the build supplied them.</summary>
    public string Root { get; }

    /// <summary>How many files were parsed (the entry included).</summary>
    public int FilesRead => _parsed.Count;

    /// <summary>The parsed file, or null when the build supplied no file at that path.</summary>
    public ParsedFile? Get(string normalizedPath)
    {
        if (_parsed.TryGetValue(normalizedPath, out var parsed))
        {
            return parsed;
        }

        if (!_documents.TryGetValue(normalizedPath, out var document))
        {
            return null;
        }

        parsed = Parse(document, _cancellationToken);
        _parsed[normalizedPath] = parsed;
        return parsed;
    }

    private static ParsedFile Parse(SpecDocument document, System.Threading.CancellationToken cancellationToken)
    {
        try
        {
            // The node tree below shares one node per anchor; the bundler copies it at every alias, so bound that first.
            Reading.YamlBudget.Check(document.Path, document.Text, cancellationToken);
            var stream = new YamlStream();
            stream.Load(new StringReader(document.Text));
            var root = stream.Documents.Count > 0 ? stream.Documents[0].RootNode : null;
            return new ParsedFile(document.Path, root, null);
        }
        catch (YamlException ex)
        {
            var at = new SourceLocation(document.Path, ex.Start.Line, ex.Start.Column, ex.Start.Line, ex.Start.Column + 1);
            return new ParsedFile(document.Path, null, new SyntaxProblem(Diagnostics.DiagnosticIds.UnreadableSpec, ex.Message, at));
        }
        catch (Reading.ReadingLimitException ex)
        {
            return new ParsedFile(document.Path, null, new SyntaxProblem(Diagnostics.DiagnosticIds.ReadingLimitExceeded, ex.Message, ex.Location));
        }
    }
}

/// <summary>A parsed file: its path as the build named it, its root node (null when empty or broken) and any syntax error.</summary>
internal sealed record ParsedFile(string Path, YamlNode? Root, SyntaxProblem? Syntax);

/// <summary>Why a file could not be used: a YAML syntax error (SPEC001) or a reading bound passed (SPEC020).</summary>
internal sealed record SyntaxProblem(string Id, string Message, SourceLocation Location);
