using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Paging.Api;
using SpecClient.Client.Tests.Features;

namespace SpecClient.Client.Tests.Paging;

/// <summary>
/// The <c>{Operation}AllAsync</c> methods of the client generated from paging.yaml (one list operation per convention)
/// against a recording Kestrel server on 127.0.0.1 that serves real pages: every item of every page in order, the
/// requests each convention sends, and the stop rules (end, repeat, another origin, cancellation, errors).
/// </summary>
public sealed class PagingClientTests
{
    private static string Items(params string[] ids) => "[" + string.Join(",", ids.Select(id => $"{{\"id\":\"{id}\",\"name\":\"n-{id}\"}}")) + "]";

    /// <summary>Serves <paramref name="pages"/> by request target (path and query); any other target is a 404.</summary>
    private static async Task<(RecordingServer Server, PagingClient Client)> StartAsync(Func<RecordingServer, IReadOnlyDictionary<string, Reply>> pages)
    {
        var server = await RecordingServer.StartAsync();
        var served = pages(server);
        server.Respond = call => served.TryGetValue(call.RawTarget, out var reply) ? reply : Reply.Json(404, "{}");
        return (server, new PagingClient(server.Http));
    }

    private static async Task<List<string>> IdsAsync(IAsyncEnumerable<Item> items)
    {
        var ids = new List<string>();
        await foreach (var item in items)
        {
            ids.Add(item.Id);
        }

        return ids;
    }

    private static string[] Targets(RecordingServer server) => server.Calls.Select(c => c.RawTarget).ToArray();

    [Fact]
    public async Task Cursor_after_with_has_more_and_last_id_walks_every_page()
    {
        var (server, client) = await StartAsync(_ => new Dictionary<string, Reply>
        {
            ["/v1/files?limit=2"] = Reply.Json(200, $$"""{"object":"list","data":{{Items("a", "b")}},"first_id":"a","last_id":"b","has_more":true}"""),
            ["/v1/files?after=b&limit=2"] = Reply.Json(200, $$"""{"object":"list","data":{{Items("c", "d")}},"first_id":"c","last_id":"d","has_more":true}"""),
            ["/v1/files?after=d&limit=2"] = Reply.Json(200, $$"""{"object":"list","data":{{Items("e")}},"first_id":"e","last_id":"e","has_more":false}"""),
        });
        await using var serverScope = server;

        Assert.Equal(new[] { "a", "b", "c", "d", "e" }, await IdsAsync(client.ListFilesAllAsync(limit: 2)));
        Assert.Equal(new[] { "/v1/files?limit=2", "/v1/files?after=b&limit=2", "/v1/files?after=d&limit=2" }, Targets(server));
    }

    [Fact]
    public async Task Stripe_starting_after_is_the_last_items_id_while_has_more_is_true()
    {
        var (server, client) = await StartAsync(_ => new Dictionary<string, Reply>
        {
            ["/v1/charges"] = Reply.Json(200, $$"""{"data":{{Items("ch_1", "ch_2")}},"has_more":true}"""),
            ["/v1/charges?starting_after=ch_2"] = Reply.Json(200, $$"""{"data":{{Items("ch_3")}},"has_more":false}"""),
        });
        await using var serverScope = server;

        Assert.Equal(new[] { "ch_1", "ch_2", "ch_3" }, await IdsAsync(client.ListChargesAllAsync()));
        Assert.Equal(2, server.Calls.Count);
    }

    [Fact]
    public async Task Cursor_with_next_cursor_stops_at_a_null_cursor()
    {
        var (server, client) = await StartAsync(_ => new Dictionary<string, Reply>
        {
            ["/v1/events"] = Reply.Json(200, $$"""{"items":{{Items("a")}},"next_cursor":"c1"}"""),
            ["/v1/events?cursor=c1"] = Reply.Json(200, $$"""{"items":{{Items("b")}},"next_cursor":null}"""),
        });
        await using var serverScope = server;

        Assert.Equal(new[] { "a", "b" }, await IdsAsync(client.ListEventsAllAsync()));
        Assert.Equal(2, server.Calls.Count);
    }

