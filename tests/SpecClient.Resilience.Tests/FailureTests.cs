using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Faults.Api;
using Prolific.Credentials;
using Prolific.LocalServer;
using SpecClient.Resilience.Tests.Infrastructure;

namespace SpecClient.Resilience.Tests;

/// <summary>Broken answers over real HTTP: each is a typed exception naming the operation, with a bounded body.</summary>
public sealed class FailureTests : IAsyncLifetime
{
    private LocalProlificServer _server = null!;

    public async Task InitializeAsync() => _server = await LocalProlificServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private ProlificCredentialsClient Client() => ProlificCredentialsClient.Create(Servers.FastOptions(_server, maxRetryAttempts: 0));

    public static TheoryData<int, string?, string, Type> ErrorBodies() => new()
    {
        { 400, "application/json", "{\"error\":\"bad workspace\"}", typeof(ApiBadRequestException) },
        { 401, "text/html", "<html><body><h1>401</h1></body></html>", typeof(ApiUnauthorizedException) },
        { 403, null, string.Empty, typeof(ApiForbiddenException) },
        { 404, "text/html; charset=utf-8", "<!DOCTYPE html><title>Not found</title>", typeof(ApiNotFoundException) },
        { 409, "application/json", "{\"duplicate_usernames\":[]}", typeof(ApiConflictException) },
        { 418, "text/plain", "teapot", typeof(ApiException) },
        { 500, "application/json", "{\"detail\":\"boom\"}", typeof(ApiServerErrorException) },
        { 502, "text/html", "<html>Bad gateway</html>", typeof(ApiServerErrorException) },
        { 503, null, string.Empty, typeof(ApiServerErrorException) },
    };

    [Theory]
    [MemberData(nameof(ErrorBodies))]
    public async Task Error_statuses_with_JSON_HTML_or_empty_bodies_are_typed_exceptions_keeping_the_body(int status, string? contentType, string body, Type expected)
    {
        _server.Enqueue(new CannedResponse { StatusCode = status, ContentType = contentType, Body = body });

        ApiException ex = await Assert.ThrowsAnyAsync<ApiException>(() => Client().ListAllPoolsAsync(_server.WorkspaceId));

        Assert.IsType(expected, ex);
        Assert.Equal(status, ex.StatusCode);
        Assert.Equal("list-credential-pools", ex.OperationId);
        Assert.Equal(body, ex.ResponseBody);
        Assert.False(ex.IsResponseBodyTruncated);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(500)]
    public async Task An_enormous_error_body_is_capped_on_the_exception(int status)
    {
        byte[] body = Encoding.UTF8.GetBytes(new string('x', 8 * 1024 * 1024));
        _server.Enqueue(new CannedResponse { StatusCode = status, ContentType = "text/html", BodyBytes = body });

        ApiException ex = await Assert.ThrowsAnyAsync<ApiException>(() => Client().ListAllPoolsAsync(_server.WorkspaceId));

        Assert.Equal(status, ex.StatusCode);
        Assert.True(ex.IsResponseBodyTruncated);
        Assert.Equal(ApiHttp.MaxErrorBodyBytes, ex.ResponseBody!.Length);
    }

