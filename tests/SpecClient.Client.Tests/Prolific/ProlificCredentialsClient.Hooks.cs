using System.Collections.Concurrent;
using System.Net.Http;
using SpecClient;

namespace Prolific.Credentials;

/// <summary>The test's half of the generated partial client: proves the extension hooks are called.</summary>
public partial class ProlificCredentialsClient
{
    /// <summary>Operation ids in the order requests were prepared.</summary>
    public ConcurrentQueue<string> PreparedOperations { get; } = new();

    /// <summary>Status codes in the order responses arrived.</summary>
    public ConcurrentQueue<int> ReceivedStatuses { get; } = new();

    /// <summary>Operation ids whose requests opt in to retries through ApiResilience.AllowRetries(request) (per request, not per client).</summary>
    public ConcurrentDictionary<string, bool> RetryableOperations { get; } = new();

    partial void OnPreparingRequest(HttpRequestMessage request, string operationId)
    {
        PreparedOperations.Enqueue(operationId);
        request.Headers.TryAddWithoutValidation("X-Test-Hook", operationId);
        if (RetryableOperations.ContainsKey(operationId))
        {
            ApiResilience.AllowRetries(request);
        }
    }

    partial void OnResponseReceived(HttpResponseMessage response, string operationId) =>
        ReceivedStatuses.Enqueue((int)response.StatusCode);
}