    [Fact]
    public async Task Page_token_with_next_page_token_stops_at_an_empty_token()
    {
        var (server, client) = await StartAsync(_ => new Dictionary<string, Reply>
        {
            ["/v1/documents?page_size=1"] = Reply.Json(200, $$"""{"results":{{Items("a")}},"next_page_token":"t1"}"""),
            ["/v1/documents?page_token=t1&page_size=1"] = Reply.Json(200, $$"""{"results":{{Items("b")}},"next_page_token":""}"""),
        });
        await using var serverScope = server;

        Assert.Equal(new[] { "a", "b" }, await IdsAsync(client.ListDocumentsAllAsync(pageSize: 1)));
        Assert.Equal(2, server.Calls.Count);
    }

    [Fact]
    public async Task Box_marker_with_next_marker_keeps_the_path_and_other_parameters()
    {
        var (server, client) = await StartAsync(_ => new Dictionary<string, Reply>
        {
            ["/v1/folders/f1/items?usemarker=true"] = Reply.Json(200, $$"""{"entries":{{Items("a")}},"next_marker":"m1"}"""),
            ["/v1/folders/f1/items?marker=m1&usemarker=true"] = Reply.Json(200, $$"""{"entries":{{Items("b")}},"next_marker":null}"""),
        });
        await using var serverScope = server;

        Assert.Equal(new[] { "a", "b" }, await IdsAsync(client.ListFolderItemsAllAsync("f1", usemarker: true)));
        Assert.Equal(2, server.Calls.Count);
    }

    [Fact]
    public async Task An_absolute_next_url_in_the_body_is_followed_on_the_same_origin()
    {
        var (server, client) = await StartAsync(s => new Dictionary<string, Reply>
        {
            ["/v1/artists?limit=1"] = Reply.Json(200, $$"""{"items":{{Items("a")}},"next":"{{s.BaseAddress}}artists?offset=1&limit=1","total":2}"""),
            ["/v1/artists?offset=1&limit=1"] = Reply.Json(200, $$"""{"items":{{Items("b")}},"next":null,"total":2}"""),
        });
        await using var serverScope = server;

        Assert.Equal(new[] { "a", "b" }, await IdsAsync(client.ListArtistsAllAsync(limit: 1)));
        Assert.Equal(new[] { "/v1/artists?limit=1", "/v1/artists?offset=1&limit=1" }, Targets(server));
    }

    [Fact]
    public async Task A_relative_next_url_resolves_against_the_base_address()
    {
        // '@odata.nextLink' (x-ms-pageable) relative to the base path, then one relative to the host.
        var (server, client) = await StartAsync(_ => new Dictionary<string, Reply>
        {
            ["/v1/vaults"] = Reply.Json(200, $$"""{"value":{{Items("a")}},"@odata.nextLink":"vaults?$skiptoken=2"}"""),
            ["/v1/vaults?$skiptoken=2"] = Reply.Json(200, $$"""{"value":{{Items("b")}},"@odata.nextLink":"/v1/vaults?$skiptoken=3"}"""),
            ["/v1/vaults?$skiptoken=3"] = Reply.Json(200, $$"""{"value":{{Items("c")}}}"""),
        });
        await using var serverScope = server;

        Assert.Equal(new[] { "a", "b", "c" }, await IdsAsync(client.ListVaultsAllAsync()));
        Assert.Equal(3, server.Calls.Count);
    }

    [Fact]
    public async Task Twilio_next_page_uri_relative_to_the_host_drops_the_page_parameters()
    {
        var (server, client) = await StartAsync(_ => new Dictionary<string, Reply>
        {
            ["/v1/Accounts/AC1/Messages.json?PageSize=1"] = Reply.Json(200, $$"""{"messages":{{Items("SM1")}},"page":0,"next_page_uri":"/v1/Accounts/AC1/Messages.json?PageSize=1&Page=1&PageToken=PASM1"}"""),
            ["/v1/Accounts/AC1/Messages.json?PageSize=1&Page=1&PageToken=PASM1"] = Reply.Json(200, $$"""{"messages":{{Items("SM2")}},"page":1,"next_page_uri":null}"""),
        });
        await using var serverScope = server;

        Assert.Equal(new[] { "SM1", "SM2" }, await IdsAsync(client.ListMessageAllAsync("AC1", pageSize: 1)));
        Assert.Equal(2, server.Calls.Count);
    }

