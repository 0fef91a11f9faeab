using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Prolific.LocalServer;

namespace SpecClient.Runtime.Tests;

public sealed class ExceptionMappingTests
{
    [Theory]
    [InlineData(400, typeof(ApiBadRequestException))]
    [InlineData(401, typeof(ApiUnauthorizedException))]
    [InlineData(403, typeof(ApiForbiddenException))]
    [InlineData(404, typeof(ApiNotFoundException))]
    [InlineData(409, typeof(ApiConflictException))]
    [InlineData(429, typeof(ApiRateLimitedException))]
    [InlineData(500, typeof(ApiServerErrorException))]
    [InlineData(502, typeof(ApiServerErrorException))]
    [InlineData(503, typeof(ApiServerErrorException))]
    [InlineData(599, typeof(ApiServerErrorException))]
    [InlineData(405, typeof(ApiException))]
    [InlineData(418, typeof(ApiException))]
    [InlineData(422, typeof(ApiException))]
    [InlineData(302, typeof(ApiException))]
    public async Task Status_maps_to_exception_kind_with_status_body_request_id_and_headers(int status, Type expected)
    {
        await using LocalProlificServer server = await LocalProlificServer.StartAsync();
        ApiException ex = await TestApi.FailAsync(server, new CannedResponse
        {
            StatusCode = status,
            ContentType = "application/json",
            Body = "{\"error\":\"boom\"}",
            Headers = new Dictionary<string, string> { ["X-Request-Id"] = "abc-123", ["X-Custom"] = "v1" },
        });

        Assert.Equal(expected, ex.GetType());
        Assert.Equal(status, ex.StatusCode);
        Assert.Equal("probe-op", ex.OperationId);
        Assert.Equal("{\"error\":\"boom\"}", ex.ResponseBody);
        Assert.False(ex.IsResponseBodyTruncated);
        Assert.Equal("abc-123", ex.RequestId);
        Assert.Equal(new[] { "v1" }, ex.Headers["x-custom"]);
        Assert.Equal(new[] { "v1" }, ex.Headers["X-CUSTOM"]);
        Assert.StartsWith("application/json", ex.Headers["content-type"].Single(), StringComparison.Ordinal);
        Assert.Null(ex.Error);
    }

    [Fact]
    public async Task Message_names_operation_status_phrase_and_request_id()
    {
        await using LocalProlificServer server = await LocalProlificServer.StartAsync();
        ApiException ex = await TestApi.FailAsync(
            server,
            new CannedResponse { StatusCode = 404, Headers = new Dictionary<string, string> { ["x-request-id"] = "abc" } },
            "update-credential-pool");

        Assert.Equal("Operation 'update-credential-pool' failed with status 404 (Not Found). Request id: abc.", ex.Message);
    }

    [Fact]
    public void Message_without_request_id_or_known_phrase()
    {
        var ex = new ApiException("op", 499);
        Assert.Equal("Operation 'op' failed with status 499.", ex.Message);
        Assert.Null(ex.RequestId);
        Assert.Empty(ex.Headers);
    }

