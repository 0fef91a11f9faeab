using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Prolific.Credentials;
using Prolific.LocalServer;

namespace SpecClient.Client.Tests.Prolific;

/// <summary>The generated Prolific client over real HTTP on 127.0.0.1, against the local server the sample uses.</summary>
public class ProlificClientTests
{
    [Fact]
    public void The_options_ToString_names_every_setting_of_the_runtime_and_no_secret()
    {
        var options = new ProlificCredentialsClientOptions
        {
            BaseAddress = new Uri("https://user:pw@api.example/v1/?key=QUERY-SECRET"),
            Credentials = new() { ApiToken = "TOKEN-SECRET" },
            MaxRetryAttempts = 7,
            MaxResponseBodyBytes = 12345,
            RetryUnsafeMethods = true,
        };
        var settings = typeof(ApiClientOptions).GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance)
            .Where(p => p.CanWrite)
            .Select(p => p.Name)
            .ToArray();

        var text = options.ToString();

        Assert.Equal(12, settings.Length);
        Assert.All(settings, name => Assert.Contains(name + " = ", text, StringComparison.Ordinal));
        Assert.Contains("MaxRetryAttempts = 7,", text, StringComparison.Ordinal);
        Assert.Contains("MaxResponseBodyBytes = 12345,", text, StringComparison.Ordinal);
        Assert.Contains("RetryUnsafeMethods = True,", text, StringComparison.Ordinal);
        Assert.Contains("BaseAddress = https://api.example/v1/,", text, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET", text, StringComparison.Ordinal);
        Assert.DoesNotContain("pw", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_long_list_reads_every_value_and_shares_one_string_for_a_value_its_items_repeat()
    {
        await using var scope = await ProlificServerScope.StartAsync();
        var seeded = Enumerable.Range(0, 200).Select(i => scope.Server.SeedPool(scope.Server.WorkspaceId, "user" + i + ",pw" + i)).ToList();

        var response = await scope.Client.ListCredentialPoolsAsync(scope.Server.WorkspaceId);

        // A body this long (over 8 KiB) is read through a table of the short strings already read: the workspace every
        // item repeats is a few strings (an id that lands on its entry replaces it), not 200, and every other value is
        // still its own.
        var pools = response.CredentialPools!;
        Assert.Equal(200, pools.Count);
        Assert.Equal(seeded.OrderBy(id => id, StringComparer.Ordinal), pools.Select(p => p.CredentialPoolId!).OrderBy(id => id, StringComparer.Ordinal));
        Assert.All(pools, pool => Assert.Equal(scope.Server.WorkspaceId, pool.WorkspaceId));
        Assert.InRange(pools.Select(p => (object)p.WorkspaceId!).Distinct(System.Collections.Generic.ReferenceEqualityComparer.Instance).Count(), 1, 40);
    }

    [Fact]
    public async Task List_sends_the_documented_request_and_reads_the_pools()
    {
        await using var scope = await ProlificServerScope.StartAsync();
        var poolId = scope.Server.SeedPool(scope.Server.WorkspaceId, "ann,pw1\nbob,pw2\ncy,pw3");
        scope.Server.Redeem(poolId, 1);

        var response = await scope.Client.ListCredentialPoolsAsync(scope.Server.WorkspaceId);

        var request = Assert.Single(scope.Server.Requests);
        Assert.Equal("GET", request.Method);
        Assert.Equal("/api/v1/credentials/?workspace_id=" + scope.Server.WorkspaceId, request.RawTarget);
        Assert.Equal("Token " + scope.Server.Token, request.Headers["Authorization"]);
        var pool = Assert.Single(response.CredentialPools!);
        Assert.Equal(poolId, pool.CredentialPoolId);
        Assert.Equal(3, pool.TotalCredentials);
        Assert.Equal(2, pool.AvailableCredentials);
        Assert.Equal(scope.Server.WorkspaceId, pool.WorkspaceId);
    }

    [Fact]
    public async Task Create_posts_the_documented_json_body_byte_for_byte()
    {
        await using var scope = await ProlificServerScope.StartAsync();

        var created = await scope.Client.CreateCredentialPoolAsync(new CreateCredentialPoolRequest
        {
            Credentials = "user1,password1\nuser2,password2\nuser3,password3",
            WorkspaceId = scope.Server.WorkspaceId,
        });

        var request = Assert.Single(scope.Server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/api/v1/credentials/", request.RawTarget);
        Assert.Equal("application/json", request.Headers["Content-Type"]);
        Assert.Equal(
            "{\"credentials\":\"user1,password1\\nuser2,password2\\nuser3,password3\",\"workspace_id\":\"" + scope.Server.WorkspaceId + "\"}",
            request.Body);
        Assert.False(string.IsNullOrEmpty(created.CredentialPoolId));
        Assert.Equal(3, scope.Server.GetUsernames(created.CredentialPoolId!)!.Count);
    }

    [Fact]
    public async Task Update_patches_the_pool_path_with_its_trailing_slash_and_appends()
    {
        await using var scope = await ProlificServerScope.StartAsync();
        var poolId = scope.Server.SeedPool(scope.Server.WorkspaceId, "user1,password1");

        var updated = await scope.Client.UpdateCredentialPoolAsync(poolId, new UpdateCredentialPoolRequest { Credentials = "user4,password4\nuser5,password5" });

        var request = Assert.Single(scope.Server.Requests);
        Assert.Equal("PATCH", request.Method);
        Assert.Equal($"/api/v1/credentials/{poolId}/", request.RawTarget);
        Assert.Equal("{\"credentials\":\"user4,password4\\nuser5,password5\"}", request.Body);
        Assert.Equal(poolId, updated.CredentialPoolId);
        Assert.Equal(new[] { "user1", "user4", "user5" }, scope.Server.GetUsernames(poolId));
    }

    [Theory]
    [InlineData("a/b", "/api/v1/credentials/a%2Fb/")]
    [InlineData("a?b=c", "/api/v1/credentials/a%3Fb%3Dc/")]
    [InlineData("a#b", "/api/v1/credentials/a%23b/")]
    [InlineData("..", "/api/v1/credentials/%2E%2E/")]
    [InlineData("../../admin", "/api/v1/credentials/..%2F..%2Fadmin/")]
    [InlineData("100%", "/api/v1/credentials/100%25/")]
    [InlineData("café", "/api/v1/credentials/caf%C3%A9/")]
    public async Task Path_values_cannot_change_the_request_path(string poolId, string expectedTarget)
    {
        await using var scope = await ProlificServerScope.StartAsync();

        await Assert.ThrowsAsync<ApiNotFoundException>(() =>
            scope.Client.UpdateCredentialPoolAsync(poolId, new UpdateCredentialPoolRequest { Credentials = "u,p" }));

        Assert.Equal(expectedTarget, Assert.Single(scope.Server.Requests).RawTarget);
    }

    [Fact]
    public async Task Query_values_are_escaped()
    {
        await using var scope = await ProlificServerScope.StartAsync();

        await Assert.ThrowsAsync<ApiForbiddenException>(() => scope.Client.ListCredentialPoolsAsync("ws&admin=1#x"));

        Assert.Equal("/api/v1/credentials/?workspace_id=ws%26admin%3D1%23x", Assert.Single(scope.Server.Requests).RawTarget);
    }

    [Fact]
    public async Task Each_documented_status_maps_to_its_exception()
    {
        await using var scope = await ProlificServerScope.StartAsync();
        var poolId = scope.Server.SeedPool(scope.Server.WorkspaceId, "taken,pw");

        var badRequest = await Assert.ThrowsAsync<ApiBadRequestException>(() =>
            scope.Client.CreateCredentialPoolAsync(new CreateCredentialPoolRequest { Credentials = "no-comma-here", WorkspaceId = scope.Server.WorkspaceId }));
        var forbidden = await Assert.ThrowsAsync<ApiForbiddenException>(() => scope.Client.ListCredentialPoolsAsync(scope.Server.ForeignWorkspaceId));
        var notFound = await Assert.ThrowsAsync<ApiNotFoundException>(() =>
            scope.Client.UpdateCredentialPoolAsync("cred_pool_missing", new UpdateCredentialPoolRequest { Credentials = "u,p" }));
        var conflict = await Assert.ThrowsAsync<ApiConflictException>(() =>
            scope.Client.UpdateCredentialPoolAsync(poolId, new UpdateCredentialPoolRequest { Credentials = "taken,other" }));
        scope.Server.Enqueue(new CannedResponse { StatusCode = 502, ContentType = "text/html", Body = "<html>Bad gateway</html>" });
        var badGateway = await Assert.ThrowsAsync<ApiServerErrorException>(() => scope.Client.ListCredentialPoolsAsync(scope.Server.WorkspaceId));

        Assert.Equal(400, badRequest.StatusCode);
        Assert.Equal("create-credential-pool", badRequest.OperationId);
        Assert.Equal(403, forbidden.StatusCode);
        Assert.Equal(404, notFound.StatusCode);
        Assert.Equal(409, conflict.StatusCode);
        Assert.Contains("taken", conflict.ResponseBody);
        Assert.Equal(502, badGateway.StatusCode);
        Assert.Equal("<html>Bad gateway</html>", badGateway.ResponseBody);
        Assert.Equal(new[] { "taken" }, scope.Server.GetUsernames(poolId));
    }

    [Fact]
    public async Task A_wrong_token_is_unauthorized_and_never_appears_in_the_exception()
    {
        await using var server = await LocalProlificServer.StartAsync();
        using var httpClient = new HttpClient { BaseAddress = server.BaseAddress };
        const string wrongToken = "secret-token-that-must-not-leak";
        var client = new ProlificCredentialsClient(httpClient, new ProlificCredentialsClientCredentials { ApiToken = wrongToken });

        var exception = await Assert.ThrowsAsync<ApiUnauthorizedException>(() => client.ListCredentialPoolsAsync(server.WorkspaceId));

        Assert.Equal(401, exception.StatusCode);
        Assert.DoesNotContain(wrongToken, exception.ToString());
        Assert.DoesNotContain(wrongToken, new ProlificCredentialsClientCredentials { ApiToken = wrongToken }.ToString());
    }

    [Fact]
    public async Task A_client_built_from_an_httpclient_alone_sends_what_the_httpclient_sends()
    {
        await using var server = await LocalProlificServer.StartAsync();
        using var httpClient = new HttpClient { BaseAddress = server.BaseAddress };
        httpClient.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Token " + server.Token);
        var client = new ProlificCredentialsClient(httpClient);

        var response = await client.ListCredentialPoolsAsync(server.WorkspaceId);

        Assert.NotNull(response);
        Assert.Equal("Token " + server.Token, Assert.Single(server.Requests).Headers["Authorization"]);
    }

    [Fact]
    public async Task The_client_is_usable_through_its_generated_interface()
    {
        await using var scope = await ProlificServerScope.StartAsync();
        var poolId = scope.Server.SeedPool(scope.Server.WorkspaceId, "ann,pw1");
        IProlificCredentialsClient client = scope.Client;

        var listed = await client.ListCredentialPoolsAsync(scope.Server.WorkspaceId);

        Assert.Equal(poolId, Assert.Single(listed.CredentialPools!).CredentialPoolId);
        Assert.Equal("Token " + scope.Server.Token, Assert.Single(scope.Server.Requests).Headers["Authorization"]);
    }

    [Fact]
    public void Without_a_base_address_the_spec_server_is_used()
    {
        Assert.Equal("https://api.prolific.com", ProlificCredentialsClient.DefaultBaseUrl);
    }

    [Fact]
    public async Task Required_arguments_are_checked_before_anything_is_sent()
    {
        await using var scope = await ProlificServerScope.StartAsync();

        var nullWorkspace = await Assert.ThrowsAsync<ArgumentNullException>(() => scope.Client.ListCredentialPoolsAsync(null!));
        var emptyPool = await Assert.ThrowsAsync<ArgumentException>(() =>
            scope.Client.UpdateCredentialPoolAsync("", new UpdateCredentialPoolRequest { Credentials = "u,p" }));
        var nullBody = await Assert.ThrowsAsync<ArgumentNullException>(() => scope.Client.CreateCredentialPoolAsync(null!));

        Assert.Equal("workspaceId", nullWorkspace.ParamName);
        Assert.Equal("credentialPoolId", emptyPool.ParamName);
        Assert.Equal("body", nullBody.ParamName);
        Assert.Empty(scope.Server.Requests);
    }

    [Fact]
    public async Task The_partial_class_hooks_see_every_request_and_response()
    {
        await using var scope = await ProlificServerScope.StartAsync();

        await scope.Client.ListCredentialPoolsAsync(scope.Server.WorkspaceId);
        await Assert.ThrowsAsync<ApiForbiddenException>(() => scope.Client.ListCredentialPoolsAsync(scope.Server.ForeignWorkspaceId));

        Assert.Equal(new[] { "list-credential-pools", "list-credential-pools" }, scope.Client.PreparedOperations);
        Assert.Equal(new[] { 200, 403 }, scope.Client.ReceivedStatuses);
        Assert.All(scope.Server.Requests, r => Assert.Equal("list-credential-pools", r.Headers["X-Test-Hook"]));
    }

    [Fact]
    public async Task A_null_pool_list_reads_as_null()
    {
        await using var scope = await ProlificServerScope.StartAsync();
        scope.Server.Enqueue(CannedResponse.Json(200, "{\"credential_pools\":null}"));

        var response = await scope.Client.ListCredentialPoolsAsync(scope.Server.WorkspaceId);

        Assert.Null(response.CredentialPools);
    }

    [Fact]
    public async Task Malformed_json_on_success_names_the_operation_and_the_path()
    {
        await using var scope = await ProlificServerScope.StartAsync();
        scope.Server.Enqueue(CannedResponse.Json(200, "{\"credential_pools\":[{\"total_credentials\":\"three\"}]}"));

        var exception = await Assert.ThrowsAsync<ApiResponseFormatException>(() => scope.Client.ListCredentialPoolsAsync(scope.Server.WorkspaceId));

        Assert.Contains("list-credential-pools", exception.Message);
        Assert.Equal("$.credential_pools[0].total_credentials", exception.JsonPath);
    }
}