    [Fact]
    public async Task A_nested_next_url_of_format_uri_is_followed()
    {
        var (server, client) = await StartAsync(s => new Dictionary<string, Reply>
        {
            ["/v1/conversations"] = Reply.Json(200, $$$"""{"conversations":{{{Items("a")}}},"meta":{"page":0,"next_page_url":"{{{s.BaseAddress}}}conversations?Page=1"}}"""),
            ["/v1/conversations?Page=1"] = Reply.Json(200, $$$"""{"conversations":{{{Items("b")}}},"meta":{"page":1,"next_page_url":null}}"""),
        });
        await using var serverScope = server;

        Assert.Equal(new[] { "a", "b" }, await IdsAsync(client.ListConversationAllAsync()));
    }

    [Fact]
    public async Task A_next_url_inside_one_case_of_a_union_is_followed_and_the_other_case_ends_the_walk()
    {
        var (server, client) = await StartAsync(s => new Dictionary<string, Reply>
        {
            ["/v1/droplets?per_page=1"] = Reply.Json(200, $$$"""{"droplets":{{{Items("d1")}}},"links":{"pages":{"last":"{{{s.BaseAddress}}}droplets?page=2&per_page=1","next":"{{{s.BaseAddress}}}droplets?page=2&per_page=1"}},"meta":{"total":2}}"""),
            ["/v1/droplets?page=2&per_page=1"] = Reply.Json(200, $$$"""{"droplets":{{{Items("d2")}}},"links":{"pages":{"first":"{{{s.BaseAddress}}}droplets?page=1&per_page=1","prev":"{{{s.BaseAddress}}}droplets?page=1&per_page=1"}},"meta":{"total":2}}"""),
        });
        await using var serverScope = server;

        Assert.Equal(new[] { "d1", "d2" }, await IdsAsync(client.ListDropletsAllAsync(perPage: 1)));
        Assert.Equal(2, server.Calls.Count);
    }

    [Fact]
    public async Task A_Link_header_with_rel_next_is_followed_until_a_page_has_none()
    {
        var (server, client) = await StartAsync(s => new Dictionary<string, Reply>
        {
            ["/v1/repos?per_page=2"] = Reply.Json(200, Items("r1", "r2")) with
            {
                Headers = new Dictionary<string, string> { ["Link"] = $"<{s.BaseAddress}repos?per_page=2&page=2>; rel=\"next\", <{s.BaseAddress}repos?per_page=2&page=3>; rel=\"last\"" },
            },
            ["/v1/repos?per_page=2&page=2"] = Reply.Json(200, Items("r3", "r4")) with
            {
                Headers = new Dictionary<string, string> { ["Link"] = $"<{s.BaseAddress}repos?per_page=2&page=1>; rel=\"prev first\", <{s.BaseAddress}repos?per_page=2&page=3>; rel=\"next last\"" },
            },
            ["/v1/repos?per_page=2&page=3"] = Reply.Json(200, Items("r5")) with
            {
                Headers = new Dictionary<string, string> { ["Link"] = $"<{s.BaseAddress}repos?per_page=2&page=2>; rel=\"prev\"" },
            },
        });
        await using var serverScope = server;

        Assert.Equal(new[] { "r1", "r2", "r3", "r4", "r5" }, await IdsAsync(client.ListReposAllAsync(perPage: 2)));
        Assert.Equal(3, server.Calls.Count);
    }

    [Fact]
    public async Task X_ms_pageable_without_a_next_link_name_reads_one_page()
    {
        var (server, client) = await StartAsync(_ => new Dictionary<string, Reply>
        {
            ["/v1/operations"] = Reply.Json(200, $$"""{"value":{{Items("a", "b")}},"nextLink":"/v1/operations?page=2"}"""),
        });
        await using var serverScope = server;

        Assert.Equal(new[] { "a", "b" }, await IdsAsync(client.ListOperationsAllAsync()));
        Assert.Single(server.Calls);
    }

