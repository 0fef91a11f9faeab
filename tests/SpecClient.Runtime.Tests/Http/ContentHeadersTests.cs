using System;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;
using SpecClient.Runtime.Tests.Infrastructure;

namespace SpecClient.Runtime.Tests.Http;

/// <summary>
/// A success body's reader takes the Content-Type and Content-Length from the headers as stored (one pass, no typed
/// parse), and sizes an in-memory body without a Content-Length by its stream.
/// </summary>
public sealed class ContentHeadersTests
{
    [Theory]
    [InlineData("application/json; charset=utf-8", true)]
    [InlineData("APPLICATION/JSON", true)]
    [InlineData("text/json", true)]
    [InlineData("application/problem+json", true)]
    [InlineData("text/html; charset=utf-8", false)]
    [InlineData("text/plain", false)]
    public void The_content_type_as_received_decides_whether_a_body_is_JSON(string contentType, bool json)
    {
        using var content = new ByteArrayContent([]);
        Assert.True(content.Headers.TryAddWithoutValidation("Content-Type", contentType));

        Assert.Equal(json, ContentHeaders.Of(content).IsJson);
    }

    [Fact]
    public void A_typed_content_type_and_none_at_all_are_read_too()
    {
        using var typedJson = new ByteArrayContent([]);
        typedJson.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var typedHtml = new ByteArrayContent([]);
        typedHtml.Headers.ContentType = new MediaTypeHeaderValue("text/html");
        using var none = new ByteArrayContent([]);

        Assert.True(ContentHeaders.Of(typedJson).IsJson);
        Assert.False(ContentHeaders.Of(typedHtml).IsJson);
        Assert.True(ContentHeaders.Of(none).IsJson);
        Assert.True(ContentHeaders.Of(null).IsJson);
    }

    [Theory]
    [InlineData("42")]
    [InlineData(" 42 ")]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("+42")]
    [InlineData("4 2")]
    [InlineData("abc")]
    [InlineData("99999999999999999999")]
    [InlineData("")]
    public void A_received_content_length_reads_as_HttpClient_reads_it(string value)
    {
        // A content that cannot compute its own length, so the typed property says only what the header says.
        using var ours = new StreamContent(new ForwardOnlyStream([]));
        using var theirs = new StreamContent(new ForwardOnlyStream([]));
        ours.Headers.TryAddWithoutValidation("Content-Length", value);
        theirs.Headers.TryAddWithoutValidation("Content-Length", value);

        Assert.Equal(theirs.Headers.ContentLength, ContentHeaders.Of(ours).DeclaredLength);
    }

    [Fact]
    public void Two_content_lengths_are_no_length_and_none_is_none()
    {
        using var two = new StreamContent(new ForwardOnlyStream([]));
        two.Headers.TryAddWithoutValidation("Content-Length", ["4", "5"]);
        using var none = new StreamContent(new ForwardOnlyStream([]));

        Assert.Null(ContentHeaders.Of(two).DeclaredLength);
        Assert.Null(ContentHeaders.Of(none).DeclaredLength);
    }

    [Fact]
    public void The_length_left_of_a_seekable_stream_is_its_length_and_a_network_stream_has_none()
    {
        using var memory = new MemoryStream(new byte[10]) { Position = 3 };

        Assert.Equal(7, ContentHeaders.LengthOf(memory));
        Assert.Null(ContentHeaders.LengthOf(new ForwardOnlyStream([])));
    }

    [Fact]
    public async Task An_in_memory_body_without_a_content_length_over_the_limit_is_ApiResponseTooLargeException()
    {
        using HttpResponseMessage response = InMemory("{\"credential_pools\":[]}", maxBytes: 8);

        ApiResponseTooLargeException ex = await Assert.ThrowsAsync<ApiResponseTooLargeException>(
            () => ApiHttp.ReadJsonAsync(response, TestJsonContext.Default.PoolList, "probe-op", default));

        Assert.Equal(8, ex.Limit);
    }

    [Fact]
    public async Task An_in_memory_body_at_the_limit_is_read_whole_and_left_without_a_computed_content_length()
    {
        const string json = "{\"credential_pools\":[{\"credential_pool_id\":\"p1\"}]}";
        using HttpResponseMessage response = InMemory(json, maxBytes: Encoding.UTF8.GetByteCount(json));

        PoolList list = await ApiHttp.ReadJsonAsync(response, TestJsonContext.Default.PoolList, "probe-op", default);

        Assert.Equal("p1", Assert.Single(list.CredentialPools!).CredentialPoolId);

        // HttpContentHeaders.ContentLength would have computed the length and stored it as a header of the response.
        Assert.False(response.Content.Headers.NonValidated.Contains("Content-Length"));
    }

    [Fact]
    public async Task A_declared_content_length_wins_over_the_stream_even_in_memory()
    {
        using HttpResponseMessage response = InMemory("{}", maxBytes: 1024);
        response.Content.Headers.TryAddWithoutValidation("Content-Length", "4096");

        await Assert.ThrowsAsync<ApiResponseTooLargeException>(
            () => ApiHttp.ReadJsonAsync(response, TestJsonContext.Default.PoolList, "probe-op", default));
    }

    [Theory]
    [InlineData(1024, false)]
    [InlineData(8, true)]
    public async Task A_body_whose_stream_opens_later_is_sized_and_limited_by_it_too(int maxBytes, bool tooLarge)
    {
        const string json = "{\"credential_pools\":[{\"credential_pool_id\":\"p1\"}]}";
        using HttpResponseMessage response = InMemory(json, maxBytes);
        var open = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        response.Content = new LateContent(Encoding.UTF8.GetBytes(json), open.Task);

        Task<PoolList> reading = ApiHttp.ReadJsonAsync(response, TestJsonContext.Default.PoolList, "probe-op", default);

        Assert.False(reading.IsCompleted, "the stream is not open yet, so the read goes on asynchronously");
        open.SetResult();
        if (tooLarge)
        {
            Assert.Equal(maxBytes, (await Assert.ThrowsAsync<ApiResponseTooLargeException>(() => reading)).Limit);
        }
        else
        {
            Assert.Equal("p1", Assert.Single((await reading).CredentialPools!).CredentialPoolId);
        }
    }

    /// <summary>In-memory content whose stream opens only once <paramref name="opened"/> completes (and that says nothing of its length).</summary>
    private sealed class LateContent(byte[] body, Task opened) : HttpContent
    {
        protected override async Task<Stream> CreateContentReadStreamAsync()
        {
            await opened;
            return new MemoryStream(body, writable: false);
        }

        protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) => stream.WriteAsync(body, 0, body.Length);

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }

    private static HttpResponseMessage InMemory(string json, int maxBytes)
    {
        HttpRequestMessage request = ApiCalls.CreateRequest(HttpMethod.Get);
        CallBudget.StartFromOptions(request, new TestOptions { MaxResponseBodyBytes = maxBytes }, TimeProvider.System);
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(json));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return new HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = content, RequestMessage = request };
    }
}
