using System;
using System.Collections.Generic;
using System.Linq;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Binding.Paging;

/// <summary>
/// The paging conventions of real APIs, recognised by the names and shapes of an operation's query parameters and its
/// response body (see the README's pagination section):
/// a cursor parameter echoed from the page (<c>after</c> + <c>last_id</c>/<c>has_more</c>, <c>starting_after</c> + the
/// last item's <c>id</c>, <c>cursor</c> + <c>next_cursor</c>, <c>page_token</c> + <c>next_page_token</c>, <c>marker</c> +
/// <c>next_marker</c>); a next page URL in the body; a <c>Link</c> header; <c>x-ms-pageable</c>; offset and limit with a total.
/// </summary>
internal static class PagingConventions
{
    /// <summary>Cursor parameters (compared case-insensitively) and the page properties that carry the next cursor, in order of preference.</summary>
    private static readonly (string Parameter, string[] Next)[] Cursors =
    {
        ("after", new[] { "last_id", "next_cursor", "nextCursor", "after", "next" }),
        ("starting_after", new[] { "last_id" }),
        ("cursor", new[] { "next_cursor", "nextCursor" }),
        ("page_token", new[] { "next_page_token", "nextPageToken" }),
        ("pageToken", new[] { "nextPageToken", "next_page_token" }),
        ("marker", new[] { "next_marker", "nextMarker" }),
        ("page", new[] { "next_page" }),
    };

    /// <summary>Page properties holding the next page's URL (absolute or relative), in order of preference.</summary>
    public static readonly IReadOnlyList<string> NextLinkNames = new[]
    {
        "next", "next_page_uri", "next_page_url", "nextLink", "@odata.nextLink", "next_url", "nextUrl", "nextPageUrl", "next_page",
    };

    /// <summary>Parameters a next link stands in for, left out of <c>AllAsync</c> when a next link or Link header pages.</summary>
    private static readonly string[] PagePositionParameters = { "page", "pagetoken", "page_token", "cursor", "after", "starting_after", "marker", "offset" };

    private static readonly string[] HasMoreNames = { "has_more", "hasMore" };

    private static readonly string[] TotalNames = { "total", "total_count", "totalCount", "count", "total_results", "totalResults" };

