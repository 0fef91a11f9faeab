using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;

namespace Prolific.Credentials.Sample;

/// <summary>The steps of the sample, one method each, on the hand-written helpers of the client library.</summary>
internal sealed class CredentialPoolWalkthrough(ProlificCredentialsClient client, string workspaceId, TextWriter output)
{
    private readonly string _runId = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(3)).ToLowerInvariant();

    public async Task RunAsync()
    {
        await ListPoolsAsync("Credential pools before");

        CredentialBatch first = GeneratedCredential.Create(_runId, 1, 3);
        string poolId = await CreatePoolAsync(first);

        await AppendAsync(poolId, GeneratedCredential.Create(_runId, 4, 2));

        // A username that is already in the pool (plus a new one): the service rejects the whole batch with 409.
        var duplicate = new CredentialBatch()
            .Add(first.Usernames[0], GeneratedCredential.NewPassword())
            .Add(GeneratedCredential.Username(_runId, 6), GeneratedCredential.NewPassword());
        await TryAppendDuplicateAsync(poolId, duplicate);

        await ListPoolsAsync("Credential pools after");
    }

    private async Task ListPoolsAsync(string title)
    {
        IReadOnlyList<CredentialPoolSummary> pools = await client.ListAllPoolsAsync(workspaceId);
        output.WriteLine();
        output.WriteLine($"{title} (workspace {workspaceId}): {pools.Count}");
        PoolTable.Write(output, pools);
    }

    private async Task<string> CreatePoolAsync(CredentialBatch credentials)
    {
        CreateCredentialPoolResponse created = await client.CreatePoolAsync(workspaceId, credentials);
        string poolId = created.CredentialPoolId
            ?? throw new InvalidOperationException("The service created a pool but returned no credential_pool_id.");
        output.WriteLine();
        output.WriteLine($"Created pool {poolId} with {credentials.Count} credentials: {string.Join(", ", credentials.Usernames)}");
        return poolId;
    }

    private async Task AppendAsync(string poolId, CredentialBatch credentials)
    {
        await client.AppendCredentialsAsync(poolId, credentials);
        output.WriteLine($"Appended {credentials.Count} credentials to {poolId}: {string.Join(", ", credentials.Usernames)}");
    }

    private async Task TryAppendDuplicateAsync(string poolId, CredentialBatch credentials)
    {
        output.WriteLine($"Appending {string.Join(", ", credentials.Usernames)} (the first is already in the pool)...");
        try
        {
            await client.AppendCredentialsAsync(poolId, credentials);
            output.WriteLine("  Unexpectedly accepted: the service did not report the duplicate.");
        }
        catch (CredentialPoolConflictException conflict)
        {
            output.WriteLine(conflict.DuplicateUsernames.Count > 0
                ? $"  Rejected with 409 Conflict; duplicate usernames: {string.Join(", ", conflict.DuplicateUsernames)}"
                : "  Rejected with 409 Conflict (the service did not name the duplicates).");
        }
    }
}
