using System.Collections.Generic;
using System.IO;
using System.Linq;
using SpecClient.Generator.Diagnostics;
using SpecClient.Generator.Inputs;
using SpecClient.Generator.Model;
using SpecClient.Generator.Reading;
using static SpecClient.Generator.Tests.Reading.ReaderHarness;

namespace SpecClient.Generator.Tests.Binding;

/// <summary>
/// The binder recognises each paging convention from paging.yaml (one operation per convention, shaped like the APIs
/// that use it), leaves the rest alone, and applies the <c>Pagination</c> metadata: naming a convention, turning one off,
/// and reporting entries that do not fit as located SPEC032.
/// </summary>
public class PaginationBindingTests
{
    private static readonly string PagingSpec = File.ReadAllText(Path.Combine(RepoRoot(), "tests", "SpecClient.Generator.Tests", "Binding", "paging.yaml"));

    private static Reading.BoundRead ReadWith(string? pagination, string text = null!) =>
        Reading.ReaderHarness.ReadBound(new SpecInput
        {
            Entry = new SpecDocument("/specs/paging.yaml", text ?? PagingSpec),
            Options = new ClientOptions { ClassName = "PagingClient", Namespace = "Paging.Api", Pagination = PaginationMetadata.Parse(pagination) },
        });

    private static PaginationSpec? PagingOf(string operationName, string? pagination = null) =>
        ReadWith(pagination).Spec!.Operation(operationName).Pagination;

    [Theory]
    [InlineData("ListFiles", "after", "LastId", "HasMore", null, "Data")]
    [InlineData("ListCharges", "startingAfter", null, "HasMore", "Id", "Data")]
    [InlineData("ListEvents", "cursor", "NextCursor", null, null, "Items")]
    [InlineData("ListDocuments", "pageToken", "NextPageToken", null, null, "Results")]
    [InlineData("ListFolderItems", "marker", "NextMarker", null, null, "Entries")]
    public void A_cursor_echoed_from_the_page_is_recognised(string operation, string parameter, string? next, string? hasMore, string? itemCursor, string items)
    {
        var paging = PagingOf(operation)!;

        Assert.Equal(PaginationKind.Cursor, paging.Kind);
        Assert.Equal(parameter, paging.PositionParameter);
        Assert.Equal(new[] { parameter }, paging.DroppedParameters);
        Assert.Equal(next is null ? System.Array.Empty<string>() : new[] { next }, paging.NextPath);
        Assert.Equal(hasMore, paging.HasMoreProperty);
        Assert.Equal(itemCursor, paging.ItemCursorProperty);
        Assert.Equal(new[] { items }, paging.ItemsPath);
        Assert.Equal("Item", paging.ItemType.Name);
    }

    [Theory]
    [InlineData("ListArtists", "Items", "Next", false, "offset")]
    [InlineData("ListMessage", "Messages", "NextPageUri", false, "page,pageToken")]
    [InlineData("ListConversation", "Conversations", "Meta.NextPageUrl", true, "")]
    [InlineData("ListDroplets", "Droplets", "Links.Pages.AsForwardLinks.Next", false, "page")]
    public void A_next_page_url_in_the_body_is_recognised_at_the_top_or_nested(string operation, string items, string next, bool isUri, string dropped)
    {
        var paging = PagingOf(operation)!;

        Assert.Equal(PaginationKind.NextLink, paging.Kind);
        Assert.Equal(new[] { items }, paging.ItemsPath);
        Assert.Equal(next.Split('.'), paging.NextPath);
        Assert.Equal(isUri, paging.NextIsUri);
        Assert.Equal(dropped.Split(',', System.StringSplitOptions.RemoveEmptyEntries), paging.DroppedParameters);
    }

    [Fact]
    public void A_declared_Link_header_pages_a_bare_array_body_and_drops_the_page_parameter()
    {
        var paging = PagingOf("ListRepos")!;

        Assert.Equal(PaginationKind.LinkHeader, paging.Kind);
        Assert.Empty(paging.ItemsPath);
        Assert.Equal("Item", paging.ItemType.Name);
        Assert.Equal(new[] { "page" }, paging.DroppedParameters);
    }

    [Fact]
    public void X_ms_pageable_names_the_next_link_and_a_null_next_link_name_means_one_page()
    {
        var vaults = PagingOf("ListVaults")!;
        var operations = PagingOf("ListOperations")!;

        Assert.Equal(PaginationKind.NextLink, vaults.Kind);
        Assert.Equal("x-ms-pageable", vaults.Convention);
        Assert.Equal(new[] { "Value" }, vaults.ItemsPath);
        Assert.Single(vaults.NextPath);
        Assert.Equal(PaginationKind.SinglePage, operations.Kind);
        Assert.Empty(operations.NextPath);
    }

