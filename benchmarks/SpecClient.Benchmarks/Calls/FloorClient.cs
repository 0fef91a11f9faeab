using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SpecClient.Benchmarks.Calls;

/// <summary>
/// The floor: what a careful person writes by hand with HttpClient and a System.Text.Json source-generated context.
/// Same wire as the generated clients (Authorization: Token, Accept: application/json, escaped query, JSON body).
/// </summary>
public sealed class FloorClient(HttpClient http, string token)
{
    private readonly string _authorization = "Token " + token;

    public async Task<FloorListResponse> ListCredentialPoolsAsync(string workspaceId, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/v1/credentials/?workspace_id=" + Uri.EscapeDataString(workspaceId));
        request.Headers.TryAddWithoutValidation("Authorization", _authorization);
        request.Headers.TryAddWithoutValidation("Accept", "application/json");
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        return (await JsonSerializer.DeserializeAsync(stream, FloorJsonContext.Default.FloorListResponse, cancellationToken).ConfigureAwait(false))!;
    }

    public async Task<FloorCreateResponse> CreateCredentialPoolAsync(FloorCreateRequest body, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/v1/credentials/");
        request.Headers.TryAddWithoutValidation("Authorization", _authorization);
        request.Headers.TryAddWithoutValidation("Accept", "application/json");
        request.Content = JsonContent.Create(body, FloorJsonContext.Default.FloorCreateRequest);
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        return (await JsonSerializer.DeserializeAsync(stream, FloorJsonContext.Default.FloorCreateResponse, cancellationToken).ConfigureAwait(false))!;
    }
    public async Task<FloorUpdateResponse> UpdateCredentialPoolAsync(string credentialPoolId, FloorUpdateRequest body, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Patch, "api/v1/credentials/" + Uri.EscapeDataString(credentialPoolId) + "/");
        request.Headers.TryAddWithoutValidation("Authorization", _authorization);
        request.Headers.TryAddWithoutValidation("Accept", "application/json");
        request.Content = JsonContent.Create(body, FloorJsonContext.Default.FloorUpdateRequest);
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        return (await JsonSerializer.DeserializeAsync(stream, FloorJsonContext.Default.FloorUpdateResponse, cancellationToken).ConfigureAwait(false))!;
    }
}

public sealed class FloorListResponse
{
    [JsonPropertyName("credential_pools")] public List<FloorPool>? CredentialPools { get; set; }
}

public sealed class FloorPool
{
    [JsonPropertyName("credential_pool_id")] public string? CredentialPoolId { get; set; }
    [JsonPropertyName("total_credentials")] public int? TotalCredentials { get; set; }
    [JsonPropertyName("available_credentials")] public int? AvailableCredentials { get; set; }
    [JsonPropertyName("workspace_id")] public string? WorkspaceId { get; set; }
}

public sealed class FloorCreateRequest
{
    [JsonPropertyName("credentials")] public required string Credentials { get; set; }
    [JsonPropertyName("workspace_id")] public required string WorkspaceId { get; set; }
}

public sealed class FloorCreateResponse
{
    [JsonPropertyName("credential_pool_id")] public string? CredentialPoolId { get; set; }
}

public sealed class FloorUpdateRequest
{
    [JsonPropertyName("credentials")] public required string Credentials { get; set; }
}

public sealed class FloorUpdateResponse
{
    [JsonPropertyName("credential_pool_id")] public string? CredentialPoolId { get; set; }
}

[JsonSerializable(typeof(FloorListResponse))]
[JsonSerializable(typeof(FloorUpdateRequest))]
[JsonSerializable(typeof(FloorUpdateResponse))]
[JsonSerializable(typeof(FloorCreateRequest))]
[JsonSerializable(typeof(FloorCreateResponse))]
internal sealed partial class FloorJsonContext : JsonSerializerContext;

/// <summary>The same floor with sealed records (init-only, required) instead of plain classes: what records cost with STJ's source generator.</summary>
public sealed class FloorRecordsClient(HttpClient http, string token)
{
    private readonly string _authorization = "Token " + token;

    public async Task<FloorRecordListResponse> ListCredentialPoolsAsync(string workspaceId, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/v1/credentials/?workspace_id=" + Uri.EscapeDataString(workspaceId));
        request.Headers.TryAddWithoutValidation("Authorization", _authorization);
        request.Headers.TryAddWithoutValidation("Accept", "application/json");
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        return (await JsonSerializer.DeserializeAsync(stream, FloorRecordJsonContext.Default.FloorRecordListResponse, cancellationToken).ConfigureAwait(false))!;
    }

    public async Task<FloorRecordCreateResponse> CreateCredentialPoolAsync(FloorRecordCreateRequest body, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/v1/credentials/");
        request.Headers.TryAddWithoutValidation("Authorization", _authorization);
        request.Headers.TryAddWithoutValidation("Accept", "application/json");
        request.Content = JsonContent.Create(body, FloorRecordJsonContext.Default.FloorRecordCreateRequest);
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        return (await JsonSerializer.DeserializeAsync(stream, FloorRecordJsonContext.Default.FloorRecordCreateResponse, cancellationToken).ConfigureAwait(false))!;
    }
    public async Task<FloorRecordUpdateResponse> UpdateCredentialPoolAsync(string credentialPoolId, FloorRecordUpdateRequest body, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Patch, "api/v1/credentials/" + Uri.EscapeDataString(credentialPoolId) + "/");
        request.Headers.TryAddWithoutValidation("Authorization", _authorization);
        request.Headers.TryAddWithoutValidation("Accept", "application/json");
        request.Content = JsonContent.Create(body, FloorRecordJsonContext.Default.FloorRecordUpdateRequest);
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        return (await JsonSerializer.DeserializeAsync(stream, FloorRecordJsonContext.Default.FloorRecordUpdateResponse, cancellationToken).ConfigureAwait(false))!;
    }
}

public sealed record FloorRecordListResponse
{
    [JsonPropertyName("credential_pools")] public IReadOnlyList<FloorRecordPool>? CredentialPools { get; init; }
}

public sealed record FloorRecordPool
{
    [JsonPropertyName("credential_pool_id")] public string? CredentialPoolId { get; init; }
    [JsonPropertyName("total_credentials")] public int? TotalCredentials { get; init; }
    [JsonPropertyName("available_credentials")] public int? AvailableCredentials { get; init; }
    [JsonPropertyName("workspace_id")] public string? WorkspaceId { get; init; }
}

public sealed record FloorRecordCreateRequest
{
    [JsonPropertyName("credentials")] public required string Credentials { get; init; }
    [JsonPropertyName("workspace_id")] public required string WorkspaceId { get; init; }
}

public sealed record FloorRecordCreateResponse
{
    [JsonPropertyName("credential_pool_id")] public string? CredentialPoolId { get; init; }
}

public sealed record FloorRecordUpdateRequest
{
    [JsonPropertyName("credentials")] public required string Credentials { get; init; }
}

public sealed record FloorRecordUpdateResponse
{
    [JsonPropertyName("credential_pool_id")] public string? CredentialPoolId { get; init; }
}

[JsonSerializable(typeof(FloorRecordListResponse))]
[JsonSerializable(typeof(FloorRecordUpdateRequest))]
[JsonSerializable(typeof(FloorRecordUpdateResponse))]
[JsonSerializable(typeof(FloorRecordCreateRequest))]
[JsonSerializable(typeof(FloorRecordCreateResponse))]
internal sealed partial class FloorRecordJsonContext : JsonSerializerContext;
