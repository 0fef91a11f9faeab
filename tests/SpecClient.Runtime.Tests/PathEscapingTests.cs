using System;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Prolific.LocalServer;

namespace SpecClient.Runtime.Tests;

public sealed class PathEscapingTests
{
    [Theory]
    [InlineData("cred_pool_123", "cred_pool_123")]
    [InlineData("a/b", "a%2Fb")]
    [InlineData("a?b", "a%3Fb")]
    [InlineData("a#b", "a%23b")]
    [InlineData("100%", "100%25")]
    [InlineData("%2F", "%252F")]
    [InlineData("a b", "a%20b")]
    [InlineData("a+b", "a%2Bb")]
    [InlineData(".", "%2E")]
    [InlineData("..", "%2E%2E")]
    [InlineData("...", "...")]
    [InlineData("../x", "..%2Fx")]
    [InlineData("é", "%C3%A9")]
    [InlineData("日本", "%E6%97%A5%E6%9C%AC")]
    [InlineData("😀", "%F0%9F%98%80")]
    [InlineData("a;b=c&d", "a%3Bb%3Dc%26d")]
    [InlineData("~-._", "~-._")]
    [InlineData("\\", "%5C")]
    [InlineData("", "")]
    public void Escape_encodes_everything_but_unreserved(string value, string expected)
    {
        Assert.Equal(expected, ApiPath.Escape(value));
    }

    [Theory]
    [InlineData("a/b", "a%2Fb")]
    [InlineData("a?b", "a%3Fb")]
    [InlineData("a#b", "a%23b")]
    [InlineData("100%", "100%25")]
    [InlineData("%2E%2E", "%252E%252E")]
    [InlineData("..", "%2E%2E")]
    [InlineData(".", "%2E")]
    [InlineData("a b", "a%20b")]
    [InlineData("résumé/日本", "r%C3%A9sum%C3%A9%2F%E6%97%A5%E6%9C%AC")]
    [InlineData("../../admin", "..%2F..%2Fadmin")]
    public async Task Escaped_segment_reaches_the_server_byte_for_byte(string value, string expectedSegment)
    {
        await using LocalProlificServer server = await LocalProlificServer.StartAsync();
        using HttpClient http = TestApi.Client(server);
        string pathAndQuery = "/api/v1/credentials/" + ApiPath.Escape(value) + "/";
        using var request = new HttpRequestMessage(HttpMethod.Patch, ApiUri.Create(http.BaseAddress, TestApi.DefaultServer, pathAndQuery))
        {
            Content = new StringContent(TestApi.UpdateBody("u,p"), System.Text.Encoding.UTF8, "application/json"),
        };
        ApiSecurity.ApplyHttpToken(request, "Token", server.Token);

        using HttpResponseMessage response = await ApiHttp.SendAsync(http, request, "update-credential-pool", default);

        RecordedRequest recorded = Assert.Single(server.Requests);
        Assert.Equal("/api/v1/credentials/" + expectedSegment + "/", recorded.RawTarget);
        Assert.Equal(value, Uri.UnescapeDataString(expectedSegment));

        // The server saw one pool-id segment (an unknown pool: 404), not another route (405) or path.
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Credential pool not found", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Escaped_pool_id_round_trips_to_an_existing_pool()
    {
        await using LocalProlificServer server = await LocalProlificServer.StartAsync();
        string poolId = server.SeedPool(server.WorkspaceId, "u1,p1");
        using HttpClient http = TestApi.Client(server);

        PoolId result = await TestApi.CallAsync(http, HttpMethod.Patch, "/api/v1/credentials/" + ApiPath.Escape(poolId) + "/", "update-credential-pool", TestJsonContext.Default.PoolId, server.Token, TestApi.UpdateBody("u2,p2"));

        Assert.Equal(poolId, result.CredentialPoolId);
        Assert.Equal(new[] { "u1", "u2" }, server.GetUsernames(poolId));
    }
}
