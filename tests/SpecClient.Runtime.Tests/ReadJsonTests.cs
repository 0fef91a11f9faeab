using System;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using Prolific.LocalServer;

namespace SpecClient.Runtime.Tests;

public sealed class ReadJsonTests
{
    private static async Task<T> ReadAsync<T>(LocalProlificServer server, CannedResponse canned, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type, string operationId = "list-credential-pools")
    {
        server.Enqueue(canned);
        using HttpClient http = TestApi.Client(server);
        return await TestApi.CallAsync(http, HttpMethod.Get, "/api/v1/credentials/?workspace_id=w", operationId, type, server.Token);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/vnd.prolific+json")]
    [InlineData("APPLICATION/JSON")]
    [InlineData(null)]
    public async Task Json_body_is_read_for_json_or_missing_content_type(string? contentType)
    {
        await using LocalProlificServer server = await LocalProlificServer.StartAsync();
        PoolList list = await ReadAsync(
            server,
            new CannedResponse { ContentType = contentType, Body = "{\"credential_pools\":[{\"credential_pool_id\":\"p1\",\"total_credentials\":3,\"available_credentials\":2,\"workspace_id\":\"w\"}]}" },
            TestJsonContext.Default.PoolList);

        PoolSummary pool = Assert.Single(list.CredentialPools!);
        Assert.Equal("p1", pool.CredentialPoolId);
        Assert.Equal(3, pool.TotalCredentials);
        Assert.Equal(2, pool.AvailableCredentials);
    }

    [Fact]
    public async Task Malformed_json_names_operation_and_path()
    {
        await using LocalProlificServer server = await LocalProlificServer.StartAsync();
        var ex = await Assert.ThrowsAsync<ApiResponseFormatException>(() => ReadAsync(
            server,
            CannedResponse.Json(200, "{\"credential_pools\":[{\"credential_pool_id\":\"p1\",\"total_credentials\":\"three\"}]}"),
            TestJsonContext.Default.PoolList));

        Assert.Equal("list-credential-pools", ex.OperationId);
        Assert.Equal(200, ex.StatusCode);
        Assert.Equal("$.credential_pools[0].total_credentials", ex.JsonPath);
        Assert.Contains("'list-credential-pools'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("$.credential_pools[0].total_credentials", ex.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<JsonException>(ex.InnerException);
        Assert.IsAssignableFrom<ApiException>(ex);
    }

    [Fact]
    public async Task Truncated_json_is_a_format_error_with_path()
    {
        await using LocalProlificServer server = await LocalProlificServer.StartAsync();
        var ex = await Assert.ThrowsAsync<ApiResponseFormatException>(() => ReadAsync(
            server,
            CannedResponse.Json(200, "{\"credential_pools\":[{\"credential_pool_id\":\"p1\""),
            TestJsonContext.Default.PoolList));

        Assert.NotNull(ex.JsonPath);
        Assert.StartsWith("$.credential_pools[0]", ex.JsonPath, StringComparison.Ordinal);
        Assert.Contains(ex.JsonPath!, ex.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<JsonException>(ex.InnerException);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json at all")]
    [InlineData("[1,2,3]")]
    public async Task Garbage_is_a_format_error(string body)
    {
        await using LocalProlificServer server = await LocalProlificServer.StartAsync();
        var ex = await Assert.ThrowsAsync<ApiResponseFormatException>(() => ReadAsync(server, CannedResponse.Json(201, body), TestJsonContext.Default.PoolId, "create-credential-pool"));

        Assert.Equal(201, ex.StatusCode);
        Assert.Contains("'create-credential-pool'", ex.Message, StringComparison.Ordinal);
        Assert.NotNull(ex.JsonPath);
    }

    [Fact]
    public async Task Json_null_for_non_nullable_body_is_a_format_error()
    {
        await using LocalProlificServer server = await LocalProlificServer.StartAsync();
        var ex = await Assert.ThrowsAsync<ApiResponseFormatException>(() => ReadAsync(server, CannedResponse.Json(200, "null"), TestJsonContext.Default.PoolId));

        Assert.Equal("$", ex.JsonPath);
        Assert.Contains("null", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_null_is_accepted_for_nullable_value_type_and_nullable_read()
    {
        await using LocalProlificServer server = await LocalProlificServer.StartAsync();
        Assert.Null(await ReadAsync(server, CannedResponse.Json(200, "null"), TestJsonContext.Default.NullableInt32));

        server.Enqueue(CannedResponse.Json(200, "null"));
        using HttpClient http = TestApi.Client(server);
        using HttpResponseMessage response = await http.GetAsync(new Uri(server.BaseAddress, "x"), HttpCompletionOption.ResponseHeadersRead);
        Assert.Null(await ApiHttp.ReadNullableJsonAsync(response, TestJsonContext.Default.PoolId, "op", default));
    }

    [Theory]
    [InlineData("text/html", "<html>maintenance</html>")]
    [InlineData("text/plain", "{\"credential_pool_id\":\"p\"}")]
    [InlineData("application/xml", "<a/>")]
    public async Task Non_json_content_type_on_success_is_a_format_error_with_body(string contentType, string body)
    {
        await using LocalProlificServer server = await LocalProlificServer.StartAsync();
        var ex = await Assert.ThrowsAsync<ApiResponseFormatException>(() => ReadAsync(
            server, new CannedResponse { StatusCode = 200, ContentType = contentType, Body = body }, TestJsonContext.Default.PoolId, "update-credential-pool"));

        Assert.Contains("'update-credential-pool'", ex.Message, StringComparison.Ordinal);
        Assert.Contains(contentType, ex.Message, StringComparison.Ordinal);
        Assert.Equal(body, ex.ResponseBody);
        Assert.Null(ex.JsonPath);
    }

    [Fact]
    public async Task ReadText_returns_body_text()
    {
        await using LocalProlificServer server = await LocalProlificServer.StartAsync();
        server.Enqueue(new CannedResponse { ContentType = "text/plain; charset=utf-8", Body = "héllo" });
        using HttpClient http = TestApi.Client(server);
        using HttpResponseMessage response = await http.GetAsync(new Uri(server.BaseAddress, "x"), HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("héllo", await ApiHttp.ReadTextAsync(response, default));
    }
}
