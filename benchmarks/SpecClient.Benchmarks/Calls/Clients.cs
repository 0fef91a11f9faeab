using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;

namespace SpecClient.Benchmarks.Calls;

/// <summary>Every client under test over its own HttpClient with the same in-memory handler, each authenticating as its users would.</summary>
internal sealed class Clients
{
    public Clients(int pools)
    {
        var list = Payloads.List(pools);
        HttpClient Http() => new(new InMemoryHandler(list, Payloads.Created)) { BaseAddress = new Uri(Payloads.BaseUrl) };

        Floor = new FloorClient(Http(), Payloads.Token);
        FloorRecords = new FloorRecordsClient(Http(), Payloads.Token);
        SpecClient = new Prolific.Credentials.ProlificCredentialsClient(Http(), new Prolific.Credentials.ProlificCredentialsClientCredentials { ApiToken = Payloads.Token });

        // NSwag has no auth of its own: the usual way is a default header on the HttpClient.
        var nswagHttp = Http();
        nswagHttp.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Token " + Payloads.Token);
        NSwag = new Prolific.NSwag.ProlificNSwagClient(nswagHttp);

        // Kiota as documented: KiotaClientFactory's default middleware over the final handler, an API-key provider for the header.
        var kiotaHttp = KiotaClientFactory.Create(new InMemoryHandler(list, Payloads.Created));
        var adapter = new HttpClientRequestAdapter(
            new ApiKeyAuthenticationProvider("Token " + Payloads.Token, "Authorization", ApiKeyAuthenticationProvider.KeyLocation.Header),
            httpClient: kiotaHttp)
        {
            BaseUrl = "https://api.prolific.com",
        };
        Kiota = new Prolific.Kiota.ProlificKiotaClient(adapter);
    }

    public FloorClient Floor { get; }
    public FloorRecordsClient FloorRecords { get; }
    public Prolific.Credentials.ProlificCredentialsClient SpecClient { get; }
    public Prolific.NSwag.ProlificNSwagClient NSwag { get; }
    public Prolific.Kiota.ProlificKiotaClient Kiota { get; }

    public async Task<int> ListAsync(string which) => which switch
    {
        "floor" => (await Floor.ListCredentialPoolsAsync(Payloads.WorkspaceId)).CredentialPools!.Count,
        "floor-records" => (await FloorRecords.ListCredentialPoolsAsync(Payloads.WorkspaceId)).CredentialPools!.Count,
        "specclient" => (await SpecClient.ListCredentialPoolsAsync(Payloads.WorkspaceId)).CredentialPools!.Count,
        "nswag" => (await NSwag.ListCredentialPoolsAsync(Payloads.WorkspaceId)).Credential_pools.Count,
        "kiota" => (await Kiota.Api.V1.Credentials.EmptyPathSegment.GetAsync(c => c.QueryParameters.WorkspaceId = Payloads.WorkspaceId))!.CredentialPools!.Count,
        _ => throw new ArgumentException("Unknown client " + which + ": floor, floor-records, specclient, nswag, kiota"),
    };
}
