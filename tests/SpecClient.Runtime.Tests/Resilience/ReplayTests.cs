using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using SpecClient.Runtime.Tests.Infrastructure;

namespace SpecClient.Runtime.Tests.Resilience;

/// <summary>A request body is sent again (retry) only when it can be: a stream that cannot seek back is sent once.</summary>
public sealed class ReplayTests
{
    private static Task<ScriptedServer> UnavailableOnce()
        => ScriptedServer.StartAsync(async (context, number) =>
        {
            context.Response.StatusCode = number == 1 ? 503 : 200;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(number == 1 ? "{\"error\":\"busy\"}" : "{}");
        });

    private static HttpClient Client(ScriptedServer server) => ApiHttpClientFactory.Create(TestOptions.For(server.BaseAddress));

    private static byte[] Payload => Encoding.ASCII.GetBytes("stream body");

    [Fact]
    public async Task A_non_seekable_stream_body_is_not_retried_and_the_503_surfaces()
    {
        await using ScriptedServer server = await UnavailableOnce();
        using HttpClient http = Client(server);
        using var body = new ForwardOnlyStream(Payload);

        ApiServerErrorException ex = await Assert.ThrowsAsync<ApiServerErrorException>(() =>
            Calls.BytesAsync(http, HttpMethod.Put, ApiContent.Binary(body, "application/octet-stream")));

        Assert.Equal(503, ex.StatusCode);
        Assert.Equal(Payload, Assert.Single(server.Requests).Body);
    }

    [Fact]
    public async Task A_seekable_stream_body_is_retried_with_the_same_bytes()
    {
        await using ScriptedServer server = await UnavailableOnce();
        using HttpClient http = Client(server);
        using var body = new MemoryStream(Payload);

        await Calls.BytesAsync(http, HttpMethod.Put, ApiContent.Binary(body, "application/octet-stream"));

        Assert.Equal(2, server.Requests.Count);
        Assert.All(server.Requests, r => Assert.Equal(Payload, r.Body));
    }

    [Fact]
    public async Task A_multipart_body_with_a_non_seekable_stream_part_is_not_retried()
    {
        await using ScriptedServer server = await UnavailableOnce();
        using HttpClient http = Client(server);
        using var file = new ForwardOnlyStream(Payload);
        using var parts = new MultipartFormDataContent
        {
            { new StringContent("a note"), "note" },
            { ApiContent.Binary(file, "application/octet-stream"), "file", "file" },
        };

        ApiServerErrorException ex = await Assert.ThrowsAsync<ApiServerErrorException>(() => Calls.BytesAsync(http, HttpMethod.Put, parts));

        Assert.Equal(503, ex.StatusCode);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task A_multipart_body_of_buffered_parts_is_retried()
    {
        await using ScriptedServer server = await UnavailableOnce();
        using HttpClient http = Client(server);
        using var parts = new MultipartFormDataContent
        {
            { new StringContent("a note"), "note" },
            { new ByteArrayContent(Payload), "file", "file" },
        };

        await Calls.BytesAsync(http, HttpMethod.Put, parts);

        Assert.Equal(2, server.Requests.Count);
        Assert.Equal(server.Requests[0].Body, server.Requests[1].Body);
    }
}
