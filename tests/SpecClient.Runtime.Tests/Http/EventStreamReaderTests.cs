using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using SpecClient.Internal;

namespace SpecClient.Runtime.Tests.Http;

/// <summary>
/// <see cref="ApiEventStream.ReadAsync{T}(Func{CancellationToken, Task{HttpResponseMessage}}, JsonTypeInfo{T}, CancellationToken)"/>,
/// the reader a generated <c>{Op}StreamAsync</c> hands its send lambda: it sends per enumeration, combines the tokens,
/// releases the response when the events end, and shares a value the stream repeats as one string, within one stream only.
/// The handler answers from memory, so a whole enumeration runs on the test's thread.
/// </summary>
public sealed class EventStreamReaderTests
{
    private static readonly JsonTypeInfo<Chunk> ChunkInfo = (JsonTypeInfo<Chunk>)new JsonSerializerOptions
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    }.GetTypeInfo(typeof(Chunk));

    [Fact]
    public async Task Each_enumeration_sends_again_and_nothing_is_sent_before()
    {
        var server = new Events("""{"index":1,"delta":"a"}""", "[DONE]");
        IAsyncEnumerable<Chunk> events = ApiEventStream.ReadAsync(server.SendAsync, ChunkInfo);
        Assert.Equal(0, server.Sent);

        Assert.Single(await ToListAsync(events));
        Assert.Single(await ToListAsync(events));
        Assert.Equal(2, server.Sent);
    }

    [Fact]
    public async Task The_response_is_released_when_the_events_end_not_only_on_dispose()
    {
        var server = new Events("""{"index":1,"delta":"a"}""", "[DONE]", """{"index":2,"delta":"after the end"}""");
        IAsyncEnumerator<Chunk> events = ApiEventStream.ReadAsync(server.SendAsync, ChunkInfo).GetAsyncEnumerator();

        Assert.True(await events.MoveNextAsync());
        Assert.Equal(1, events.Current.Index);
        Assert.False(server.LastBody!.Disposed);
        Assert.False(await events.MoveNextAsync());
        Assert.True(server.LastBody.Disposed);
        Assert.False(await events.MoveNextAsync());
        await events.DisposeAsync();
    }

    [Fact]
    public async Task The_token_given_to_GetAsyncEnumerator_cancels_as_well_as_the_methods()
    {
        var server = new Events("""{"index":1,"delta":"a"}""", "[DONE]");
        using var methodToken = new CancellationTokenSource();
        using var enumeratorToken = new CancellationTokenSource();
        IAsyncEnumerator<Chunk> events = ApiEventStream.ReadAsync(server.SendAsync, ChunkInfo, methodToken.Token).GetAsyncEnumerator(enumeratorToken.Token);
        enumeratorToken.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await events.MoveNextAsync());
        Assert.True(server.LastToken.IsCancellationRequested);
        await events.DisposeAsync();
    }

    [Fact]
    public async Task A_value_the_stream_repeats_is_one_string_and_other_values_stay_exact()
    {
        // Three chunks alike (as an OpenAI stream repeats id and model), then 200 distinct values each twice (more than
        // the table holds, so entries are replaced), then an escaped value and one longer than the table keeps.
        var lines = new List<string> { Repeated, Repeated, Repeated };
        for (var i = 0; i < 200; i++)
        {
            lines.Add($$"""{"index":{{i}},"delta":"d{{i}}","id":"v{{i}}"}""");
            lines.Add($$"""{"index":{{i}},"delta":"d{{i}}","id":"v{{i}}"}""");
        }

        lines.Add("""{"index":-1,"delta":"\u0041b","id":"escaped"}""");
        lines.Add($$"""{"index":-2,"delta":"{{new string('x', 100)}}","id":"long"}""");
        List<Chunk> chunks = await ToListAsync(ApiEventStream.ReadAsync(new Events([.. lines, "[DONE]"]).SendAsync, ChunkInfo));

        Assert.Equal(405, chunks.Count);
        Assert.Equal("token ", chunks[0].Delta);
        Assert.Equal("chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT", chunks[0].Id);
        Assert.Same(chunks[0].Delta, chunks[1].Delta);
        Assert.Same(chunks[0].Delta, chunks[2].Delta);
        Assert.Same(chunks[0].Id, chunks[2].Id);
        for (var i = 0; i < 200; i++)
        {
            Assert.Equal($"d{i}", chunks[3 + (2 * i)].Delta);
            Assert.Equal($"v{i}", chunks[3 + (2 * i)].Id);
            Assert.Equal($"d{i}", chunks[4 + (2 * i)].Delta);
            Assert.Equal($"v{i}", chunks[4 + (2 * i)].Id);
        }

        Assert.Equal("Ab", chunks[403].Delta);
        Assert.Equal(new string('x', 100), chunks[404].Delta);
    }

    [Fact]
    public async Task A_stream_whose_values_do_not_repeat_stops_sharing_and_reads_on_exactly()
    {
        var lines = new List<string>();
        for (var i = 0; i < 100; i++)
        {
            lines.Add($$"""{"index":{{i}},"delta":"d{{i}}","id":"v{{i}}"}""");
        }

        lines.Add(Repeated);
        lines.Add(Repeated);
        List<Chunk> chunks = await ToListAsync(ApiEventStream.ReadAsync(new Events([.. lines, "[DONE]"]).SendAsync, ChunkInfo));

        Assert.Equal(102, chunks.Count);
        Assert.Equal("d99", chunks[99].Delta);
        Assert.Equal("token ", chunks[101].Delta);
        Assert.NotSame(chunks[100].Delta, chunks[101].Delta);
    }

    private const string Repeated = """{"index":0,"delta":"token ","id":"chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT"}""";

    [Fact]
    public async Task A_new_stream_and_JSON_read_outside_a_stream_share_no_string_with_an_earlier_stream()
    {
        const string Event = """{"index":1,"delta":"token "}""";
        List<Chunk> first = await ToListAsync(ApiEventStream.ReadAsync(new Events(Event, Event, "[DONE]").SendAsync, ChunkInfo));
        List<Chunk> second = await ToListAsync(ApiEventStream.ReadAsync(new Events(Event, "[DONE]").SendAsync, ChunkInfo));
        Chunk outside = JsonSerializer.Deserialize(Event, ChunkInfo)!;

        Assert.Same(first[0].Delta, first[1].Delta);
        Assert.Equal("token ", second[0].Delta);
        Assert.NotSame(first[0].Delta, second[0].Delta);
        Assert.Equal("token ", outside.Delta);
        Assert.NotSame(second[0].Delta, outside.Delta);
        Assert.NotSame(outside.Delta, JsonSerializer.Deserialize(Event, ChunkInfo)!.Delta);
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> events)
    {
        var list = new List<T>();
        await foreach (T item in events)
        {
            list.Add(item);
        }

        return list;
    }

    /// <summary>Answers every request with the same event stream, completed at once, and records what it sent.</summary>
    private sealed class Events(params string[] data)
    {
        private readonly byte[] _body = Encoding.UTF8.GetBytes(string.Concat(Array.ConvertAll(data, d => $"data: {d}\n\n")));

        public int Sent { get; private set; }

        public TrackedContent? LastBody { get; private set; }

        public CancellationToken LastToken { get; private set; }

        public Task<HttpResponseMessage> SendAsync(CancellationToken cancellationToken)
        {
            Sent++;
            LastToken = cancellationToken;
            LastBody = new TrackedContent(_body);
            LastBody.Headers.ContentType = new MediaTypeHeaderValue(ApiEventStream.MediaType);
            var request = ApiCalls.CreateRequest(HttpMethod.Post);
            CallRequest.SetOperationId(request, "stream-op");
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = LastBody, RequestMessage = request });
        }
    }

    private sealed class TrackedContent(byte[] body) : ByteArrayContent(body)
    {
        public bool Disposed { get; private set; }

        protected override Task<Stream> CreateContentReadStreamAsync(CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return base.CreateContentReadStreamAsync(cancellationToken);
        }

        protected override void Dispose(bool disposing)
        {
            Disposed = true;
            base.Dispose(disposing);
        }
    }

    [JsonConverter(typeof(ChunkConverter))]
    private sealed record Chunk(int Index, string? Delta, string? Id);

    /// <summary>Shaped like a generated converter: strings through <see cref="ObjectReader.String"/>.</summary>
    private sealed class ChunkConverter : JsonConverter<Chunk>
    {
        private static readonly JsonProperties P = new("Chunk", "r", "index", "delta", "id");

        public override Chunk Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var o = new ObjectReader(P, ref reader, options);
            int? index = default;
            string? delta = default, id = default;
            while (o.Next(ref reader))
            {
                switch (o.Index)
                {
                    case 0: index = o.Int32(ref reader); break;
                    case 1: delta = o.String(ref reader); break;
                    case 2: id = o.String(ref reader); break;
                    default: o.Extra(ref reader); break;
                }
            }

            return new Chunk(index.GetValueOrDefault(), delta, id);
        }

        public override void Write(Utf8JsonWriter writer, Chunk value, JsonSerializerOptions options) => throw new NotSupportedException();
    }
}
