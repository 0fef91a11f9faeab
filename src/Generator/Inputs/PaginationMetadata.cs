using System.Linq;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Inputs;

/// <summary>
/// Reads the <c>&lt;OpenApiClient&gt;</c> item's <c>Pagination</c> metadata, which names an operation's paging
/// convention where the spec is silent, or turns paging off:
/// <code>
/// Pagination="listWidgets=cursor:after:meta.next_cursor; listLogs=link; listRows=offset:offset:limit:total; listRecords=next:links.next@records; getThing=off"
/// </code>
/// Entries are separated by <c>;</c> (the props pass them as <c>,</c>). Each is <c>{operationId}={convention}</c> with
/// colon-separated arguments and an optional <c>@{items}</c> naming the items array:
/// <list type="bullet">
/// <item><c>off</c>: no <c>AllAsync</c> method.</item>
/// <item><c>cursor:{parameter}[:{next}]</c>: the cursor query parameter and the page property holding the next cursor; without <c>{next}</c>, the usual names, else <c>has_more</c> with the last item's <c>id</c>.</item>
/// <item><c>next:{property}</c>: the page property holding the next page's URL.</item>
/// <item><c>link</c>: the <c>Link</c> response header's <c>rel="next"</c>.</item>
/// <item><c>offset:{offset}:{limit}:{total}</c>: the offset and limit query parameters and the page's total count.</item>
/// </list>
/// Parameters are named as the spec writes them; properties by their JSON names, dotted for nested ones (<c>meta.next</c>).
/// Whether an entry fits the operation is checked by the binder, which reports SPEC032 where it does not.
/// </summary>
internal static class PaginationMetadata
{
    public const string MetadataName = "Pagination";

    public static EquatableArray<PaginationOverride> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return EquatableArray<PaginationOverride>.Empty;
        }

        return text!.Split(new[] { ',', ';', '\r', '\n' }, System.StringSplitOptions.RemoveEmptyEntries)
            .Select(static e => e.Trim())
            .Where(static e => e.Length > 0)
            .Select(ParseEntry)
            .ToEquatableArray();
    }

    private static PaginationOverride ParseEntry(string entry)
    {
        var equals = entry.IndexOf('=');
        var operationId = equals < 0 ? entry : entry.Substring(0, equals).Trim();
        var value = equals < 0 ? string.Empty : entry.Substring(equals + 1).Trim();
        string? items = null;
        var at = value.IndexOf('@');
        if (at >= 0)
        {
            items = value.Substring(at + 1).Trim();
            value = value.Substring(0, at);
        }

        var parts = value.Split(':').Select(static p => p.Trim()).ToArray();
        return new PaginationOverride(
            entry,
            operationId,
            parts[0].ToLowerInvariant(),
            parts.Skip(1).ToEquatableArray(),
            string.IsNullOrEmpty(items) ? null : items);
    }
}
