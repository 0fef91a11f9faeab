using System.Net;
using System.Net.Http.Headers;
using System.Net.ServerSentEvents;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using BenchmarkDotNet.Attributes;

namespace SpecClient.Benchmarks.Calls;

/// <summary>
/// One streamed call: POST /chat answering <c>text/event-stream</c> with 1,000 chunk events and <c>[DONE]</c>, over an
/// in-memory handler, enumerated to the end. The floor is a hand-written <c>HttpClient</c> + <c>SseParser</c> + STJ
/// source-generated reader in the same run.
/// </summary>
[MemoryDiagnoser]
[ShortInProcessJob]
public class StreamBenchmarks
{
    private const int Events = 1000;
    private HttpClient _floorHttp = null!;
    private Streams.Api.StreamsClient _specClient = null!;

    /// <summary>
    /// Gets or sets whether every event's <c>delta</c> differs (<c>"token 0"</c>, <c>"token 1"</c>, ...; the same length as
    /// <c>"token "</c> up to 9 events, then longer by the digits) instead of all being <c>"token "</c>: a stream whose
    /// values do not repeat, so none is shared (the probes' second stream row; BenchmarkDotNet runs the repeated one).
    /// </summary>
    public bool DistinctDeltas { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var handler = new EventStreamHandler(EventBody(Events, DistinctDeltas));
        _floorHttp = new HttpClient(handler, disposeHandler: false) { BaseAddress = new Uri("https://streams.example.test/v1/") };
        _specClient = new Streams.Api.StreamsClient(new HttpClient(handler, disposeHandler: false) { BaseAddress = new Uri("https://streams.example.test/v1/") });
    }

    [GlobalCleanup]
    public void Cleanup() => _floorHttp.Dispose();

    [Benchmark(Baseline = true, Description = "floor (HttpClient + SseParser + STJ source gen)")]
    public async Task<long> Floor()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "chat")
        {
            Content = JsonContent(new FloorChatRequest { Prompt = "hi", Stream = true }),
        };
        request.Headers.TryAddWithoutValidation("Accept", "text/event-stream");
        using var response = await _floorHttp.SendAsync(request, HttpCompletionOption.ResponseHeadersRead).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        await using var stream = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
        long sum = 0;
        var parser = SseParser.Create(stream, static (_, data) => data.SequenceEqual("[DONE]"u8) ? null : JsonSerializer.Deserialize(data, FloorStreamJson.Default.FloorChunk));
        await foreach (var item in parser.EnumerateAsync().ConfigureAwait(false))
        {
            if (item.Data is null)
            {
                break;
            }

            sum += item.Data.Index;
        }

        return sum;
    }

    [Benchmark(Description = "SpecClient CreateChatStreamAsync")]
    public async Task<long> SpecClient()
    {
        long sum = 0;
        await foreach (var chunk in _specClient.CreateChatStreamAsync(new Streams.Api.ChatRequest { Prompt = "hi" }).ConfigureAwait(false))
        {
            sum += chunk.Index;
        }

        return sum;
    }

    private static ByteArrayContent JsonContent(FloorChatRequest body)
    {
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, FloorStreamJson.Default.FloorChatRequest));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    private static byte[] EventBody(int events, bool distinctDeltas)
    {
        var text = new StringBuilder();
        for (var i = 0; i < events; i++)
        {
            string index = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            text.Append("data: {\"index\":").Append(index).Append(",\"delta\":\"token ").Append(distinctDeltas ? index : string.Empty).Append("\"}\n\n");
        }

        return Encoding.UTF8.GetBytes(text.Append("data: [DONE]\n\n").ToString());
    }

    private sealed class EventStreamHandler(byte[] body) : HttpMessageHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.Content is { } content)
            {
                await content.CopyToAsync(Stream.Null, cancellationToken).ConfigureAwait(false);
            }

            var events = new ByteArrayContent(body);
            events.Headers.ContentType = new MediaTypeHeaderValue("text/event-stream");
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = events, RequestMessage = request };
        }
    }
}

public sealed class FloorChatRequest
{
    [JsonPropertyName("prompt")]
    public string? Prompt { get; set; }

    [JsonPropertyName("stream")]
    public bool Stream { get; set; }
}

public sealed class FloorChunk
{
    [JsonPropertyName("index")]
    public int Index { get; set; }

    [JsonPropertyName("delta")]
    public string? Delta { get; set; }
}

[JsonSerializable(typeof(FloorChatRequest))]
[JsonSerializable(typeof(FloorChunk))]
internal sealed partial class FloorStreamJson : JsonSerializerContext;
