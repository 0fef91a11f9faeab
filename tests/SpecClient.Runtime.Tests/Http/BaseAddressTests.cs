using System;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using SpecClient.Runtime.Tests.Infrastructure;

namespace SpecClient.Runtime.Tests.Http;

/// <summary>A relative server URL in the spec (<c>/api/v3</c>) is resolved against the configured base address, never as a file path.</summary>
public sealed class BaseAddressTests
{
    [Fact]
    public void A_relative_server_URL_never_becomes_the_client_base_address()
    {
        using var http = new HttpClient();

        ApiHttpClientFactory.Configure(http, new TestOptions(), "/api/v3");

        Assert.Null(http.BaseAddress);
    }

    [Fact]
    public void Without_a_configured_base_a_relative_server_URL_is_a_clear_error()
    {
        using HttpClient http = ApiHttpClientFactory.Create(new TestOptions(), "/api/v3");

        var ex = Assert.Throws<InvalidOperationException>(() => ApiUri.Create(http.BaseAddress, "/api/v3", "/pets"));

        Assert.Contains("'/api/v3' is relative", ex.Message, StringComparison.Ordinal);
        Assert.Contains("BaseAddress", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_relative_server_URL_is_joined_to_the_configured_base_address()
    {
        await using ScriptedServer server = await ScriptedServer.StartAsync((context, _) => context.Response.WriteAsync("ok"));
        using HttpClient http = ApiHttpClientFactory.Create(TestOptions.For(server.BaseAddress), "/api/v3");
        using var request = new HttpRequestMessage(HttpMethod.Get, ApiUri.Create(http.BaseAddress, "/api/v3", "/pets?limit=1"));

        using HttpResponseMessage response = await ApiHttp.SendAsync(http, request, "list-pets", default);

        Assert.Equal("/api/v3/pets?limit=1", Assert.Single(server.Requests).Target);
    }

    [Fact]
    public void A_base_address_that_is_not_http_is_a_clear_error()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => ApiUri.Create(new Uri("file:///api/v3"), "/api/v3", "/pets"));

        Assert.Contains("absolute http or https", ex.Message, StringComparison.Ordinal);
    }
}
