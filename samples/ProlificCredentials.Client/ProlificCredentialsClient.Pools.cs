using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using SpecClient;

namespace Prolific.Credentials;

/// <summary>The hand-written half of the client: credential pools in terms of <see cref="CredentialBatch"/>.</summary>
public partial class ProlificCredentialsClient
{
    /// <summary>
    /// Appends <paramref name="credentials"/> to a pool. The append is additive and not idempotent, so it is never
    /// retried blindly: a retry of an append that reached the server would come back as a 409.
    /// </summary>
    /// <param name="credentialPoolId">The pool.</param>
    /// <param name="credentials">The credentials; at least one.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The server's answer.</returns>
    /// <exception cref="ArgumentException">The pool id is empty or the batch is empty (nothing is sent).</exception>
    /// <exception cref="CredentialPoolConflictException">Some usernames are already in the pool; <see cref="CredentialPoolConflictException.DuplicateUsernames"/> names them when the server does.</exception>
    public async Task<UpdateCredentialPoolResponse> AppendCredentialsAsync(string credentialPoolId, CredentialBatch credentials, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(credentialPoolId);
        ThrowIfEmpty(credentials);
        try
        {
            return await UpdateCredentialPoolAsync(credentialPoolId, new UpdateCredentialPoolRequest { Credentials = credentials.ToCsv() }, cancellationToken).ConfigureAwait(false);
        }
        catch (ApiConflictException ex) when (ex is not CredentialPoolConflictException)
        {
            throw new CredentialPoolConflictException(ex);
        }
    }

    /// <summary>Creates a pool in a workspace holding <paramref name="credentials"/>.</summary>
    /// <param name="workspaceId">The workspace.</param>
    /// <param name="credentials">The credentials; at least one.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The new pool (its id is <see cref="CreateCredentialPoolResponse.CredentialPoolId"/>).</returns>
    /// <exception cref="ArgumentException">The workspace id is empty or the batch is empty (nothing is sent).</exception>
    /// <exception cref="CredentialPoolConflictException">The server rejected duplicate usernames.</exception>
    public async Task<CreateCredentialPoolResponse> CreatePoolAsync(string workspaceId, CredentialBatch credentials, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(workspaceId);
        ThrowIfEmpty(credentials);
        try
        {
            return await CreateCredentialPoolAsync(new CreateCredentialPoolRequest { WorkspaceId = workspaceId, Credentials = credentials.ToCsv() }, cancellationToken).ConfigureAwait(false);
        }
        catch (ApiConflictException ex) when (ex is not CredentialPoolConflictException)
        {
            throw new CredentialPoolConflictException(ex);
        }
    }

    /// <summary>Returns every credential pool of a workspace (never <see langword="null"/>).</summary>
    /// <param name="workspaceId">The workspace.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The pools, possibly none.</returns>
    public async Task<IReadOnlyList<CredentialPoolSummary>> ListAllPoolsAsync(string workspaceId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(workspaceId);
        ListCredentialPoolsResponse response = await ListCredentialPoolsAsync(workspaceId, cancellationToken).ConfigureAwait(false);
        return response.CredentialPools ?? (IReadOnlyList<CredentialPoolSummary>)Array.Empty<CredentialPoolSummary>();
    }

    /// <summary>
    /// Streams every credential pool of a workspace. The API returns them in one response today; callers written
    /// against this enumerable keep working if it starts paging.
    /// </summary>
    /// <param name="workspaceId">The workspace.</param>
    /// <param name="cancellationToken">Cancels the request and the enumeration.</param>
    /// <returns>The pools.</returns>
    public async IAsyncEnumerable<CredentialPoolSummary> GetAllPoolsAsync(string workspaceId, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(workspaceId);
        foreach (CredentialPoolSummary pool in await ListAllPoolsAsync(workspaceId, cancellationToken).ConfigureAwait(false))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return pool;
        }
    }

    private static void ThrowIfEmpty(CredentialBatch credentials)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        if (credentials.Count == 0)
        {
            throw new ArgumentException("The batch holds no credentials; add at least one.", nameof(credentials));
        }
    }
}
