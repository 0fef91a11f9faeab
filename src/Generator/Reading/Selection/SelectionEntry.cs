using System;
using System.Collections.Generic;
using System.Linq;

namespace SpecClient.Generator.Reading.Selection;

/// <summary>One entry of <c>Operations</c> or <c>ExcludeOperations</c>, parsed once, and whether any operation matched it.</summary>
internal sealed class SelectionEntry
{
    private const string TagPrefix = "tag:";
    private const string WebhookPrefix = "webhook:";

    private readonly string? _tag;
    private readonly string? _webhook;
    private readonly PathPattern? _path;

    public SelectionEntry(string metadataName, string text)
    {
        MetadataName = metadataName;
        Text = text;
        if (text.StartsWith(TagPrefix, StringComparison.OrdinalIgnoreCase))
        {
            _tag = text.Substring(TagPrefix.Length).Trim();
        }
        else if (text.StartsWith(WebhookPrefix, StringComparison.OrdinalIgnoreCase))
        {
            _webhook = text.Substring(WebhookPrefix.Length).Trim();
        }
        else if (text.StartsWith("/", StringComparison.Ordinal))
        {
            _path = new PathPattern(text);
        }
    }

    /// <summary><c>Operations</c> or <c>ExcludeOperations</c>.</summary>
    public string MetadataName { get; }

    /// <summary>The entry as the project wrote it.</summary>
    public string Text { get; }

    public bool Matched { get; private set; }

    /// <summary>Tells whether the entry names the operation, and remembers that it matched something.</summary>
    public bool Matches(OperationFacts operation)
    {
        var matches = _webhook is null && (_tag is not null ? operation.Tags.Contains(_tag, StringComparer.Ordinal)
            : _path is not null ? _path.Matches(operation.Path)
            : string.Equals(Text, operation.OperationId, StringComparison.Ordinal));
        Matched |= matches;
        return matches;
    }

    /// <summary>Tells whether the entry names the webhook (<c>webhook:{key}</c>, or <c>webhook:*</c> for every one), and remembers that it matched.</summary>
    public bool MatchesWebhook(string key)
    {
        var matches = _webhook is not null && (_webhook == "*" || string.Equals(_webhook, key, StringComparison.Ordinal));
        Matched |= matches;
        return matches;
    }
}

/// <summary>What selection looks at in an operation: its operationId as written (null when it has none), its tags and its path template.</summary>
internal sealed record OperationFacts(string? OperationId, IReadOnlyCollection<string> Tags, string Path);
