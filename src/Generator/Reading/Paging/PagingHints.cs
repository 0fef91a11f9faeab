using System.Linq;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Reading.Paging;

/// <summary>
/// What the spec says about paging beyond parameters and schemas, read as written for the binder to decide on:
/// an operation's <c>x-ms-pageable</c> extension (Azure) and a response's <c>Link</c> header.
/// </summary>
internal static class PagingHints
{
    public const string PageableExtensionName = "x-ms-pageable";

    /// <summary>
    /// <c>x-ms-pageable: {nextLinkName: nextLink, itemName: value}</c>; <c>nextLinkName: null</c> means one page.
    /// A missing <c>nextLinkName</c> is taken as <c>nextLink</c> and a missing <c>itemName</c> as <c>value</c> (AutoRest's defaults).
    /// </summary>
    public static PageableExtension? Pageable(OpenApiOperation operation)
    {
        if (operation.Extensions is not { } extensions
            || !extensions.TryGetValue(PageableExtensionName, out var extension)
            || extension is not JsonNodeExtension { Node: JsonObject node })
        {
            return null;
        }

        var nextLinkName = node.TryGetPropertyValue("nextLinkName", out var next)
            ? (!SchemaShapes.IsJsonNull(next) && next is JsonValue nextValue && nextValue.TryGetValue<string>(out var text) && text.Length > 0 ? text : null)
            : "nextLink";
        var itemName = node.TryGetPropertyValue("itemName", out var item) && item is JsonValue itemValue && itemValue.TryGetValue<string>(out var itemText) && itemText.Length > 0
            ? itemText
            : "value";
        return new PageableExtension(nextLinkName, itemName);
    }

    /// <summary>Whether the response declares a <c>Link</c> header (names compare case-insensitively).</summary>
    public static bool HasLinkHeader(IOpenApiResponse response) =>
        response.Headers is { Count: > 0 } headers && headers.Keys.Any(static k => string.Equals(k, "Link", System.StringComparison.OrdinalIgnoreCase));
}
