using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using OpenAi.Api;
using SpecClient.Client.Tests.Features;

namespace SpecClient.Client.Tests.OpenAi;

/// <summary>
/// openai.yaml's <c>listFiles</c> (after, has_more, last_id) pages in a consumer build: <c>ListFilesAllAsync</c> walks three
/// pages served by Kestrel on 127.0.0.1, with the bearer token and the caller's filters on every page.
/// </summary>
public sealed class OpenAiPagingTests
{
    private static string File(string id) =>
        $$"""{"id":"{{id}}","object":"file","bytes":120000,"created_at":1677610602,"filename":"{{id}}.jsonl","purpose":"fine-tune","status":"processed"}""";

    private static string Page(bool hasMore, params string[] ids) =>
        $$"""{"object":"list","data":[{{string.Join(",", ids.Select(File))}}],"first_id":"{{ids[0]}}","last_id":"{{ids[^1]}}","has_more":{{(hasMore ? "true" : "false")}}}""";

    [Fact]
    public async Task ListFilesAllAsync_walks_three_pages_with_the_token_and_filters_on_each()
    {
        await using var server = await RecordingServer.StartAsync();
        var pages = new Dictionary<string, Reply>
        {
            ["/v1/files?purpose=fine-tune&limit=2"] = Reply.Json(200, Page(true, "file-1", "file-2")),
            ["/v1/files?purpose=fine-tune&limit=2&after=file-2"] = Reply.Json(200, Page(true, "file-3", "file-4")),
            ["/v1/files?purpose=fine-tune&limit=2&after=file-4"] = Reply.Json(200, Page(false, "file-5")),
        };
        server.Respond = call => pages.TryGetValue(call.RawTarget, out var reply) ? reply : Reply.Json(404, "{}");
        var client = new OpenAiClient(server.Http, new OpenAiClientCredentials { ApiKeyAuth = "sk-test" });

        var files = new List<OpenAiFile>();
        await foreach (var file in client.ListFilesAllAsync(purpose: "fine-tune", limit: 2))
        {
            files.Add(file);
        }

        Assert.Equal(new[] { "file-1", "file-2", "file-3", "file-4", "file-5" }, files.Select(f => f.Id));
        Assert.Equal("file-5.jsonl", files[^1].Filename);
        Assert.Equal(pages.Keys, server.Calls.Select(c => c.RawTarget));
        Assert.All(server.Calls, c => Assert.Equal("Bearer sk-test", c.Header("Authorization")));
    }
}
