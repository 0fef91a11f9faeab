using System.Collections.Generic;
using System.Threading;
using SharpYaml;
using SharpYaml.Events;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Reading;

/// <summary>
/// Watches the event stream of one YAML (or JSON) file and stops reading, with a located
/// <see cref="ReadingLimitException"/>, when aliases would expand it past <see cref="ReadingLimits.MaxAliasNodes"/>
/// nodes or it nests deeper than <see cref="ReadingLimits.MaxDepth"/>. Also where reading notices cancellation.
/// </summary>
internal sealed class YamlBudget
{
    private const int EventsPerCancellationCheck = 1024;

    private readonly string _path;
    private readonly CancellationToken _cancellationToken;
    private readonly Dictionary<string, long> _anchorSizes = new(System.StringComparer.Ordinal);
    private readonly Stack<(string? Anchor, long NodesBefore)> _open = new();
    private long _nodes;
    private long _aliasNodes;
    private int _events;

    public YamlBudget(string path, CancellationToken cancellationToken)
    {
        _path = path;
        _cancellationToken = cancellationToken;
    }

    /// <summary>Scans a whole file once, for files that are parsed by another reader afterwards.</summary>
    public static void Check(string path, string text, CancellationToken cancellationToken)
    {
        if (text.Length > ReadingLimits.MaxFileLength)
        {
            throw ReadingLimits.TooLong(path, text.Length, ReadingLimits.MaxFileLength);
        }

        var budget = new YamlBudget(path, cancellationToken);
        var parser = Parser.CreateParser(new System.IO.StringReader(text));
        while (parser.MoveNext())
        {
            budget.Add(parser.Current!);
        }
    }

    public void Add(ParsingEvent current)
    {
        if (++_events % EventsPerCancellationCheck == 0)
        {
            _cancellationToken.ThrowIfCancellationRequested();
        }

        switch (current)
        {
            case AnchorAlias alias:
                // An alias stands for a copy of its anchor's whole node; every reader after this one expands it.
                var size = _anchorSizes.TryGetValue(alias.Value, out var known) ? known : 1;
                _nodes += size;
                _aliasNodes += size;
                if (_aliasNodes > ReadingLimits.MaxAliasNodes)
                {
                    throw new ReadingLimitException(
                        "its YAML aliases expand to more than " + ReadingLimits.Count(ReadingLimits.MaxAliasNodes) + " nodes (the alias '*" + alias.Value + "' passes the bound)",
                        At(current));
                }

                break;
            case Scalar scalar:
                _nodes++;
                if (scalar.Anchor is { Length: > 0 } scalarAnchor)
                {
                    _anchorSizes[scalarAnchor] = 1;
                }

                break;
            case MappingStart or SequenceStart:
                _nodes++;
                _open.Push((((NodeEvent)current).Anchor, _nodes - 1));
                if (_open.Count > ReadingLimits.MaxDepth)
                {
                    throw new ReadingLimitException(
                        "it nests mappings and sequences deeper than " + ReadingLimits.Count(ReadingLimits.MaxDepth) + " levels",
                        At(current));
                }

                break;
            case MappingEnd or SequenceEnd when _open.Count > 0:
                var (anchor, before) = _open.Pop();
                if (anchor is { Length: > 0 })
                {
                    _anchorSizes[anchor!] = _nodes - before;
                }

                break;
        }
    }

    private SourceLocation At(ParsingEvent current) =>
        new(_path, current.Start.Line, current.Start.Column, current.End.Line, current.End.Column);
}