    [Theory]
    [InlineData("{\"credential_pools\": [ {\"credential_pool_id\": \"a\", \"total_credentials\": 5", "$.credential_pools[0].total_credentials")]
    [InlineData("{\"credential_pools\": [ {\"credential_pool_id\": 12} ] }", "$.credential_pools[0].credential_pool_id")]
    [InlineData("{\"credential_pools\": {]", "$.credential_pools")]
    [InlineData("not json at all", "$")]
    public async Task Malformed_or_truncated_JSON_on_success_names_the_operation_and_the_path(string json, string pathPrefix)
    {
        _server.Enqueue(CannedResponse.Json(200, json));

        ApiResponseFormatException ex = await Assert.ThrowsAsync<ApiResponseFormatException>(() => Client().ListAllPoolsAsync(_server.WorkspaceId));

        Assert.Equal("list-credential-pools", ex.OperationId);
        Assert.Equal(200, ex.StatusCode);
        Assert.NotNull(ex.JsonPath);
        Assert.StartsWith(pathPrefix, ex.JsonPath, StringComparison.Ordinal);
        Assert.Contains("list-credential-pools", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_success_with_an_HTML_content_type_is_a_format_exception_not_a_JsonException()
    {
        _server.Enqueue(new CannedResponse { StatusCode = 200, ContentType = "text/html", Body = "<html>login page</html>" });

        ApiResponseFormatException ex = await Assert.ThrowsAsync<ApiResponseFormatException>(() => Client().ListAllPoolsAsync(_server.WorkspaceId));

        Assert.Contains("text/html", ex.Message, StringComparison.Ordinal);
        Assert.Equal("<html>login page</html>", ex.ResponseBody);
    }

    [Fact]
    public async Task A_connection_reset_in_the_middle_of_a_success_body_is_an_ApiConnectionException()
    {
        var release = new TaskCompletionSource();
        _server.Enqueue(new CannedResponse
        {
            StatusCode = 200,
            ContentType = "application/json",
            BodyBytes = Encoding.UTF8.GetBytes("{\"credential_pools\": [" + string.Concat(Enumerable.Repeat("{\"credential_pool_id\":\"p\"},", 50))),
            AbortAfterBody = true,
            AbortWhen = release.Task,
        });
        Task<IReadOnlyList<CredentialPoolSummary>> call = Client().ListAllPoolsAsync(_server.WorkspaceId);
        release.SetResult();

        ApiConnectionException ex = await Assert.ThrowsAsync<ApiConnectionException>(() => call);

        Assert.Equal("list-credential-pools", ex.OperationId);
    }

    [Fact]
    public async Task A_response_missing_required_properties_names_them()
    {
        _server.Enqueue(CannedResponse.Json(200, "{\"id\":\"1\"}"));
        FaultsClient client = FaultsClient.Create(new FaultsClientOptions
        {
            BaseAddress = _server.BaseAddress,
            Credentials = new() { ApiToken = "k" },
            MaxRetryAttempts = 0,
        });

        ApiResponseFormatException ex = await Assert.ThrowsAsync<ApiResponseFormatException>(() => client.GetItemAsync("1"));

        Assert.Equal("get-item", ex.OperationId);
        Assert.Contains("name", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Path_values_cannot_change_the_path_or_query()
    {
        _server.Enqueue(CannedResponse.Json(200, "{}"));

        await Client().AppendCredentialsAsync("../x?y=1#z%2F", new CredentialBatch().Add("u", "p"));

        RecordedRequest request = Assert.Single(_server.Requests);
        Assert.Equal("/api/v1/credentials/..%2Fx%3Fy%3D1%23z%252F/", request.RawPath);
        Assert.Equal(string.Empty, request.RawQuery);
    }

    [Fact]
    public async Task Missing_required_arguments_are_rejected_by_name_before_anything_is_sent()
    {
        ProlificCredentialsClient client = Client();

        ArgumentException noPool = await Assert.ThrowsAnyAsync<ArgumentException>(() => client.AppendCredentialsAsync(null!, new CredentialBatch().Add("u", "p")));
        ArgumentException emptyPool = await Assert.ThrowsAnyAsync<ArgumentException>(() => client.UpdateCredentialPoolAsync(string.Empty, new UpdateCredentialPoolRequest { Credentials = "u,p" }));
        ArgumentException noWorkspace = await Assert.ThrowsAnyAsync<ArgumentException>(() => client.ListCredentialPoolsAsync(null!));

        Assert.Equal("credentialPoolId", noPool.ParamName);
        Assert.Equal("credentialPoolId", emptyPool.ParamName);
        Assert.Equal("workspaceId", noWorkspace.ParamName);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task A_header_value_with_CR_or_LF_is_rejected_before_sending()
    {
        var client = FaultsClient.Create(new FaultsClientOptions { BaseAddress = _server.BaseAddress, Credentials = new() { ApiToken = "k" }, MaxRetryAttempts = 0 });
        var bad = new FaultsClient(client.HttpClient, new FaultsClientCredentials { ApiToken = "k\r\nX-Injected: 1" });

        ArgumentException ex = await Assert.ThrowsAnyAsync<ArgumentException>(() => bad.GetItemAsync("1"));

        Assert.Contains("line break", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("X-Injected", ex.ToString(), StringComparison.Ordinal);

        Assert.Empty(_server.Requests);
    }
}
