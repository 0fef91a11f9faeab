using System.Collections.Concurrent;
using System.Net.Http;

namespace Prolific.Credentials;

/// <summary>The test's half of the generated partial client: proves the extension hooks are called.</summary>
public partial class ProlificCredentialsClient
{
    /// <summary>Operation ids in the order requests were prepared.</summary>
    public ConcurrentQueue<string> PreparedOperations { get; } = new();

    /// <summary>Status codes in the order responses arrived.</summary>
    public ConcurrentQueue<int> ReceivedStatuses { get; } = new();

    partial void OnPreparingRequest(HttpRequestMessage request, string operationId)
    {
        PreparedOperations.Enqueue(operationId);
        request.Headers.TryAddWithoutValidation("X-Test-Hook", operationId);
    }

    partial void OnResponseReceived(HttpResponseMessage response, string operationId) =>
        ReceivedStatuses.Enqueue((int)response.StatusCode);
}
