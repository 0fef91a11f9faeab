using System;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using SpecClient.Runtime.Tests.Infrastructure;

namespace SpecClient.Runtime.Tests.Http;

/// <summary>
/// A success body is read at once while its reads complete at once, and asynchronously from the first read that has to
/// wait, with what was read so far (SuccessBody): bodies whose parts arrive with pauses between them join up whole.
/// </summary>
public sealed class BodyInPiecesTests
{
    private const int Pools = 600;

    private static string ListJson()
    {
        var json = new StringBuilder("{\"credential_pools\":[");
        for (int i = 0; i < Pools; i++)
        {
            json.Append(i == 0 ? "" : ",").Append("{\"credential_pool_id\":\"pool_").Append(i).Append("\",\"total_credentials\":").Append(i).Append('}');
        }

        return json.Append("]}").ToString();
    }

    // Sends the body in three parts (the first right after the headers), each flushed, with a pause before the next.
    private static Task<ScriptedServer> PausingServer(byte[] body, bool declareLength)
        => ScriptedServer.StartAsync(async (context, _) =>
        {
            context.Response.ContentType = "application/json";
            context.Response.ContentLength = declareLength ? body.Length : null;
            int[] cuts = { 0, 100, body.Length / 2, body.Length };
            for (int part = 0; part < 3; part++)
            {
                await context.Response.Body.WriteAsync(body.AsMemory(cuts[part], cuts[part + 1] - cuts[part]), context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
                await Task.Delay(50, context.RequestAborted);
            }
        });

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, true)]
    [InlineData(true, false)]
    [InlineData(false, false)]
    public async Task A_JSON_body_that_arrives_in_parts_with_pauses_is_read_whole(bool declareLength, bool asGenerated)
    {
        // Larger than the first buffer when no length is declared (16 KiB), so the buffer also grows after a wait.
        byte[] body = Encoding.UTF8.GetBytes(ListJson());
        Assert.True(body.Length > 20_000);
        await using ScriptedServer server = await PausingServer(body, declareLength);
        using HttpClient http = ApiHttpClientFactory.Create(TestOptions.For(server.BaseAddress));

        PoolList list = await Calls.JsonAsync(http, asGenerated).WaitAsync(Calls.HangGuard);

        Assert.Equal(Pools, list.CredentialPools!.Count);
        Assert.Equal("pool_0", list.CredentialPools[0].CredentialPoolId);
        Assert.Equal("pool_" + (Pools - 1), list.CredentialPools[Pools - 1].CredentialPoolId);
        Assert.Equal(Pools - 1, list.CredentialPools[Pools - 1].TotalCredentials);
    }

    [Fact]
    public async Task Bytes_that_arrive_in_parts_with_pauses_are_read_in_order()
    {
        byte[] body = new byte[40_000];
        for (int i = 0; i < body.Length; i++)
        {
            body[i] = (byte)(i * 7);
        }

        await using ScriptedServer server = await PausingServer(body, declareLength: false);
        using HttpClient http = ApiHttpClientFactory.Create(TestOptions.For(server.BaseAddress));

        byte[] read = await Calls.BytesAsync(http).WaitAsync(Calls.HangGuard);

        Assert.Equal(body, read);
    }

    [Fact]
    public async Task A_body_that_passes_the_limit_after_a_pause_is_ApiResponseTooLargeException()
    {
        byte[] body = Encoding.UTF8.GetBytes(ListJson());
        await using ScriptedServer server = await PausingServer(body, declareLength: false);
        TestOptions options = TestOptions.For(server.BaseAddress);
        options.MaxResponseBodyBytes = body.Length / 3;
        using HttpClient http = ApiHttpClientFactory.Create(options);

        var ex = await Assert.ThrowsAsync<ApiResponseTooLargeException>(() => Calls.JsonAsync(http, asGenerated: true).WaitAsync(Calls.HangGuard));

        Assert.Equal(Calls.OperationId, ex.OperationId);
        Assert.Equal(body.Length / 3, ex.Limit);
    }
}
