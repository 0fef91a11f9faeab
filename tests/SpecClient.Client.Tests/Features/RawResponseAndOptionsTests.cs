using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Features.Api;
using SpecClient.Internal;

namespace SpecClient.Client.Tests.Features;

/// <summary>
/// <c>{Operation}WithResponseAsync</c>: the typed value with the status, headers and request id of the same response,
/// and per-call options (headers, timeout, idempotency key) over real HTTP on 127.0.0.1.
/// </summary>
public sealed class RawResponseAndOptionsTests : IAsyncLifetime
{
    private const string PetJson = """{"name":"Rex","id":"8f3c7c3e-6a1f-4a51-9a7e-4c1d7d2b9e10","status":"available"}""";
    private RecordingServer _server = null!;

    public async Task InitializeAsync() => _server = await RecordingServer.StartAsync();

    public Task DisposeAsync() => _server.DisposeAsync().AsTask();

    private FeaturesClient Client(HttpClient? http = null) =>
        new(http ?? _server.Http, new FeaturesClientCredentials { BearerAuth = "bearer-token" });

    private static Pet NewPet() => new() { Id = Guid.Parse("8f3c7c3e-6a1f-4a51-9a7e-4c1d7d2b9e10"), Name = "Rex", Status = PetStatus.Available };

    [Fact]
    public async Task WithResponse_returns_the_status_headers_request_id_and_value_of_one_response()
    {
        _server.Respond = _ => Reply.Json(201, PetJson) with
        {
            Headers = new Dictionary<string, string> { ["X-Request-Id"] = "req-42", ["X-RateLimit-Remaining"] = "99" },
        };

        ApiResponse<Pet> response = await Client().CreatePetWithResponseAsync(NewPet());

        Assert.Equal(201, response.StatusCode);
        Assert.Equal("Rex", response.Value.Name);
        Assert.Equal("req-42", response.RequestId);
        Assert.Equal(["99"], response.Headers["x-ratelimit-remaining"]);
        Assert.Equal(["application/json"], response.Headers["Content-Type"]);
    }

    [Fact]
    public async Task The_plain_method_returns_the_value_the_shared_method_reads()
    {
        _server.Respond = _ => Reply.Json(200, PetJson);

        Pet pet = await Client().CreatePetAsync(NewPet());

        Assert.Equal("Rex", pet.Name);
        Assert.Single(_server.Calls);
    }

    [Fact]
    public async Task An_operation_without_a_body_answers_its_status_and_headers()
    {
        _server.Respond = _ => Reply.Empty(204) with { Headers = new Dictionary<string, string> { ["request-id"] = "r-7" } };

        ApiResponse response = await Client().UploadPhotoWithResponseAsync(Guid.NewGuid(), new System.IO.MemoryStream([1, 2, 3]));

        Assert.Equal(204, response.StatusCode);
        Assert.Equal("r-7", response.RequestId);
        Assert.IsNotAssignableFrom<ApiResponse<object>>(response);
    }

    [Fact]
    public async Task The_interface_offers_the_WithResponse_method_too()
    {
        _server.Respond = _ => Reply.Json(200, "[]");
        IFeaturesClient client = Client();

        ApiResponse<IReadOnlyList<Pet>> response = await client.ListPetsWithResponseAsync(limit: 5);

        Assert.Equal(200, response.StatusCode);
        Assert.Empty(response.Value);
        Assert.Equal("/v1/pets?limit=5", _server.Single().RawTarget);
    }

    [Fact]
    public async Task Per_call_headers_are_sent_and_replace_a_header_the_client_sets()
    {
        _server.Respond = _ => Reply.Json(200, "[]");
        var options = new ApiRequestOptions();
        options.Headers["X-Trace"] = "from-options";
        options.Headers["X-Tenant"] = "t-1";

        await Client().ListPetsWithResponseAsync(xTrace: "from-parameter", requestOptions: options);

        RecordedCall call = _server.Single();
        Assert.Equal("from-options", call.Header("X-Trace"));
        Assert.Equal("t-1", call.Header("X-Tenant"));
        Assert.Equal("Bearer bearer-token", call.Header("Authorization"));
    }

    [Fact]
    public async Task A_per_call_header_with_a_line_break_is_rejected_before_sending_and_its_value_is_not_echoed()
    {
        var options = new ApiRequestOptions();
        options.Headers["X-Secret"] = "SECRET-VALUE\r\nX-Injected: 1";

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => Client().ListPetsWithResponseAsync(requestOptions: options));

        Assert.Contains("X-Secret", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET-VALUE", ex.ToString(), StringComparison.Ordinal);
        Assert.Empty(_server.Calls);
    }

    [Fact]
    public async Task A_per_call_timeout_is_an_ApiTimeoutException_of_kind_Call()
    {
        _server.Respond = _ => Reply.Json(200, "[]") with { Delay = TimeSpan.FromSeconds(20) };
        var options = new ApiRequestOptions { Timeout = TimeSpan.FromMilliseconds(300) };

        var ex = await Assert.ThrowsAsync<ApiTimeoutException>(() => Client().ListPetsWithResponseAsync(requestOptions: options));

        Assert.Equal(ApiTimeoutKind.Call, ex.Kind);
        Assert.Equal(TimeSpan.FromMilliseconds(300), ex.Timeout);
        Assert.Equal("listPets", ex.OperationId);
    }

    [Fact]
    public async Task The_caller_cancelling_within_a_per_call_timeout_is_a_cancellation_not_a_timeout()
    {
        _server.Respond = _ => Reply.Json(200, "[]") with { Delay = TimeSpan.FromSeconds(20) };
        var options = new ApiRequestOptions { Timeout = TimeSpan.FromSeconds(30) };
        using var cts = new System.Threading.CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        var ex = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Client().ListPetsWithResponseAsync(requestOptions: options, cancellationToken: cts.Token));

        Assert.IsNotType<ApiTimeoutException>(ex);
    }

    [Fact]
    public async Task An_idempotency_key_is_sent_on_every_attempt_and_lets_a_POST_be_retried()
    {
        var statuses = new Queue<int>([503, 201]);
        _server.Respond = _ => statuses.Dequeue() is 503 ? Reply.Empty(503) : Reply.Json(201, PetJson);
        using var http = ResilientHttp();
        var options = new ApiRequestOptions { IdempotencyKey = "key-1" };

        ApiResponse<Pet> response = await Client(http).CreatePetWithResponseAsync(NewPet(), options);

        Assert.Equal(201, response.StatusCode);
        Assert.Equal(["key-1", "key-1"], _server.Calls.Select(c => c.Header("Idempotency-Key")));
    }

    [Fact]
    public async Task Without_an_idempotency_key_a_POST_is_not_retried()
    {
        _server.Respond = _ => Reply.Empty(503);
        using var http = ResilientHttp();

        await Assert.ThrowsAsync<ApiServerErrorException>(() => Client(http).CreatePetWithResponseAsync(NewPet()));

        Assert.Equal(string.Empty, _server.Single().Header("Idempotency-Key"));
    }

    private HttpClient ResilientHttp()
    {
        var options = new FeaturesClientOptions { RequireCredentials = false, MaxRetryAttempts = 2, RetryBaseDelay = TimeSpan.FromMilliseconds(10), UseJitter = false };
        return new HttpClient(new ApiResilienceHandler(options) { InnerHandler = new HttpClientHandler() }) { BaseAddress = _server.BaseAddress };
    }
}
