using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace SpecClient.Internal;

/// <summary>
/// Walks the pages of a paged operation lazily, for the <c>{Operation}AllAsync</c> methods of generated clients: a page is
/// requested only when the items of the page before have been consumed, through the operation's own
/// <c>{Operation}WithResponseAsync</c> method (so every page has the same credentials, resilience, per-call options and
/// error mapping, and its response is disposed before the next request). Used by generated code; not meant to be called directly.
/// </summary>
/// <remarks>
/// A walk ends on the end its convention documents (no more, no cursor, no next link, a short page, the total reached),
/// on an empty page, or when a cursor or next link repeats one already followed; a walk that reaches
/// <see cref="ApiClientOptions.MaxPages"/> (or <see cref="ApiRequestOptions.MaxPages"/>) with more to come ends with an
/// <see cref="ApiPageLimitException"/>, so it never runs forever. Only the first page sends the idempotency key. A next link
/// is resolved against the client's base address and followed only on the same origin (scheme, host and port); any other
/// ends the walk with an <see cref="ApiPageLinkException"/> after the items delivered so far.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ApiPager
{
    /// <summary>Pages with a cursor request parameter echoed from the response (<c>after</c>, <c>cursor</c>, <c>page_token</c>, <c>marker</c>...).</summary>
    /// <typeparam name="TPage">The page (response body) type.</typeparam>
    /// <typeparam name="TItem">The item type.</typeparam>
    /// <param name="operationId">The OpenAPI operation id.</param>
    /// <param name="fetchPage">Requests one page given the cursor (null for the first page).</param>
    /// <param name="items">The page's items.</param>
    /// <param name="nextCursor">The page's next cursor (<c>last_id</c>, <c>next_cursor</c>...), or null when the page has none.</param>
    /// <param name="hasMore">The page's "more pages" flag (<c>has_more</c>), or null when it has none.</param>
    /// <param name="itemCursor">The cursor an item stands for (its <c>id</c>), used after the last item when the page names no next cursor; or null.</param>
    /// <param name="options">The caller's per-call options, applied to every page.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    /// <returns>Every item of every page, in order.</returns>
    public static async IAsyncEnumerable<TItem> ByCursorAsync<TPage, TItem>(
        string operationId,
        Func<string?, ApiRequestOptions?, CancellationToken, Task<ApiResponse<TPage>>> fetchPage,
        Func<TPage, IEnumerable<TItem>?> items,
        Func<TPage, string?>? nextCursor,
        Func<TPage, bool?>? hasMore,
        Func<TItem, string?>? itemCursor,
        ApiRequestOptions? options,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fetchPage);
        ArgumentNullException.ThrowIfNull(items);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? cursor = null;
        ApiRequestOptions? pageOptions = options;
        for (int pages = 1; ; pages++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ApiResponse<TPage> response = await fetchPage(cursor, pageOptions, cancellationToken).ConfigureAwait(false);
            TPage page = response.Value;
            int count = 0;
            TItem last = default!;
            foreach (TItem item in items(page) ?? Array.Empty<TItem>())
            {
                count++;
                last = item;
                yield return item;
            }

            if (count == 0 || hasMore?.Invoke(page) == false)
            {
                yield break;
            }

            string? next = nextCursor?.Invoke(page);
            if (string.IsNullOrEmpty(next) && itemCursor is not null && last is not null)
            {
                next = itemCursor(last);
            }

            if (string.IsNullOrEmpty(next) || !seen.Add(next))
            {
                yield break;
            }

            ThrowIfLimitReached(operationId, response, options, pages);
            cursor = next;
            pageOptions = ApiRequestOptions.ForLaterPage(options);
        }
    }

    /// <summary>Pages with an offset request parameter, a page size (<c>limit</c>) and a total in the response.</summary>
    /// <typeparam name="TPage">The page (response body) type.</typeparam>
    /// <typeparam name="TItem">The item type.</typeparam>
    /// <param name="operationId">The OpenAPI operation id.</param>
    /// <param name="fetchPage">Requests one page given the offset of its first item (0 for the first page).</param>
    /// <param name="items">The page's items.</param>
    /// <param name="total">The number of items of all pages the page reports, or null when it has none.</param>
    /// <param name="limit">The page size the caller asked for; null takes the first page's size as the page size.</param>
    /// <param name="options">The caller's per-call options, applied to every page.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    /// <returns>Every item of every page, in order.</returns>
    public static async IAsyncEnumerable<TItem> ByOffsetAsync<TPage, TItem>(
        string operationId,
        Func<long, ApiRequestOptions?, CancellationToken, Task<ApiResponse<TPage>>> fetchPage,
        Func<TPage, IEnumerable<TItem>?> items,
        Func<TPage, long?>? total,
        long? limit,
        ApiRequestOptions? options,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fetchPage);
        ArgumentNullException.ThrowIfNull(items);
        long offset = 0;
        long? pageSize = limit is > 0 ? limit : null;
        ApiRequestOptions? pageOptions = options;
        for (int pages = 1; ; pages++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ApiResponse<TPage> response = await fetchPage(offset, pageOptions, cancellationToken).ConfigureAwait(false);
            TPage page = response.Value;
            int count = 0;
            foreach (TItem item in items(page) ?? Array.Empty<TItem>())
            {
                count++;
                yield return item;
            }

            offset += count;
            pageSize ??= count;
            if (count == 0 || count < pageSize || offset >= total?.Invoke(page))
            {
                yield break;
            }

            ThrowIfLimitReached(operationId, response, options, pages);
            pageOptions = ApiRequestOptions.ForLaterPage(options);
        }
    }

    /// <summary>Pages that name their next page by a link: a body property (<c>next</c>, <c>nextLink</c>...) or the <c>Link</c> header.</summary>
    /// <typeparam name="TPage">The page (response body) type.</typeparam>
    /// <typeparam name="TItem">The item type.</typeparam>
    /// <param name="operationId">The OpenAPI operation id.</param>
    /// <param name="clientBaseAddress">The HttpClient's base address, which relative links resolve against and whose origin links must keep.</param>
    /// <param name="defaultBaseUrl">The spec's default server URL, used when there is no base address.</param>
    /// <param name="fetchPage">Requests one page with the given options (which send it to the next link after the first page).</param>
    /// <param name="items">The page's items.</param>
    /// <param name="nextLink">The page's next link, or null to read the <c>rel="next"</c> link of the <c>Link</c> header.</param>
    /// <param name="options">The caller's per-call options, applied to every page.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    /// <returns>Every item of every page, in order.</returns>
    /// <exception cref="ApiPageLinkException">A next link points at another origin (after the items before it).</exception>
    public static async IAsyncEnumerable<TItem> ByNextLinkAsync<TPage, TItem>(
        string operationId,
        Uri? clientBaseAddress,
        string? defaultBaseUrl,
        Func<ApiRequestOptions?, CancellationToken, Task<ApiResponse<TPage>>> fetchPage,
        Func<TPage, IEnumerable<TItem>?> items,
        Func<TPage, string?>? nextLink,
        ApiRequestOptions? options,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fetchPage);
        ArgumentNullException.ThrowIfNull(items);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        Uri? baseUri = null;
        ApiRequestOptions? pageOptions = options;
        for (int pages = 1; ; pages++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ApiResponse<TPage> response = await fetchPage(pageOptions, cancellationToken).ConfigureAwait(false);
            int count = 0;
            foreach (TItem item in items(response.Value) ?? Array.Empty<TItem>())
            {
                count++;
                yield return item;
            }

            string? link = nextLink is null ? ApiLinkHeader.FindNext(response.Headers) : nextLink(response.Value);
            if (count == 0 || string.IsNullOrWhiteSpace(link))
            {
                yield break;
            }

            baseUri ??= ApiUri.Create(clientBaseAddress, defaultBaseUrl, string.Empty);
            Uri next = Resolve(baseUri, link, operationId, response.StatusCode);
            if (!seen.Add(next.AbsoluteUri))
            {
                yield break;
            }

            ThrowIfLimitReached(operationId, response, options, pages);
            pageOptions = ApiRequestOptions.ForLaterPage(options, next);
        }
    }

    // The walk has read `pages` pages and the last names another: past the limit (the call's, else the client's, carried
    // with the page's request), it stops here rather than request it.
    private static void ThrowIfLimitReached(string operationId, ApiResponse response, ApiRequestOptions? options, int pages)
    {
        int maxPages = options?.MaxPages ?? response.MaxPagesOfCall;
        if (pages >= maxPages)
        {
            throw new ApiPageLimitException(operationId, response.StatusCode, maxPages);
        }
    }

    /// <summary>Resolves a next link against the base address and checks that it keeps the base's origin.</summary>
    private static Uri Resolve(Uri baseUri, string link, string operationId, int statusCode)
    {
        if (!Uri.TryCreate(baseUri, link.Trim(), out Uri? next))
        {
            // The link is server text that may hold tokens: it is not quoted.
            throw new ApiResponseFormatException($"Operation '{operationId}' named a next page link that is not a valid URI.", operationId, statusCode);
        }

        if (!Redirects.SameOrigin(next, baseUri))
        {
            throw new ApiPageLinkException(operationId, statusCode, OriginOf(baseUri), OriginOf(next));
        }

        return next;
    }

    private static string OriginOf(Uri uri) =>
        ServerText.Sanitize(uri.IsAbsoluteUri ? $"{uri.Scheme}://{uri.IdnHost}:{uri.Port}" : "(relative)");
}
