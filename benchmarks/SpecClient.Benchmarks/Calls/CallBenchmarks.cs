using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace SpecClient.Benchmarks.Calls;

/// <summary>
/// One list call (GET /api/v1/credentials/?workspace_id=…, answering 1 or 1,000 pools) through each client,
/// over an in-memory handler. Ratios are to the hand-written floor in the same run.
/// </summary>
[MemoryDiagnoser]
[ShortInProcessJob]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByParams)]
public class ListBenchmarks
{
    private Clients _clients = null!;

    [Params(1, 1000)]
    public int Pools { get; set; }

    [GlobalSetup]
    public void Setup() => _clients = new Clients(Pools);

    [Benchmark(Baseline = true, Description = "floor (HttpClient + STJ source gen, classes)")]
    public async Task<int> Floor() => (await _clients.Floor.ListCredentialPoolsAsync(Payloads.WorkspaceId)).CredentialPools!.Count;

    [Benchmark(Description = "floor with records")]
    public async Task<int> FloorRecords() => (await _clients.FloorRecords.ListCredentialPoolsAsync(Payloads.WorkspaceId)).CredentialPools!.Count;

    [Benchmark(Description = "SpecClient")]
    public async Task<int> SpecClient() => (await _clients.SpecClient.ListCredentialPoolsAsync(Payloads.WorkspaceId)).CredentialPools!.Count;

    [Benchmark(Description = "NSwag 14.7.1 (STJ)")]
    public async Task<int> NSwag() => (await _clients.NSwag.ListCredentialPoolsAsync(Payloads.WorkspaceId)).Credential_pools.Count;

    [Benchmark(Description = "Kiota 1.38.0")]
    public async Task<int> Kiota() =>
        (await _clients.Kiota.Api.V1.Credentials.EmptyPathSegment.GetAsync(c => c.QueryParameters.WorkspaceId = Payloads.WorkspaceId))!.CredentialPools!.Count;
}

/// <summary>One create call (POST /api/v1/credentials/ with a JSON body, answering 201 with a small body) through each client.</summary>
[MemoryDiagnoser]
[ShortInProcessJob]
public class CreateBenchmarks
{
    private Clients _clients = null!;

    [GlobalSetup]
    public void Setup() => _clients = new Clients(1);

    [Benchmark(Baseline = true, Description = "floor (HttpClient + STJ source gen, classes)")]
    public async Task<string?> Floor() =>
        (await _clients.Floor.CreateCredentialPoolAsync(new FloorCreateRequest { Credentials = Payloads.Credentials, WorkspaceId = Payloads.WorkspaceId })).CredentialPoolId;

    [Benchmark(Description = "floor with records")]
    public async Task<string?> FloorRecords() =>
        (await _clients.FloorRecords.CreateCredentialPoolAsync(new FloorRecordCreateRequest { Credentials = Payloads.Credentials, WorkspaceId = Payloads.WorkspaceId })).CredentialPoolId;

    [Benchmark(Description = "SpecClient")]
    public async Task<string?> SpecClient() =>
        (await _clients.SpecClient.CreateCredentialPoolAsync(new Prolific.Credentials.CreateCredentialPoolRequest { Credentials = Payloads.Credentials, WorkspaceId = Payloads.WorkspaceId })).CredentialPoolId;

    [Benchmark(Description = "NSwag 14.7.1 (STJ)")]
    public async Task<string?> NSwag() =>
        (await _clients.NSwag.CreateCredentialPoolAsync(new Prolific.NSwag.Body { Credentials = Payloads.Credentials, Workspace_id = Payloads.WorkspaceId })).Credential_pool_id;

    [Benchmark(Description = "Kiota 1.38.0")]
    public async Task<string?> Kiota() =>
        (await _clients.Kiota.Api.V1.Credentials.EmptyPathSegment.PostAsync(new Prolific.Kiota.Api.V1.Credentials.PostRequestBody { Credentials = Payloads.Credentials, WorkspaceId = Payloads.WorkspaceId }))!.CredentialPoolId;
}

/// <summary>One update call (PATCH /api/v1/credentials/{id}/ with a JSON body, answering 200 with a small body) through each client.</summary>
[MemoryDiagnoser]
[ShortInProcessJob]
public class UpdateBenchmarks
{
    private Clients _clients = null!;

    [GlobalSetup]
    public void Setup() => _clients = new Clients(1);

    [Benchmark(Baseline = true, Description = "floor (HttpClient + STJ source gen, classes)")]
    public async Task<string?> Floor() =>
        (await _clients.Floor.UpdateCredentialPoolAsync(Payloads.CredentialPoolId, new FloorUpdateRequest { Credentials = Payloads.Credentials })).CredentialPoolId;

    [Benchmark(Description = "floor with records")]
    public async Task<string?> FloorRecords() =>
        (await _clients.FloorRecords.UpdateCredentialPoolAsync(Payloads.CredentialPoolId, new FloorRecordUpdateRequest { Credentials = Payloads.Credentials })).CredentialPoolId;

    [Benchmark(Description = "SpecClient")]
    public async Task<string?> SpecClient() =>
        (await _clients.SpecClient.UpdateCredentialPoolAsync(Payloads.CredentialPoolId, new Prolific.Credentials.UpdateCredentialPoolRequest { Credentials = Payloads.Credentials })).CredentialPoolId;

    [Benchmark(Description = "NSwag 14.7.1 (STJ)")]
    public async Task<string?> NSwag() =>
        (await _clients.NSwag.UpdateCredentialPoolAsync(Payloads.CredentialPoolId, new Prolific.NSwag.Body2 { Credentials = Payloads.Credentials })).Credential_pool_id;

    [Benchmark(Description = "Kiota 1.38.0")]
    public async Task<string?> Kiota() =>
        (await _clients.Kiota.Api.V1.Credentials[Payloads.CredentialPoolId].EmptyPathSegment.PatchAsync(new Prolific.Kiota.Api.V1.Credentials.Item.PatchRequestBody { Credentials = Payloads.Credentials }))!.CredentialPoolId;
}