    /// <summary>The operation's optional query parameter with this wire name (exact, else ignoring case) whose type fits.</summary>
    public static ParameterSpec? Query(OperationSpec operation, string wireName, Func<TypeRef, bool> fits)
    {
        var candidates = operation.Parameters.Where(p => p.In == ParameterLocation.Query && !p.IsRequired && fits(p.Type)).ToList();
        return candidates.FirstOrDefault(p => p.WireName == wireName)
            ?? candidates.FirstOrDefault(p => string.Equals(p.WireName, wireName, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary><c>x-ms-pageable</c>: items under <c>itemName</c>, the next link under <c>nextLinkName</c> (or one page when it is null).</summary>
    public static PaginationSpec? Pageable(PageShape shape, PageableExtension pageable)
    {
        var items = shape.AtPath(new[] { pageable.ItemName }, PageShape.IsArray);
        if (items is null)
        {
            return null;
        }

        if (pageable.NextLinkName is null)
        {
            return new PaginationSpec { Kind = PaginationKind.SinglePage, Convention = "x-ms-pageable", ItemsPath = items.Path, ItemType = items.Property.Type.Element! };
        }

        // The name is one JSON name, dots included (@odata.nextLink).
        return shape.AtPath(new[] { pageable.NextLinkName }, PageShape.IsText) is { } next
            ? new PaginationSpec
            {
                Kind = PaginationKind.NextLink,
                Convention = "x-ms-pageable",
                ItemsPath = items.Path,
                ItemType = items.Property.Type.Element!,
                NextPath = next.Path,
                NextIsUri = next.Property.Type.Kind == TypeKind.Uri,
            }
            : null;
    }

    /// <summary>The first cursor convention whose parameter the operation has and whose next cursor the page shows.</summary>
    public static PaginationSpec? DetectCursor(OperationSpec operation, PageShape shape) =>
        Cursors.Select(c => Query(operation, c.Parameter, PageShape.IsString) is { } parameter ? Cursor(operation, shape, parameter, c.Next, nextPath: null, itemsPath: null) : null)
            .FirstOrDefault(s => s is not null);

    /// <summary>A cursor convention the metadata names: the parameter, and the next cursor's path or the usual names.</summary>
    public static PaginationSpec? NamedCursor(OperationSpec operation, PageShape shape, string parameterName, string? nextPath, string? itemsPath)
    {
        var parameter = Query(operation, parameterName, PageShape.IsString)!;
        var usual = Cursors.Where(c => string.Equals(c.Parameter, parameter.WireName, StringComparison.OrdinalIgnoreCase)).SelectMany(c => c.Next).DefaultIfEmpty("next_cursor");
        return Cursor(operation, shape, parameter, usual.ToArray(), nextPath, itemsPath);
    }

    private static PaginationSpec? Cursor(OperationSpec operation, PageShape shape, ParameterSpec parameter, string[] nextNames, string? nextPath, string? itemsPath)
    {
        if (shape.Items(itemsPath) is not { } items)
        {
            return null;
        }

        var itemType = items.Property.Type.Element!;
        var next = nextPath is not null ? shape.AtPath(nextPath, PageShape.IsString) : shape.Find(nextNames, PageShape.IsString);
        var hasMore = shape.Find(HasMoreNames, PageShape.IsBoolean);

        // Stripe: only has_more; the next cursor is the last item's id.
        var itemCursor = next is null && hasMore is not null ? shape.ItemProperty(itemType, "id") : null;
        if (next is null && itemCursor is null)
        {
            return null;
        }

        return new PaginationSpec
        {
            Kind = PaginationKind.Cursor,
            Convention = "cursor",
            ItemsPath = items.Path,
            ItemType = itemType,
            PositionParameter = parameter.Name,
            DroppedParameters = new[] { parameter.Name }.ToEquatableArray(),
            NextPath = next?.Path ?? EquatableArray<string>.Empty,
            HasMoreProperty = hasMore is { Path.Count: 1 } ? hasMore.Path[0] : null,
            ItemCursorProperty = itemCursor?.Name,
        };
    }

    /// <summary>A next page URL in the body under one of <paramref name="names"/> (a dotted path when the metadata names it).</summary>
    public static PaginationSpec? NextLink(OperationSpec operation, PageShape shape, IReadOnlyList<string> names, string? itemsPath, string convention)
    {
        var next = names.Count == 1 && names[0].Contains('.') && !names[0].StartsWith("@", StringComparison.Ordinal)
            ? shape.AtPath(names[0], PageShape.IsText)
            : shape.Find(names, PageShape.IsText);
        if (next is null || shape.Items(itemsPath) is not { } items)
        {
            return null;
        }

        // A page with has_more names its next page by a cursor (openai's next_page), unless the spec says it is a URI.
        if (names.Count > 1 && next.Property.Type.Kind != TypeKind.Uri && shape.Find(HasMoreNames, PageShape.IsBoolean) is not null)
        {
            return null;
        }

        return new PaginationSpec
        {
            Kind = PaginationKind.NextLink,
            Convention = convention,
            ItemsPath = items.Path,
            ItemType = items.Property.Type.Element!,
            DroppedParameters = PagePositions(operation),
            NextPath = next.Path,
            NextIsUri = next.Property.Type.Kind == TypeKind.Uri,
        };
    }

    /// <summary>A <c>Link: &lt;...&gt;; rel="next"</c> response header; the body is the items array itself or holds it.</summary>
    public static PaginationSpec? LinkHeader(OperationSpec operation, PageShape shape, string? itemsPath, bool requireHeader)
    {
        if (requireHeader && !shape.Result.Successes.Any(r => r.HasLinkHeader))
        {
            return null;
        }

        var items = shape.Page is null ? null : shape.Items(itemsPath);
        if (shape.Page is not null && items is null)
        {
            return null;
        }

        return new PaginationSpec
        {
            Kind = PaginationKind.LinkHeader,
            Convention = "link",
            ItemsPath = items?.Path ?? EquatableArray<string>.Empty,
            ItemType = shape.ItemType(items)!,
            DroppedParameters = PagePositions(operation),
        };
    }

    /// <summary><c>offset</c> and <c>limit</c> integer parameters with a total count in the page.</summary>
    public static PaginationSpec? DetectOffset(OperationSpec operation, PageShape shape) =>
        shape.Find(TotalNames, PageShape.IsInteger) is { } total
            ? Offset(operation, shape, "offset", "limit", total, itemsPath: null)
            : null;

    /// <summary>Offset paging with the parameters and total the metadata names.</summary>
    public static PaginationSpec? Offset(OperationSpec operation, PageShape shape, string offsetName, string limitName, string totalPath, string? itemsPath) =>
        shape.AtPath(totalPath, PageShape.IsInteger) is { } total ? Offset(operation, shape, offsetName, limitName, total, itemsPath) : null;

    private static PaginationSpec? Offset(OperationSpec operation, PageShape shape, string offsetName, string limitName, PageShape.Found total, string? itemsPath)
    {
        if (Query(operation, offsetName, PageShape.IsInteger) is not { } offset
            || Query(operation, limitName, PageShape.IsInteger) is not { } limit
            || shape.Items(itemsPath) is not { } items)
        {
            return null;
        }

        return new PaginationSpec
        {
            Kind = PaginationKind.Offset,
            Convention = "offset",
            ItemsPath = items.Path,
            ItemType = items.Property.Type.Element!,
            PositionParameter = offset.Name,
            DroppedParameters = new[] { offset.Name }.ToEquatableArray(),
            TotalPath = total.Path,
            LimitParameter = limit.Name,
        };
    }

    private static EquatableArray<string> PagePositions(OperationSpec operation) =>
        operation.Parameters
            .Where(p => p.In == ParameterLocation.Query && !p.IsRequired && PagePositionParameters.Contains(p.WireName, StringComparer.OrdinalIgnoreCase))
            .Select(p => p.Name)
            .ToEquatableArray();
}