    [Fact]
    public async Task Offset_and_limit_stop_when_the_total_is_reached()
    {
        var (server, client) = await StartAsync(_ => new Dictionary<string, Reply>
        {
            ["/v1/records?offset=0&limit=2"] = Reply.Json(200, $$"""{"records":{{Items("a", "b")}},"total_count":5}"""),
            ["/v1/records?offset=2&limit=2"] = Reply.Json(200, $$"""{"records":{{Items("c", "d")}},"total_count":5}"""),
            ["/v1/records?offset=4&limit=2"] = Reply.Json(200, $$"""{"records":{{Items("e")}},"total_count":5}"""),
        });
        await using var serverScope = server;

        Assert.Equal(new[] { "a", "b", "c", "d", "e" }, await IdsAsync(client.ListRecordsAllAsync(limit: 2)));
        Assert.Equal(3, server.Calls.Count);
    }

    [Fact]
    public async Task Offset_paging_stops_at_a_page_shorter_than_the_limit_when_no_total_comes()
    {
        var (server, client) = await StartAsync(_ => new Dictionary<string, Reply>
        {
            ["/v1/records?offset=0&limit=2"] = Reply.Json(200, $$"""{"records":{{Items("a", "b")}}}"""),
            ["/v1/records?offset=2&limit=2"] = Reply.Json(200, $$"""{"records":{{Items("c")}}}"""),
        });
        await using var serverScope = server;

        Assert.Equal(new[] { "a", "b", "c" }, await IdsAsync(client.ListRecordsAllAsync(limit: 2)));
        Assert.Equal(2, server.Calls.Count);
    }

    [Fact]
    public async Task A_convention_named_by_the_Pagination_metadata_pages()
    {
        var (server, client) = await StartAsync(_ => new Dictionary<string, Reply>
        {
            ["/v1/changes"] = Reply.Json(200, $$"""{"changes":{{Items("a")}},"continuation":"k1"}"""),
            ["/v1/changes?since=k1"] = Reply.Json(200, $$"""{"changes":{{Items("b")}},"continuation":null}"""),
        });
        await using var serverScope = server;

        Assert.Equal(new[] { "a", "b" }, await IdsAsync(client.ListChangesAllAsync()));
        Assert.Null(typeof(PagingClient).GetMethod("ListLogsAllAsync"));
        Assert.NotNull(typeof(IPagingClient).GetMethod("ListChangesAllAsync"));
    }

    [Fact]
    public async Task An_abandoned_enumeration_sends_no_further_request()
    {
        var (server, client) = await StartAsync(_ => new Dictionary<string, Reply>
        {
            ["/v1/files"] = Reply.Json(200, $$"""{"data":{{Items("a", "b")}},"last_id":"b","has_more":true}"""),
            ["/v1/files?after=b"] = Reply.Json(200, $$"""{"data":{{Items("c")}},"last_id":"c","has_more":false}"""),
        });
        await using var serverScope = server;

        await foreach (var item in client.ListFilesAllAsync())
        {
            Assert.Equal("a", item.Id);
            break;
        }

        await Task.Delay(100);
        Assert.Equal(new[] { "/v1/files" }, Targets(server));
    }

    [Fact]
    public async Task A_repeating_cursor_stops_the_walk()
    {
        var (server, client) = await StartAsync(_ => new Dictionary<string, Reply>
        {
            ["/v1/events"] = Reply.Json(200, $$"""{"items":{{Items("a")}},"next_cursor":"same"}"""),
            ["/v1/events?cursor=same"] = Reply.Json(200, $$"""{"items":{{Items("b")}},"next_cursor":"same"}"""),
        });
        await using var serverScope = server;

        Assert.Equal(new[] { "a", "b" }, await IdsAsync(client.ListEventsAllAsync()));
        Assert.Equal(2, server.Calls.Count);
    }

    [Fact]
    public async Task A_repeating_next_link_stops_the_walk()
    {
        var (server, client) = await StartAsync(_ => new Dictionary<string, Reply>
        {
            ["/v1/artists"] = Reply.Json(200, $$"""{"items":{{Items("a")}},"next":"/v1/artists?offset=1"}"""),
            ["/v1/artists?offset=1"] = Reply.Json(200, $$"""{"items":{{Items("b")}},"next":"/v1/artists?offset=1"}"""),
        });
        await using var serverScope = server;

        Assert.Equal(new[] { "a", "b" }, await IdsAsync(client.ListArtistsAllAsync()));
        Assert.Equal(2, server.Calls.Count);
    }

