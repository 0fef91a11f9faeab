using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using BenchmarkDotNet.Attributes;

namespace SpecClient.Benchmarks.Calls;

/// <summary>
/// A 10-page walk: GET /files with openai's cursor convention (<c>after</c>, <c>has_more</c>, <c>last_id</c>), 10 pages of
/// 100 items each over an in-memory handler, every item enumerated. The floor is a hand-written <c>HttpClient</c> loop
/// with a System.Text.Json source-generated reader in the same run.
/// </summary>
[MemoryDiagnoser]
[ShortInProcessJob]
public class PagingBenchmarks
{
    private const int Pages = 10;
    private const int PageSize = 100;
    private HttpClient _floorHttp = null!;
    private Paging.Api.PagingClient _specClient = null!;

    [GlobalSetup]
    public void Setup()
    {
        var handler = new PageHandler(Enumerable.Range(0, Pages).Select(PageBody).ToArray());
        _floorHttp = new HttpClient(handler, disposeHandler: false) { BaseAddress = new Uri("https://pages.example.test/v1/") };
        _specClient = new Paging.Api.PagingClient(new HttpClient(handler, disposeHandler: false) { BaseAddress = new Uri("https://pages.example.test/v1/") });
    }

    [GlobalCleanup]
    public void Cleanup() => _floorHttp.Dispose();

    [Benchmark(Baseline = true, Description = "floor (HttpClient loop + STJ source gen)")]
    public async Task<int> Floor()
    {
        var count = 0;
        string? after = null;
        while (true)
        {
            var uri = after is null ? "files?limit=100" : "files?after=" + Uri.EscapeDataString(after) + "&limit=100";
            using var response = await _floorHttp.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
            await using var stream = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
            var page = await JsonSerializer.DeserializeAsync(stream, FloorPagingJson.Default.FloorFilePage).ConfigureAwait(false);
            foreach (var item in page!.Data)
            {
                count += item.Name.Length;
            }

            if (!page.HasMore || page.LastId is null)
            {
                return count;
            }

            after = page.LastId;
        }
    }

    [Benchmark(Description = "SpecClient ListFilesAllAsync")]
    public async Task<int> SpecClient()
    {
        var count = 0;
        await foreach (var item in _specClient.ListFilesAllAsync(limit: PageSize).ConfigureAwait(false))
        {
            count += item.Name!.Length;
        }

        return count;
    }

    private static byte[] PageBody(int page)
    {
        var json = new StringBuilder("{\"object\":\"list\",\"data\":[");
        for (var i = 0; i < PageSize; i++)
        {
            json.Append(i == 0 ? string.Empty : ",").Append("{\"id\":\"").Append(Id(page, i)).Append("\",\"name\":\"file number ").Append(i.ToString(CultureInfo.InvariantCulture)).Append(".jsonl\"}");
        }

        return Encoding.UTF8.GetBytes(json.Append("],\"first_id\":\"").Append(Id(page, 0)).Append("\",\"last_id\":\"").Append(Id(page, PageSize - 1))
            .Append("\",\"has_more\":").Append(page < Pages - 1 ? "true" : "false").Append('}').ToString());
    }

    private static string Id(int page, int item) => "file-" + ((page * PageSize) + item).ToString("D5", CultureInfo.InvariantCulture);

    /// <summary>Answers page n+1 for <c>after=file-{last id of page n}</c>, page 0 without <c>after</c>.</summary>
    private sealed class PageHandler(byte[][] pages) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var query = request.RequestUri!.Query;
            var at = query.IndexOf("after=file-", StringComparison.Ordinal);
            var page = at < 0 ? 0 : (int.Parse(query.AsSpan(at + "after=file-".Length, 5), CultureInfo.InvariantCulture) + 1) / PageSize;
            var body = new ByteArrayContent(pages[page]);
            body.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = body, RequestMessage = request });
        }
    }
}

public sealed class FloorFilePage
{
    [JsonPropertyName("data")]
    public List<FloorFile> Data { get; set; } = new();

    [JsonPropertyName("has_more")]
    public bool HasMore { get; set; }

    [JsonPropertyName("last_id")]
    public string? LastId { get; set; }
}

public sealed class FloorFile
{
    [JsonPropertyName("id")]
    public string Id { get; set; } = string.Empty;

    [JsonPropertyName("name")]
    public string Name { get; set; } = string.Empty;
}

[JsonSerializable(typeof(FloorFilePage))]
internal sealed partial class FloorPagingJson : JsonSerializerContext;
