using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Prolific.LocalServer;

namespace SpecClient.Runtime.Tests;

public sealed class LocalServerTests
{
    private static Task<PoolList> ListAsync(HttpClient http, string workspaceId, string? token)
    {
        var query = new ApiQueryBuilder();
        query.Add("workspace_id", workspaceId);
        return TestApi.CallAsync(http, HttpMethod.Get, "/api/v1/credentials/" + query, "list-credential-pools", TestJsonContext.Default.PoolList, token, errorType: TestJsonContext.Default.ErrorBody);
    }

    private static Task<PoolId> CreateAsync(HttpClient http, string credentials, string workspaceId, string? token)
        => TestApi.CallAsync(http, HttpMethod.Post, "/api/v1/credentials/", "create-credential-pool", TestJsonContext.Default.PoolId, token, TestApi.CreateBody(credentials, workspaceId), TestJsonContext.Default.ErrorBody);

    private static Task<PoolId> UpdateAsync(HttpClient http, string poolId, string credentials, string? token)
        => TestApi.CallAsync(http, HttpMethod.Patch, "/api/v1/credentials/" + ApiPath.Escape(poolId) + "/", "update-credential-pool", TestJsonContext.Default.PoolId, token, TestApi.UpdateBody(credentials), TestJsonContext.Default.ErrorBody);

