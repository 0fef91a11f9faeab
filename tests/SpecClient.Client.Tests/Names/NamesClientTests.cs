using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
// Only the client: names.yaml has a schema named Task, which beside System.Threading.Tasks would make Task ambiguous.
using NamesClient = Names.Api.NamesClient;
using NamesClientCredentials = Names.Api.NamesClientCredentials;
using SpecClient.Client.Tests.Features;

namespace SpecClient.Client.Tests.Names;

/// <summary>
/// The client of names.yaml (names that once broke the build: keywords, the methods' own locals, names over 512
/// characters) called over HTTP on 127.0.0.1: each escaped or renamed C# name still sends the spec's wire name.
/// </summary>
public sealed class NamesClientTests : IAsyncLifetime
{
    private const string LongParameterWireName = "total_and_another_count_and_another_count_and_another_count_and_another_count_and_another_count_and_another_count_and_another_count_and_another_count_and_another_count_and_another_count_and_another_count_and_another_count_and_another_count_and_another_count_and_another_count_and_another_count_and_another_count_and_another_count_and_another_count_and_another_count_and_another_count_and_another_count_and_another_count_and_another_count_and_another_count_and_another_count_and_another_count_and_another_count_and_another_count_and_another_count_and_another_count_and_another_count_and_another_count_and_another_count_and_another_count_and_another_count_and_another_count_and_another_count_and_another_count_and_another_count";

    private RecordingServer _server = null!;

    public async Task InitializeAsync() => _server = await RecordingServer.StartAsync();

    public Task DisposeAsync() => _server.DisposeAsync().AsTask();

    [Fact]
    public async Task A_text_body_goes_with_keyword_named_query_parameters_and_limit_beside_limitValue()
    {
        _server.Respond = _ => new Reply(200, "text/plain", System.Text.Encoding.UTF8.GetBytes("stored"));

        var stored = await new NamesClient(_server.Http).PostNoteAsync(
            userId: "u 1",
            body: "hello",
            userId2: "q",
            userId3: "h",
            userId4: "c",
            limit: 1,
            limitValue: 2,
            limitItem: 3,
            @await: "a",
            @async: "b",
            @var: "v",
            @value: "w",
            @this: "t");

        Assert.Equal("stored", stored);
        var call = _server.Single();
        Assert.Equal("POST", call.Method);
        Assert.Equal("/v1/notes/u%201?userId=q&limit=1&limitValue=2&limitItem=3&await=a&async=b&var=v&value=w&this=t", call.RawTarget);
        Assert.Equal("h", call.Header("User-Id"));
        Assert.Equal("user_id=c", call.Header("Cookie"));
        Assert.Equal("hello", call.BodyText);
        Assert.StartsWith("text/plain", call.Header("Content-Type"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Credentials_named_await_and_value_are_applied_together_when_no_earlier_alternative_is_set()
    {
        _server.Respond = _ => new Reply(200, "text/plain", System.Text.Encoding.UTF8.GetBytes("ok"));
        var credentials = new NamesClientCredentials { Await = "key-1", Value = new BasicCredentials("ann", "pw") };

        await new NamesClient(_server.Http, credentials).PostNoteAsync("u", "b", @await: "q");

        var call = _server.Single();
        Assert.Equal("/v1/notes/u?await=q", call.RawTarget);
        Assert.Equal("key-1", call.Header("await"));
        Assert.Equal("Basic " + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("ann:pw")), call.Header("Authorization"));
    }

    [Fact]
    public async Task Every_page_is_asked_for_with_both_limit_and_limitValue()
    {
        _server.Respond = call => Reply.Json(200, call.RawTarget.Contains("cursor=c2", StringComparison.Ordinal)
            ? """{"items":[{"id":"b"}],"next_cursor":null}"""
            : """{"items":[{"id":"a"}],"next_cursor":"c2"}""");

        var ids = new System.Collections.Generic.List<string>();
        await foreach (var widget in new NamesClient(_server.Http).ListWidgetsAllAsync(limit: 10, limitValue: 20, @await: "x"))
        {
            ids.Add(widget.Id);
        }

        Assert.Equal(new[] { "a", "b" }, ids);
        var calls = _server.Calls.ToArray();
        Assert.Equal("/v1/widgets?limit=10&limitValue=20&await=x", calls[0].RawTarget);
        Assert.Equal("/v1/widgets?cursor=c2&limit=10&limitValue=20&await=x", calls[1].RawTarget);
    }

    [Fact]
    public async Task Bytes_go_beside_parameters_named_like_the_methods_locals()
    {
        _server.Respond = _ => new Reply(200, "application/octet-stream", new byte[] { 9, 8, 7 });

        using var sent = new MemoryStream(new byte[] { 1, 2, 3 });
        using var received = await new NamesClient(_server.Http).PutBlobAsync(
            body: sent, request: "r", query: "q", response: "s", cancellationToken2: "c", requestOptions: "o", result: "x", stream: "m", @await: 5);

        using var copy = new MemoryStream();
        await received!.CopyToAsync(copy);
        Assert.Equal(new byte[] { 9, 8, 7 }, copy.ToArray());
        var call = _server.Single();
        Assert.Equal("PUT", call.Method);
        Assert.Equal("/v1/blobs?request=r&query=q&response=s&cancellationToken=c&requestOptions=o&result=x&stream=m", call.RawTarget);
        Assert.Equal("5", call.Header("await"));
        Assert.Equal(new byte[] { 1, 2, 3 }, call.Body);
    }

    [Fact]
    public async Task The_operation_named_over_the_limit_sends_its_long_wire_names_and_reads_its_long_named_type()
    {
        _server.Respond = _ => Reply.Json(200, "{\"" + LongParameterWireName + "\":5}");

        // The operationId (608 characters) cut to its start and a hash of the whole: this line compiles only while the
        // hash is the same on every machine and build.
        var report = await new NamesClient(_server.Http).GetThingAndAnotherThingAndAnotherThingAndAnotherThingAndAnotherThingAndAnotherThingAndAnotherThingAndAnotherThingAndAnotherThingAndAnotherThingAndAnotherThingAndAnotherThingAndAnotherThingAndAnotherThingAndAnotherThingAndAnotherThingAndAnotherThingAndAnotherThingAndAnotherThingAndAnotherThingAndAnotherThingAndAnotherThingAndAnotherThingAndAnotherThingAndAnotherThingAndAnotherThingAndAnotherThingAndAnotherThingAndAnotherThingAndAnotherThingAndAnotherThingAndAnotherThi_34734675Async("v");

        Assert.Equal("/v1/long?" + LongParameterWireName + "=v", _server.Single().RawTarget);
        // The property's C# name is cut too: found by its start, read as the number the server sent.
        var count = report.GetType().GetProperties().Single(p => p.Name.StartsWith("TotalAndAnotherCount", StringComparison.Ordinal));
        Assert.Equal(5, count.GetValue(report));
    }
}