    [Fact]
    public async Task A_next_url_on_another_origin_is_never_requested_and_ends_the_walk_with_a_typed_exception()
    {
        await using var other = await RecordingServer.StartAsync();
        other.Respond = _ => Reply.Json(200, $$"""{"items":{{Items("stolen")}}}""");
        var (server, client) = await StartAsync(_ => new Dictionary<string, Reply>
        {
            ["/v1/artists"] = Reply.Json(200, $$"""{"items":{{Items("a", "b")}},"next":"{{other.BaseAddress}}artists?offset=2&token=s3cr3t"}"""),
        });
        await using var serverScope = server;

        var ids = new List<string>();
        var error = await Assert.ThrowsAsync<ApiPageLinkException>(async () =>
        {
            await foreach (var item in client.ListArtistsAllAsync())
            {
                ids.Add(item.Id);
            }
        });

        Assert.Equal(new[] { "a", "b" }, ids);
        Assert.Empty(other.Calls);
        Assert.Equal("listArtists", error.OperationId);
        Assert.Contains("listArtists", error.Message, StringComparison.Ordinal);
        Assert.Equal($"http://127.0.0.1:{other.BaseAddress.Port}", error.LinkOrigin);
        Assert.Equal($"http://127.0.0.1:{server.BaseAddress.Port}", error.ExpectedOrigin);
        Assert.DoesNotContain("s3cr3t", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("offset", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancelling_mid_walk_stops_before_the_next_request()
    {
        var (server, client) = await StartAsync(_ => new Dictionary<string, Reply>
        {
            ["/v1/events"] = Reply.Json(200, $$"""{"items":{{Items("a", "b")}},"next_cursor":"c1"}"""),
            ["/v1/events?cursor=c1"] = Reply.Json(200, $$"""{"items":{{Items("c")}},"next_cursor":null}"""),
        });
        await using var serverScope = server;
        using var cancellation = new CancellationTokenSource();

        var ids = new List<string>();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var item in client.ListEventsAllAsync(cancellationToken: cancellation.Token))
            {
                ids.Add(item.Id);
                if (ids.Count == 2)
                {
                    cancellation.Cancel();
                }
            }
        });

        Assert.Equal(new[] { "a", "b" }, ids);
        Assert.Single(server.Calls);
    }

    [Fact]
    public async Task An_error_status_on_page_three_comes_after_the_items_of_pages_one_and_two()
    {
        var (server, client) = await StartAsync(_ => new Dictionary<string, Reply>
        {
            ["/v1/events"] = Reply.Json(200, $$"""{"items":{{Items("a")}},"next_cursor":"c1"}"""),
            ["/v1/events?cursor=c1"] = Reply.Json(200, $$"""{"items":{{Items("b")}},"next_cursor":"c2"}"""),
            ["/v1/events?cursor=c2"] = Reply.Json(503, """{"error":"down"}"""),
        });
        await using var serverScope = server;

        var ids = new List<string>();
        var error = await Assert.ThrowsAnyAsync<ApiException>(async () =>
        {
            await foreach (var item in client.ListEventsAllAsync())
            {
                ids.Add(item.Id);
            }
        });

        Assert.Equal(new[] { "a", "b" }, ids);
        Assert.Equal(503, error.StatusCode);
        Assert.Equal("listEvents", error.OperationId);
    }

    [Fact]
    public async Task Per_call_options_reach_every_page_request_including_next_links()
    {
        var (server, client) = await StartAsync(_ => new Dictionary<string, Reply>
        {
            ["/v1/artists"] = Reply.Json(200, $$"""{"items":{{Items("a")}},"next":"artists?offset=1"}"""),
            ["/v1/artists?offset=1"] = Reply.Json(200, $$"""{"items":{{Items("b")}}}"""),
        });
        await using var serverScope = server;
        var options = new ApiRequestOptions { Headers = { ["X-Trace"] = "t-1" } };

        Assert.Equal(new[] { "a", "b" }, await IdsAsync(client.ListArtistsAllAsync(requestOptions: options)));
        Assert.Equal(new[] { "t-1", "t-1" }, server.Calls.Select(c => c.Header("X-Trace")));
    }
}
