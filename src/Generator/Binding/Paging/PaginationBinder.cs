using System;
using System.Collections.Generic;
using System.Linq;
using SpecClient.Generator.Diagnostics;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Binding.Paging;

/// <summary>
/// Decides which operations page and how, from the spec alone (names and shapes, see <see cref="PagingConventions"/>)
/// or from the item's <c>Pagination</c> metadata, which wins for the operations it names. A paged operation gets a
/// <see cref="PaginationSpec"/> and with it a <c>{Name}AllAsync</c> method. A metadata entry that does not fit is a
/// located SPEC032 and leaves the operation as detection found it.
/// </summary>
internal static class PaginationBinder
{
    /// <returns>Each operation's paging, in the order of <paramref name="operations"/>; null for one that does not page.</returns>
    public static PaginationSpec?[] Bind(
        IReadOnlyList<OperationSpec> operations,
        IReadOnlyList<ResultSpec> results,
        IReadOnlyDictionary<string, TypeSpec> types,
        EquatableArray<PaginationOverride> overrides,
        ICollection<BindFinding> findings)
    {
        var byOperationId = new Dictionary<string, PaginationOverride>(StringComparer.Ordinal);
        foreach (var entry in overrides)
        {
            if (!operations.Any(o => o.OperationId == entry.OperationId))
            {
                Report(findings, entry, "no generated operation has the operationId '" + entry.OperationId + "'", "/paths");
                continue;
            }

            byOperationId[entry.OperationId] = entry;
        }

        var paging = new PaginationSpec?[operations.Count];
        for (var i = 0; i < operations.Count; i++)
        {
            var operation = operations[i];
            var detected = Detect(operation, results[i], types);
            paging[i] = detected;
            if (!byOperationId.TryGetValue(operation.OperationId, out var entry))
            {
                continue;
            }

            var (named, problem) = FromEntry(operation, results[i], types, entry);
            if (problem is not null)
            {
                Report(findings, entry, problem, operation.Pointer);
                continue;
            }

            paging[i] = named;
        }

        return paging;
    }

    /// <summary>The convention the spec shows, or null. Only GET operations are detected (metadata may name others).</summary>
    public static PaginationSpec? Detect(OperationSpec operation, ResultSpec result, IReadOnlyDictionary<string, TypeSpec> types)
    {
        if (operation.HttpMethod != "GET" || PageShape.Of(result, types) is not { } shape)
        {
            return null;
        }

        if (operation.Pageable is { } pageable)
        {
            return PagingConventions.Pageable(shape, pageable);
        }

        return PagingConventions.DetectCursor(operation, shape)
            ?? PagingConventions.NextLink(operation, shape, PagingConventions.NextLinkNames, itemsPath: null, "next")
            ?? PagingConventions.LinkHeader(operation, shape, itemsPath: null, requireHeader: true)
            ?? PagingConventions.DetectOffset(operation, shape);
    }

    /// <summary>The convention a metadata entry names (null for <c>off</c>), or why it does not fit the operation.</summary>
    private static (PaginationSpec? Spec, string? Problem) FromEntry(OperationSpec operation, ResultSpec result, IReadOnlyDictionary<string, TypeSpec> types, PaginationOverride entry)
    {
        if (entry.Convention == "off")
        {
            return (null, null);
        }

        if (PageShape.Of(result, types) is not { } shape)
        {
            return (null, "the operation's success body is not a JSON object or array that can be a page");
        }

        var args = entry.Arguments;
        switch (entry.Convention)
        {
            case "cursor" when args.Count is 1 or 2:
                return Checked(
                    operation,
                    args[0],
                    args.Count == 2 ? args[1] : null,
                    () => PagingConventions.NamedCursor(operation, shape, args[0], args.Count == 2 ? args[1] : null, entry.ItemsPath),
                    shape,
                    entry.ItemsPath);
            case "next" when args.Count == 1:
                return Found(
                    PagingConventions.NextLink(operation, shape, new[] { args[0] }, entry.ItemsPath, "next"),
                    shape.AtPath(args[0], PageShape.IsText) is null ? $"the response has no string property '{args[0]}'" : ItemsProblem(shape, entry.ItemsPath));
            case "link" when args.Count == 0:
                return Found(PagingConventions.LinkHeader(operation, shape, entry.ItemsPath, requireHeader: false), ItemsProblem(shape, entry.ItemsPath));
            case "offset" when args.Count == 3:
                var missing = MissingParameter(operation, args[0], integer: true) ?? MissingParameter(operation, args[1], integer: true);
                return Found(
                    PagingConventions.Offset(operation, shape, args[0], args[1], args[2], entry.ItemsPath),
                    missing ?? (shape.AtPath(args[2], PageShape.IsInteger) is null ? $"the response has no integer property '{args[2]}'" : ItemsProblem(shape, entry.ItemsPath)));
            default:
                return (null, "the convention is not one of off, cursor:{parameter}[:{next}], next:{property}, link, offset:{offset}:{limit}:{total}");
        }
    }

    private static (PaginationSpec? Spec, string? Problem) Checked(OperationSpec operation, string parameter, string? next, Func<PaginationSpec?> bind, PageShape shape, string? itemsPath)
    {
        var problem = MissingParameter(operation, parameter, integer: false)
            ?? (next is not null && shape.AtPath(next, PageShape.IsString) is null ? $"the response has no string property '{next}'" : null);
        return Found(problem is null ? bind() : null, problem ?? ItemsProblem(shape, itemsPath) ?? "the response has no next cursor, nor has_more with an item id");
    }

    private static (PaginationSpec? Spec, string? Problem) Found(PaginationSpec? spec, string? problem) =>
        spec is not null ? (spec, null) : (null, problem ?? "the response does not fit the convention");

    private static string? MissingParameter(OperationSpec operation, string wireName, bool integer) =>
        PagingConventions.Query(operation, wireName, integer ? PageShape.IsInteger : PageShape.IsString) is null
            ? $"the operation has no optional {(integer ? "integer" : "string")} query parameter '{wireName}'"
            : null;

    private static string? ItemsProblem(PageShape shape, string? itemsPath) =>
        shape.Items(itemsPath) is null && (itemsPath is not null || shape.Page is not null)
            ? itemsPath is null ? "the response has no array property to take the items from (name it with @{property})" : $"the response has no array property '{itemsPath}'"
            : null;

    private static void Report(ICollection<BindFinding> findings, PaginationOverride entry, string reason, string? pointer) =>
        findings.Add(new BindFinding(DiagnosticIds.PaginationEntryInvalid, new[] { entry.Entry, reason }.ToEquatableArray(), pointer));
}
