using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using SpecClient.Runtime.Tests.Infrastructure;

namespace SpecClient.Runtime.Tests.Http;

/// <summary>
/// The request generated code makes (<see cref="ApiCalls.CreateRequest(HttpMethod, string)"/>) keeps the call's operation id and limits in
/// fields instead of its options, across redirects too; request bodies carry the spec's media type as written.
/// </summary>
public sealed class CallRequestTests
{
    [Fact]
    public async Task A_generated_request_carries_its_operation_id_and_budget_without_request_options_even_after_a_redirect()
    {
        await using ScriptedServer server = await ScriptedServer.StartAsync((context, number) =>
        {
            if (number == 1)
            {
                context.Response.StatusCode = 302;
                context.Response.Headers.Location = "/landing";
                return Task.CompletedTask;
            }

            context.Response.ContentType = "text/plain";
            return context.Response.WriteAsync("landed");
        });
        using HttpClient http = ApiHttpClientFactory.Create(TestOptions.For(server.BaseAddress));
        using HttpRequestMessage request = ApiCalls.CreateRequest(HttpMethod.Get);
        request.RequestUri = ApiUri.Create(http.BaseAddress, null, "/start");

        using HttpResponseMessage response = await ApiHttp.SendAsync(http, request, "probe-op", CancellationToken.None).WaitAsync(Calls.HangGuard);

        Assert.Equal("landed", await ApiHttp.ReadTextAsync(response, CancellationToken.None));
        CallRequest hop = Assert.IsType<CallRequest>(response.RequestMessage);
        Assert.NotSame(request, hop);
        Assert.Equal("/landing", hop.RequestUri!.AbsolutePath);
        Assert.Equal("probe-op", hop.OperationId);
        Assert.NotNull(hop.Budget);
        Assert.Same(((CallRequest)request).Budget, hop.Budget);
        Assert.Empty(request.Options);
    }

    [Fact]
    public void The_route_survives_a_pending_bearer_and_the_next_hop()
    {
        using HttpRequestMessage request = ApiCalls.CreateRequest(HttpMethod.Get, "/pools/{id}");
        var call = Assert.IsType<CallRequest>(request);

        ApiSecurity.ApplyBearerIfSet(request, "Bearer", null, _ => ValueTask.FromResult("t"), null, "read");

        Assert.Equal("/pools/{id}", call.Route?.Template);
        Assert.Equal("read", Assert.IsType<PendingBearer>(call.Bearer).Scopes);
        Assert.Equal("/pools/{id}", call.NextHop(HttpMethod.Get, new Uri("https://example.test/next")).Route?.Template);
        call.Bearer = null;
        Assert.Equal("/pools/{id}", call.Route?.Template);
        Assert.Empty(request.Options);
    }

    [Fact]
    public async Task A_body_over_the_clients_limit_names_the_operation_of_a_generated_request()
    {
        await using ScriptedServer server = await ScriptedServer.StartAsync((context, _) =>
        {
            context.Response.ContentType = "application/octet-stream";
            return context.Response.WriteAsync(new string('x', 4096));
        });
        TestOptions options = TestOptions.For(server.BaseAddress);
        options.MaxResponseBodyBytes = 1024;
        using HttpClient http = ApiHttpClientFactory.Create(options);

        ApiResponseTooLargeException ex = await Assert.ThrowsAsync<ApiResponseTooLargeException>(
            () => Calls.SendAsync(http, ApiHttp.ReadBytesAsync, asGenerated: true).WaitAsync(Calls.HangGuard));

        Assert.Equal(Calls.OperationId, ex.OperationId);
    }

    [Fact]
    public void A_JSON_body_carries_the_spec_media_type_as_written_and_a_line_break_is_refused()
    {
        using HttpContent content = ApiContent.Json(new PoolList(), TestJsonContext.Default.PoolList, "application/vnd.api+json; version=2");

        Assert.Equal("application/vnd.api+json", content.Headers.ContentType!.MediaType);
        Assert.Equal("application/vnd.api+json; version=2", string.Join(",", content.Headers.NonValidated["Content-Type"]));
        ArgumentException ex = Assert.Throws<ArgumentException>(() => ApiContent.Json(new PoolList(), TestJsonContext.Default.PoolList, "application/json\r\nX-Injected: 1"));
        Assert.Contains("content type", ex.Message, StringComparison.Ordinal);
    }
}