    [Fact]
    public void Offset_and_limit_with_a_total_count_are_recognised()
    {
        var paging = PagingOf("ListRecords")!;

        Assert.Equal(PaginationKind.Offset, paging.Kind);
        Assert.Equal("offset", paging.PositionParameter);
        Assert.Equal("limit", paging.LimitParameter);
        Assert.Equal(new[] { "TotalCount" }, paging.TotalPath);
        Assert.Equal(new[] { "Records" }, paging.ItemsPath);
    }

    [Theory]
    [InlineData("ListTags")]
    [InlineData("SearchTags")]
    [InlineData("ListChanges")]
    public void Operations_that_show_no_convention_are_not_paged(string operation) =>
        Assert.Null(PagingOf(operation));

    [Fact]
    public void The_metadata_names_a_convention_the_spec_does_not_show_and_turns_a_detected_one_off()
    {
        var result = ReadWith("listChanges=cursor:since:continuation@changes; listLogs=off");

        var changes = result.Spec!.Operation("ListChanges").Pagination!;
        Assert.Equal(PaginationKind.Cursor, changes.Kind);
        Assert.Equal("since", changes.PositionParameter);
        Assert.Equal(new[] { "Continuation" }, changes.NextPath);
        Assert.Equal(new[] { "Changes" }, changes.ItemsPath);
        Assert.Null(result.Spec!.Operation("ListLogs").Pagination);
        Assert.NotNull(ReadWith(null).Spec!.Operation("ListLogs").Pagination);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == DiagnosticIds.PaginationEntryInvalid);
    }

    [Fact]
    public void The_metadata_can_name_link_next_and_offset_conventions()
    {
        var spec = ReadWith("listTags=link; listChanges=next:continuation@changes; listArtists=offset:offset:limit:total").Spec!;

        Assert.Equal(PaginationKind.LinkHeader, spec.Operation("ListTags").Pagination!.Kind);
        Assert.Equal(PaginationKind.NextLink, spec.Operation("ListChanges").Pagination!.Kind);
        Assert.Equal(PaginationKind.Offset, spec.Operation("ListArtists").Pagination!.Kind);
    }

    [Theory]
    [InlineData("listNothing=link", "no generated operation has the operationId 'listNothing'", 8)]
    [InlineData("listTags=cursor:since", "no optional string query parameter 'since'", 257)]
    [InlineData("listChanges=cursor:since:nope@changes", "no string property 'nope'", 288)]
    [InlineData("listChanges=next:continuation@missing", "no array property 'missing'", 288)]
    [InlineData("listRecords=offset:skip:limit:total_count", "no optional integer query parameter 'skip'", 240)]
    [InlineData("listTags=pages", "the convention is not one of", 257)]
    public void A_wrong_entry_is_a_located_SPEC032_and_leaves_detection_alone(string entry, string reason, int line)
    {
        var result = ReadWith(entry);

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == DiagnosticIds.PaginationEntryInvalid);
        Assert.Equal(entry, diagnostic.MessageArgs[0]);
        Assert.Contains(reason, diagnostic.MessageArgs[1], System.StringComparison.Ordinal);
        Assert.Equal(line, diagnostic.Location!.StartLine + 1);
        Assert.Equal(PaginationKind.Offset, result.Spec!.Operation("ListRecords").Pagination!.Kind);
    }

    [Fact]
    public void An_operation_named_like_another_operations_All_or_WithResponse_method_is_renamed_with_a_located_SPEC011()
    {
        var text = PagingSpec.Replace("  /tags:\n", """
              /files-all:
                get:
                  operationId: listFilesAll
                  responses: {'204': {description: none}}
              /files-raw:
                get:
                  operationId: listFilesWithResponse
                  responses: {'204': {description: none}}
              /tags:

            """.Replace("\r", string.Empty));
        var result = ReadWith(null, text);

        var names = result.Spec!.Operations.Select(o => o.Name).ToList();
        Assert.Contains("ListFilesAll2", names);
        Assert.Contains("ListFilesWithResponse2", names);
        Assert.DoesNotContain("ListFilesAll", names);
        var renames = result.Diagnostics.Where(d => d.Id == DiagnosticIds.NameCollision).ToList();
        Assert.Equal(new[] { "listFilesAll", "listFilesWithResponse" }, renames.Select(d => d.MessageArgs[1]).OrderBy(n => n));
        Assert.All(renames, d => Assert.NotNull(d.Location));
    }

    [Fact]
    public void The_model_is_value_equal_across_reads_so_paging_keeps_generation_incremental() =>
        Assert.Equal(ReadWith("listChanges=cursor:since:continuation@changes").Spec, ReadWith("listChanges=cursor:since:continuation@changes").Spec);
}