    [Theory]
    [InlineData("request-id")]
    [InlineData("x-correlation-id")]
    public async Task Request_id_is_read_from_alternative_headers(string header)
    {
        await using LocalProlificServer server = await LocalProlificServer.StartAsync();
        // The server stamps x-request-id on every response; blank it so the alternative header is the only id.
        var canned = new CannedResponse { StatusCode = 500, Headers = new Dictionary<string, string> { [header] = "rid-9", ["x-request-id"] = string.Empty } };
        ApiException ex = await TestApi.FailAsync(server, canned);

        Assert.Equal("rid-9", ex.RequestId);
        Assert.Contains("Request id: rid-9.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Typed_error_body_is_read_when_json()
    {
        await using LocalProlificServer server = await LocalProlificServer.StartAsync();
        ApiException ex = await TestApi.FailAsync(
            server,
            CannedResponse.Json(409, "{\"error\":\"dup\",\"duplicate_usernames\":[\"user2\"]}"),
            errorType: TestJsonContext.Default.ErrorBody);

        ErrorBody? error = ex.GetError<ErrorBody>();
        Assert.NotNull(error);
        Assert.Same(ex.Error, error);
        Assert.Equal("dup", error.Error);
        Assert.Equal(new[] { "user2" }, error.DuplicateUsernames);
        Assert.Null(ex.GetError<PoolList>());
    }

    [Theory]
    [InlineData("application/json", "{not json")]
    [InlineData("application/json", "")]
    [InlineData("text/plain", "{\"error\":\"dup\"}")]
    [InlineData("text/html", "<html><body>Bad gateway</body></html>")]
    public async Task Unreadable_error_body_leaves_error_null_and_keeps_raw_text(string contentType, string body)
    {
        await using LocalProlificServer server = await LocalProlificServer.StartAsync();
        ApiException ex = await TestApi.FailAsync(
            server,
            new CannedResponse { StatusCode = 502, ContentType = contentType, Body = body },
            errorType: TestJsonContext.Default.ErrorBody);

        Assert.IsType<ApiServerErrorException>(ex);
        Assert.Null(ex.Error);
        Assert.Equal(body, ex.ResponseBody);
    }

    [Fact]
    public async Task Missing_content_type_error_body_is_still_tried_as_json()
    {
        await using LocalProlificServer server = await LocalProlificServer.StartAsync();
        ApiException ex = await TestApi.FailAsync(
            server,
            new CannedResponse { StatusCode = 400, Body = "{\"error\":\"bad\"}" },
            errorType: TestJsonContext.Default.ErrorBody);

        Assert.Equal("bad", ex.GetError<ErrorBody>()?.Error);
    }

    [Fact]
    public async Task Huge_error_body_is_capped_at_64_KiB()
    {
        await using LocalProlificServer server = await LocalProlificServer.StartAsync();
        byte[] body = Encoding.ASCII.GetBytes(new string('x', 5 * 1024 * 1024));
        ApiException ex = await TestApi.FailAsync(server, new CannedResponse { StatusCode = 500, ContentType = "text/plain", BodyBytes = body });

        Assert.True(ex.IsResponseBodyTruncated);
        Assert.Equal(64 * 1024, ex.ResponseBody!.Length);
        Assert.Equal(ApiHttp.MaxErrorBodyBytes, ex.ResponseBody.Length);
    }

    [Fact]
    public async Task Body_of_exactly_64_KiB_is_not_truncated()
    {
        await using LocalProlificServer server = await LocalProlificServer.StartAsync();
        ApiException ex = await TestApi.FailAsync(server, new CannedResponse { StatusCode = 500, Body = new string('y', 64 * 1024) });

        Assert.False(ex.IsResponseBodyTruncated);
        Assert.Equal(64 * 1024, ex.ResponseBody!.Length);
    }

    [Fact]
    public async Task Cap_never_splits_a_multibyte_character()
    {
        await using LocalProlificServer server = await LocalProlificServer.StartAsync();
        // "é€" is 2 + 3 = 5 bytes; 65,536 is not a multiple of 5, so the cap falls inside a character.
        string body = string.Concat(Enumerable.Repeat("é€", 20_000));
        ApiException ex = await TestApi.FailAsync(server, new CannedResponse { StatusCode = 500, ContentType = "text/plain; charset=utf-8", Body = body });

        Assert.True(ex.IsResponseBodyTruncated);
        string text = Assert.IsType<string>(ex.ResponseBody);
        Assert.DoesNotContain('\uFFFD', text);
        Assert.StartsWith(text, body, StringComparison.Ordinal);
        Assert.True(Encoding.UTF8.GetByteCount(text) <= 64 * 1024);
        Assert.True(Encoding.UTF8.GetByteCount(text) > (64 * 1024) - 5);
    }

    [Fact]
    public async Task Empty_error_body_is_empty_string()
    {
        await using LocalProlificServer server = await LocalProlificServer.StartAsync();
        ApiException ex = await TestApi.FailAsync(server, new CannedResponse { StatusCode = 403 });

        Assert.IsType<ApiForbiddenException>(ex);
        Assert.Equal(string.Empty, ex.ResponseBody);
        Assert.False(ex.IsResponseBodyTruncated);
    }

    [Fact]
    public async Task Declared_charset_is_used_to_decode_the_body()
    {
        await using LocalProlificServer server = await LocalProlificServer.StartAsync();
        byte[] latin1 = Encoding.Latin1.GetBytes("café déjà vu");
        ApiException ex = await TestApi.FailAsync(server, new CannedResponse { StatusCode = 400, ContentType = "text/plain; charset=iso-8859-1", BodyBytes = latin1 });

        Assert.Equal("café déjà vu", ex.ResponseBody);
    }

    [Fact]
    public async Task Unknown_charset_falls_back_to_utf8()
    {
        await using LocalProlificServer server = await LocalProlificServer.StartAsync();
        ApiException ex = await TestApi.FailAsync(server, new CannedResponse { StatusCode = 400, ContentType = "text/plain; charset=x-no-such-charset", Body = "naïve" });

        Assert.Equal("naïve", ex.ResponseBody);
    }

    [Fact]
    public async Task Connection_dropped_while_reading_error_body_keeps_what_arrived()
    {
        await using LocalProlificServer server = await LocalProlificServer.StartAsync();
        var abort = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        server.Enqueue(new CannedResponse { StatusCode = 503, ContentType = "text/plain", Body = "partial body", AbortAfterBody = true, AbortWhen = abort.Task });
        using HttpClient http = TestApi.Client(server);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(server.BaseAddress, "x"));
        using HttpResponseMessage response = await ApiHttp.SendAsync(http, request, "probe-op", default);
        abort.SetResult();

        ApiException ex = await ApiHttp.CreateExceptionAsync(response, "probe-op", TestJsonContext.Default.ErrorBody, default);

        Assert.IsType<ApiServerErrorException>(ex);
        Assert.Equal("partial body", ex.ResponseBody);
        Assert.True(ex.IsResponseBodyTruncated);
        Assert.Null(ex.Error);
    }
}
