namespace SpecClient.Generator.Model;

/// <summary>
/// How an operation's pages link up, decided by the binder from the spec (or the item's <c>Pagination</c> metadata):
/// when set, the client has a <c>{Name}AllAsync</c> method walking every page. Property paths are C# property names,
/// outermost first; parameter names are the operation's C# parameter names.
/// </summary>
internal sealed record PaginationSpec
{
    public required PaginationKind Kind { get; init; }

    /// <summary>The convention as named in docs and metadata, e.g. <c>cursor</c>, <c>next</c>, <c>link</c>, <c>offset</c>, <c>x-ms-pageable</c>.</summary>
    public required string Convention { get; init; }

    /// <summary>The page's array property holding the items; empty when the page is the array itself.</summary>
    public required EquatableArray<string> ItemsPath { get; init; }

    /// <summary>The type of one item.</summary>
    public required TypeRef ItemType { get; init; }

    /// <summary>The cursor or offset parameter the pager fills in (for <see cref="PaginationKind.Cursor"/> and <see cref="PaginationKind.Offset"/>).</summary>
    public string? PositionParameter { get; init; }

    /// <summary>Parameters the <c>AllAsync</c> method leaves out (the position parameter, and a page parameter a next link replaces).</summary>
    public EquatableArray<string> DroppedParameters { get; init; } = EquatableArray<string>.Empty;

    /// <summary>The page's next cursor or next link; empty when there is none (a link header, or <c>has_more</c> with item ids).</summary>
    public EquatableArray<string> NextPath { get; init; } = EquatableArray<string>.Empty;

    /// <summary>The next link's property is a <c>System.Uri</c> (<c>format: uri</c>) rather than a string.</summary>
    public bool NextIsUri { get; init; }

    /// <summary>The page's boolean "more pages" property (<c>has_more</c>), when it has one.</summary>
    public string? HasMoreProperty { get; init; }

    /// <summary>The item's string property whose value is the cursor after it (Stripe's <c>starting_after</c> = last item's <c>id</c>).</summary>
    public string? ItemCursorProperty { get; init; }

    /// <summary>The page's total item count, for offset paging.</summary>
    public EquatableArray<string> TotalPath { get; init; } = EquatableArray<string>.Empty;

    /// <summary>The page size parameter (<c>limit</c>), for offset paging.</summary>
    public string? LimitParameter { get; init; }
}

internal enum PaginationKind
{
    /// <summary>A cursor request parameter echoed from the page (<c>after</c> + <c>last_id</c>, <c>page_token</c> + <c>next_page_token</c>...).</summary>
    Cursor,

    /// <summary>An offset request parameter with a limit and a total.</summary>
    Offset,

    /// <summary>A next page URL in the body (<c>next</c>, <c>next_page_uri</c>, <c>nextLink</c>...).</summary>
    NextLink,

    /// <summary>A <c>Link</c> response header with <c>rel="next"</c>.</summary>
    LinkHeader,

    /// <summary><c>x-ms-pageable</c> with <c>nextLinkName: null</c>: the one page holds every item.</summary>
    SinglePage,
}

/// <summary>The operation's <c>x-ms-pageable</c> extension as written (Azure): <c>nextLinkName</c> null means a single page.</summary>
internal sealed record PageableExtension(string? NextLinkName, string ItemName);

/// <summary>
/// One entry of the <c>&lt;OpenApiClient&gt;</c> item's <c>Pagination</c> metadata, as written:
/// <c>{operationId}={convention}[:{argument}]...[@{items}]</c> (see <c>Inputs/PaginationMetadata</c>).
/// </summary>
/// <param name="Entry">The entry's text, for diagnostics.</param>
/// <param name="OperationId">The operationId it applies to.</param>
/// <param name="Convention"><c>off</c>, <c>cursor</c>, <c>next</c>, <c>link</c> or <c>offset</c> (lower case); anything else is reported.</param>
/// <param name="Arguments">The convention's arguments: parameter wire names and dotted property wire-name paths.</param>
/// <param name="ItemsPath">The dotted wire-name path of the items array, when the entry names it.</param>
internal sealed record PaginationOverride(string Entry, string OperationId, string Convention, EquatableArray<string> Arguments, string? ItemsPath);
