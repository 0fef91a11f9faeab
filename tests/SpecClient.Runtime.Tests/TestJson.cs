using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace SpecClient.Runtime.Tests;

public sealed class PoolList
{
    [JsonPropertyName("credential_pools")]
    public List<PoolSummary>? CredentialPools { get; set; }
}

public sealed class PoolSummary
{
    [JsonPropertyName("credential_pool_id")]
    public string? CredentialPoolId { get; set; }

    [JsonPropertyName("total_credentials")]
    public int? TotalCredentials { get; set; }

    [JsonPropertyName("available_credentials")]
    public int? AvailableCredentials { get; set; }

    [JsonPropertyName("workspace_id")]
    public string? WorkspaceId { get; set; }
}

public sealed class PoolId
{
    [JsonPropertyName("credential_pool_id")]
    public string? CredentialPoolId { get; set; }
}

public sealed class ErrorBody
{
    [JsonPropertyName("error")]
    public string? Error { get; set; }

    [JsonPropertyName("duplicate_usernames")]
    public List<string>? DuplicateUsernames { get; set; }
}

public sealed class CreateBody
{
    [JsonPropertyName("credentials")]
    public string? Credentials { get; set; }

    [JsonPropertyName("workspace_id")]
    public string? WorkspaceId { get; set; }
}

/// <summary>A page of a paged list: items, a next cursor or link.</summary>
public sealed class TestPage
{
    [JsonPropertyName("data")]
    public List<string>? Data { get; set; }

    [JsonPropertyName("next")]
    public string? Next { get; set; }
}

/// <summary>One event of an event stream.</summary>
public sealed class TestEvent
{
    [JsonPropertyName("n")]
    public int N { get; set; }
}

[JsonSerializable(typeof(TestPage))]
[JsonSerializable(typeof(TestEvent))]
[JsonSerializable(typeof(PoolList))]
[JsonSerializable(typeof(PoolId))]
[JsonSerializable(typeof(ErrorBody))]
[JsonSerializable(typeof(CreateBody))]
[JsonSerializable(typeof(int?))]
[JsonSerializable(typeof(System.Collections.Generic.Dictionary<string, int>))]
internal sealed partial class TestJsonContext : JsonSerializerContext
{
}