    [Fact]
    public async Task Create_list_update_flow_is_additive()
    {
        await using LocalProlificServer server = await LocalProlificServer.StartAsync();
        using HttpClient http = TestApi.Client(server);

        Assert.Empty((await ListAsync(http, server.WorkspaceId, server.Token)).CredentialPools!);

        PoolId created = await CreateAsync(http, "user1,pass1\nuser2,pass2\nuser3,pass3", server.WorkspaceId, server.Token);
        Assert.StartsWith("cred_pool_", created.CredentialPoolId, StringComparison.Ordinal);

        PoolId updated = await UpdateAsync(http, created.CredentialPoolId!, "user4,pass4\nuser5,pass5\n", server.Token);
        Assert.Equal(created.CredentialPoolId, updated.CredentialPoolId);
        server.Redeem(created.CredentialPoolId!, 2);

        PoolSummary pool = Assert.Single((await ListAsync(http, server.WorkspaceId, server.Token)).CredentialPools!);
        Assert.Equal(created.CredentialPoolId, pool.CredentialPoolId);
        Assert.Equal(5, pool.TotalCredentials);
        Assert.Equal(3, pool.AvailableCredentials);
        Assert.Equal(server.WorkspaceId, pool.WorkspaceId);
        Assert.Equal(new[] { "user1", "user2", "user3", "user4", "user5" }, server.GetUsernames(created.CredentialPoolId!));
        Assert.True(server.HasCredential(created.CredentialPoolId!, "user1", "pass1"));
        Assert.True(server.HasCredential(created.CredentialPoolId!, "user5", "pass5"));

        string[] targets = server.Requests.Select(r => r.Method + " " + r.RawTarget).ToArray();
        Assert.Equal(
            new[]
            {
                "GET /api/v1/credentials/?workspace_id=" + server.WorkspaceId,
                "POST /api/v1/credentials/",
                "PATCH /api/v1/credentials/" + created.CredentialPoolId + "/",
                "GET /api/v1/credentials/?workspace_id=" + server.WorkspaceId,
            },
            targets);
        Assert.All(server.Requests, r => Assert.Equal("Token " + server.Token, r.Headers["Authorization"]));
        Assert.Equal("{\"credentials\":\"user1,pass1\\nuser2,pass2\\nuser3,pass3\",\"workspace_id\":\"" + server.WorkspaceId + "\"}", server.Requests[1].Body);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-token")]
    public async Task Missing_or_wrong_token_is_401_with_json_error(string? token)
    {
        await using LocalProlificServer server = await LocalProlificServer.StartAsync();
        using HttpClient http = TestApi.Client(server);

        var ex = await Assert.ThrowsAsync<ApiUnauthorizedException>(() => ListAsync(http, server.WorkspaceId, token));

        Assert.NotNull(ex.GetError<ErrorBody>()?.Error);
        Assert.Equal("Token", ex.Headers["WWW-Authenticate"].Single());
        Assert.NotNull(ex.RequestId);
    }

    [Fact]
    public async Task Wrong_scheme_is_401()
    {
        await using LocalProlificServer server = await LocalProlificServer.StartAsync();
        using HttpClient http = TestApi.Client(server);
        using var request = new HttpRequestMessage(HttpMethod.Get, ApiUri.Create(http.BaseAddress, null, "/api/v1/credentials/?workspace_id=" + server.WorkspaceId));
        ApiSecurity.ApplyHttpToken(request, "Bearer", server.Token);
        using HttpResponseMessage response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Foreign_workspace_is_403_for_every_operation()
    {
        await using LocalProlificServer server = await LocalProlificServer.StartAsync();
        string foreignPool = server.SeedPool(server.ForeignWorkspaceId, "x,y");
        using HttpClient http = TestApi.Client(server);

        await Assert.ThrowsAsync<ApiForbiddenException>(() => ListAsync(http, server.ForeignWorkspaceId, server.Token));
        await Assert.ThrowsAsync<ApiForbiddenException>(() => CreateAsync(http, "a,b", server.ForeignWorkspaceId, server.Token));
        await Assert.ThrowsAsync<ApiForbiddenException>(() => UpdateAsync(http, foreignPool, "a,b", server.Token));
        Assert.Equal(new[] { "x" }, server.GetUsernames(foreignPool));
    }

    [Fact]
    public async Task Missing_workspace_id_is_400()
    {
        await using LocalProlificServer server = await LocalProlificServer.StartAsync();
        using HttpClient http = TestApi.Client(server);
        var ex = await Assert.ThrowsAsync<ApiBadRequestException>(() => TestApi.CallAsync(http, HttpMethod.Get, "/api/v1/credentials/", "list-credential-pools", TestJsonContext.Default.PoolList, server.Token, errorType: TestJsonContext.Default.ErrorBody));
        Assert.Contains("workspace_id", ex.GetError<ErrorBody>()!.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[]")]
    [InlineData("{\"workspace_id\":\"WS\"}")]
    [InlineData("{\"credentials\":\"a,b\"}")]
    [InlineData("{\"credentials\":42,\"workspace_id\":\"WS\"}")]
    [InlineData("{\"credentials\":\"\",\"workspace_id\":\"WS\"}")]
    [InlineData("{\"credentials\":\"nocomma\",\"workspace_id\":\"WS\"}")]
    [InlineData("{\"credentials\":\"a,b\\n,c\",\"workspace_id\":\"WS\"}")]
    [InlineData("{\"credentials\":\"a,\",\"workspace_id\":\"WS\"}")]
    [InlineData("{\"credentials\":\"a,b\\n\\nc,d\",\"workspace_id\":\"WS\"}")]
    public async Task Malformed_create_body_is_400_without_echoing_credentials(string body)
    {
        await using LocalProlificServer server = await LocalProlificServer.StartAsync();
        using HttpClient http = TestApi.Client(server);
        string json = body.Replace("WS", server.WorkspaceId, StringComparison.Ordinal);

        var ex = await Assert.ThrowsAsync<ApiBadRequestException>(() => TestApi.CallAsync(http, HttpMethod.Post, "/api/v1/credentials/", "create-credential-pool", TestJsonContext.Default.PoolId, server.Token, json, TestJsonContext.Default.ErrorBody));

        Assert.NotNull(ex.GetError<ErrorBody>()?.Error);
        Assert.DoesNotContain("nocomma", ex.ResponseBody!, StringComparison.Ordinal);
        Assert.Empty((await ListAsync(http, server.WorkspaceId, server.Token)).CredentialPools!);
    }

    [Fact]
    public async Task Duplicate_usernames_in_create_batch_are_409_naming_them()
    {
        await using LocalProlificServer server = await LocalProlificServer.StartAsync();
        using HttpClient http = TestApi.Client(server);

        var ex = await Assert.ThrowsAsync<ApiConflictException>(() => CreateAsync(http, "u1,p1\nu2,p2\nu1,p3", server.WorkspaceId, server.Token));

        Assert.Equal(new[] { "u1" }, ex.GetError<ErrorBody>()!.DuplicateUsernames);
        Assert.DoesNotContain("p3", ex.ResponseBody!, StringComparison.Ordinal);
        Assert.Empty((await ListAsync(http, server.WorkspaceId, server.Token)).CredentialPools!);
    }

    [Fact]
    public async Task Update_with_existing_username_is_409_naming_duplicates_and_changes_nothing()
    {
        await using LocalProlificServer server = await LocalProlificServer.StartAsync();
        using HttpClient http = TestApi.Client(server);
        PoolId created = await CreateAsync(http, "user1,pass1\nuser2,pass2", server.WorkspaceId, server.Token);

        var ex = await Assert.ThrowsAsync<ApiConflictException>(() => UpdateAsync(http, created.CredentialPoolId!, "user3,pass3\nuser2,other", server.Token));

        Assert.Equal(409, ex.StatusCode);
        Assert.Equal(new[] { "user2" }, ex.GetError<ErrorBody>()!.DuplicateUsernames);
        Assert.Equal(new[] { "user1", "user2" }, server.GetUsernames(created.CredentialPoolId!));
        Assert.Equal("Operation 'update-credential-pool' failed with status 409 (Conflict). Request id: " + ex.RequestId + ".", ex.Message);
    }

    [Fact]
    public async Task Unknown_pool_is_404()
    {
        await using LocalProlificServer server = await LocalProlificServer.StartAsync();
        using HttpClient http = TestApi.Client(server);
        await Assert.ThrowsAsync<ApiNotFoundException>(() => UpdateAsync(http, "cred_pool_missing", "a,b", server.Token));
    }

    [Theory]
    [InlineData("GET", "/api/v1/credentials", HttpStatusCode.NotFound)]
    [InlineData("PATCH", "/api/v1/credentials/POOL", HttpStatusCode.NotFound)]
    [InlineData("PATCH", "/api/v1/credentials/POOL/extra/", HttpStatusCode.NotFound)]
    [InlineData("GET", "/api/v1/credentials/POOL/", HttpStatusCode.MethodNotAllowed)]
    [InlineData("DELETE", "/api/v1/credentials/", HttpStatusCode.MethodNotAllowed)]
    [InlineData("PATCH", "/api/v1/credentials/POOL/", HttpStatusCode.OK)]
    public async Task Paths_need_their_documented_trailing_slash_and_method(string method, string path, HttpStatusCode expected)
    {
        await using LocalProlificServer server = await LocalProlificServer.StartAsync();
        string poolId = server.SeedPool(server.WorkspaceId, "a,b");
        using HttpClient http = TestApi.Client(server);
        using var request = new HttpRequestMessage(new HttpMethod(method), ApiUri.Create(http.BaseAddress, null, path.Replace("POOL", poolId, StringComparison.Ordinal)))
        {
            Content = new StringContent(TestApi.UpdateBody("c,d"), Encoding.UTF8, "application/json"),
        };
        ApiSecurity.ApplyHttpToken(request, "Token", server.Token);
        using HttpResponseMessage response = await http.SendAsync(request);
        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Options_set_token_and_workspaces_and_canned_responses_are_served_in_order()
    {
        await using LocalProlificServer server = await LocalProlificServer.StartAsync(new LocalProlificServerOptions
        {
            Token = "my-token",
            WorkspaceId = "ws-mine",
            ForeignWorkspaceId = "ws-other",
            CannedResponses = new[] { CannedResponse.Json(502, "{\"error\":\"down\"}") },
        });
        using HttpClient http = TestApi.Client(server);
        Assert.Equal("my-token", server.Token);
        Assert.Equal("ws-mine", server.WorkspaceId);
        Assert.Equal("ws-other", server.ForeignWorkspaceId);
        Assert.Equal("127.0.0.1", server.BaseAddress.Host);
        Assert.DoesNotContain("my-token", server.ToString(), StringComparison.Ordinal);

        var ex = await Assert.ThrowsAsync<ApiServerErrorException>(() => ListAsync(http, "ws-mine", "my-token"));
        Assert.Equal(502, ex.StatusCode);
        Assert.Empty((await ListAsync(http, "ws-mine", "my-token")).CredentialPools!);
        Assert.Equal(2, server.Requests.Count);
    }
}
