using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Prolific.Credentials;

/// <summary>
/// The hand-written half of the generated interface: the generated <c>IProlificCredentialsClient</c> is partial, so the
/// methods of <see cref="ProlificCredentialsClient"/>'s hand-written half join it and a mock of it covers them too.
/// </summary>
public partial interface IProlificCredentialsClient
{
    /// <inheritdoc cref="ProlificCredentialsClient.AppendCredentialsAsync"/>
    Task<UpdateCredentialPoolResponse> AppendCredentialsAsync(string credentialPoolId, CredentialBatch credentials, CancellationToken cancellationToken = default);

    /// <inheritdoc cref="ProlificCredentialsClient.CreatePoolAsync"/>
    Task<CreateCredentialPoolResponse> CreatePoolAsync(string workspaceId, CredentialBatch credentials, CancellationToken cancellationToken = default);

    /// <inheritdoc cref="ProlificCredentialsClient.ListAllPoolsAsync"/>
    Task<IReadOnlyList<CredentialPoolSummary>> ListAllPoolsAsync(string workspaceId, CancellationToken cancellationToken = default);

    /// <inheritdoc cref="ProlificCredentialsClient.GetAllPoolsAsync"/>
    IAsyncEnumerable<CredentialPoolSummary> GetAllPoolsAsync(string workspaceId, CancellationToken cancellationToken = default);
}
