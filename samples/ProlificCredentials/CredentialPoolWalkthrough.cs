using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using SpecClient;

namespace Prolific.Credentials.Sample;

/// <summary>The steps of the sample, one method each.</summary>
internal sealed class CredentialPoolWalkthrough(ProlificCredentialsClient client, string workspaceId, TextWriter output)
{
    private readonly string _runId = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(3)).ToLowerInvariant();

    public async Task RunAsync()
    {
        await ListPoolsAsync("Credential pools before");

        IReadOnlyList<GeneratedCredential> first = GeneratedCredential.Create(_runId, 1, 3);
        string poolId = await CreatePoolAsync(first);

        await AppendAsync(poolId, GeneratedCredential.Create(_runId, 4, 2));

        // A username that is already in the pool (plus a new one): the service rejects the whole batch with 409.
        await TryAppendDuplicateAsync(poolId, [first[0].WithNewPassword(), .. GeneratedCredential.Create(_runId, 6, 1)]);

        await ListPoolsAsync("Credential pools after");
    }

    private async Task ListPoolsAsync(string title)
    {
        ListCredentialPoolsResponse response = await client.ListCredentialPoolsAsync(workspaceId);
        IReadOnlyList<CredentialPoolSummary> pools = response.CredentialPools ?? [];
        output.WriteLine();
        output.WriteLine($"{title} (workspace {workspaceId}): {pools.Count}");
        PoolTable.Write(output, pools);
    }

    private async Task<string> CreatePoolAsync(IReadOnlyList<GeneratedCredential> credentials)
    {
        CreateCredentialPoolResponse created = await client.CreateCredentialPoolAsync(new CreateCredentialPoolRequest
        {
            Credentials = GeneratedCredential.ToCsv(credentials),
            WorkspaceId = workspaceId,
        });
        string poolId = created.CredentialPoolId
            ?? throw new InvalidOperationException("The service created a pool but returned no credential_pool_id.");
        output.WriteLine();
        output.WriteLine($"Created pool {poolId} with {credentials.Count} credentials: {string.Join(", ", credentials.Select(c => c.Username))}");
        return poolId;
    }

    private async Task AppendAsync(string poolId, IReadOnlyList<GeneratedCredential> credentials)
    {
        await client.UpdateCredentialPoolAsync(poolId, new UpdateCredentialPoolRequest { Credentials = GeneratedCredential.ToCsv(credentials) });
        output.WriteLine($"Appended {credentials.Count} credentials to {poolId}: {string.Join(", ", credentials.Select(c => c.Username))}");
    }

    private async Task TryAppendDuplicateAsync(string poolId, IReadOnlyList<GeneratedCredential> credentials)
    {
        output.WriteLine($"Appending {string.Join(", ", credentials.Select(c => c.Username))} (the first is already in the pool)...");
        try
        {
            await client.UpdateCredentialPoolAsync(poolId, new UpdateCredentialPoolRequest { Credentials = GeneratedCredential.ToCsv(credentials) });
            output.WriteLine("  Unexpectedly accepted: the service did not report the duplicate.");
        }
        catch (ApiConflictException conflict)
        {
            IReadOnlyList<string> duplicates = ConflictDetails.DuplicateUsernames(conflict.ResponseBody);
            output.WriteLine(duplicates.Count > 0
                ? $"  Rejected with 409 Conflict; duplicate usernames: {string.Join(", ", duplicates)}"
                : "  Rejected with 409 Conflict (the service did not name the duplicates).");
        }
    }
}
