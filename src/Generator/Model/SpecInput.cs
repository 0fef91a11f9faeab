using SpecClient.Generator.Model;

namespace SpecClient.Generator.Model;

/// <summary>What the reader needs for one client: the entry document, the files it may reference, and the options.</summary>
internal sealed record SpecInput
{
    /// <summary>The entry document named by the &lt;OpenApiClient&gt; item.</summary>
    public required SpecDocument Entry { get; init; }

    /// <summary>Other spec files the entry may reach through relative <c>$ref</c>s (multi-file specs).</summary>
    public EquatableArray<SpecDocument> OtherDocuments { get; init; } = EquatableArray<SpecDocument>.Empty;

    public required ClientOptions Options { get; init; }

    /// <summary>
    /// The folder relative <c>$ref</c>s may reach (the item's SpecRoot metadata, by default the project folder);
    /// null means the entry's own folder. Files outside it are never read.
    /// </summary>
    public string? ReferenceRoot { get; init; }
}

/// <summary>A spec file's path (absolute, as the compiler saw it) and its full text.</summary>
internal sealed record SpecDocument(string Path, string Text);

/// <summary>Per-client options from the &lt;OpenApiClient&gt; item's metadata, already validated.</summary>
internal sealed record ClientOptions
{
    public required string ClassName { get; init; }

    public required string Namespace { get; init; }

    public Accessibility Accessibility { get; init; } = Accessibility.Public;

    /// <summary>Put operations on members named after their first tag (<c>client.Pets.ListAsync()</c>).</summary>
    public bool GroupByTag { get; init; }

    /// <summary>Check the spec's rules (pattern, lengths, ranges, item counts) on arguments before sending (<c>Validate="true"</c>).</summary>
    public bool Validate { get; init; }

    /// <summary>Which operations to generate (<c>Operations</c>/<c>ExcludeOperations</c>); by default all of them.</summary>
    public OperationSelection Selection { get; init; } = OperationSelection.All;

    /// <summary>The <c>Pagination</c> metadata's entries: paging conventions named by hand, or turned off.</summary>
    public EquatableArray<PaginationOverride> Pagination { get; init; } = EquatableArray<PaginationOverride>.Empty;
}

/// <summary>The reader's result: a read model when the spec could be used, every finding, and the places later findings may name.</summary>
internal sealed record ReadResult(ClientSpec? Spec, EquatableArray<DiagnosticInfo> Diagnostics, SpecPlaces Places)
{
    public ReadResult(ClientSpec? spec, EquatableArray<DiagnosticInfo> diagnostics)
        : this(spec, diagnostics, SpecPlaces.None)
    {
    }
}
