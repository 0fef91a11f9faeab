using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;

namespace Aot.Consumer;

/// <summary>Uses the generated clients and serializers the way an AOT-published app would.</summary>
public static class Usage
{
    public static async Task<int> CountPoolsAsync(HttpClient http, string token, string workspaceId)
    {
        var client = new Aot.Prolific.ProlificCredentialsClient(http, new Aot.Prolific.ProlificCredentialsClientCredentials { ApiToken = token });
        var pools = await client.ListCredentialPoolsAsync(workspaceId);
        return pools.CredentialPools?.Count ?? 0;
    }

    public static string Serialize(Aot.Features.Pet pet) =>
        JsonSerializer.Serialize(pet, Aot.Features.FeaturesClientJsonContext.Default.TypeInfo<Aot.Features.Pet>());

    public static Aot.Features.Shape? ReadShape(string json) =>
        JsonSerializer.Deserialize(json, Aot.Features.FeaturesClientJsonContext.Default.TypeInfo<Aot.Features.Shape>());
}
