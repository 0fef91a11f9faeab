using System;
using System.Threading.Tasks;
using Prolific.Credentials;
using Prolific.Credentials.Sample;
using SpecClient;

// Walks through Prolific's credential pool API: list, create, append, a rejected duplicate, list again.
// With no environment it runs against an in-process LocalProlificServer; set PROLIFIC_API_TOKEN (and
// PROLIFIC_WORKSPACE_ID, optionally PROLIFIC_API_BASE_URL) to use the real API instead.
// The token and the generated passwords are never printed.
await using SampleTarget? target = await SampleTarget.ResolveAsync(Console.Out, Console.Error);
if (target is null)
{
    return 2;
}

// One line without dependency injection: retries of transient failures (GET only; the POST and PATCH of this API are
// not retried), exponential backoff with jitter, Retry-After, a total and a per-attempt timeout.
var client = ProlificCredentialsClient.Create(new ProlificCredentialsClientOptions { BaseAddress = target.BaseAddress, Credentials = new() { ApiToken = target.Token } });
var walkthrough = new CredentialPoolWalkthrough(client, target.WorkspaceId, Console.Out);

try
{
    await walkthrough.RunAsync();
    return 0;
}
catch (ApiResponseFormatException ex)
{
    Console.Error.WriteLine($"Error: operation '{ex.OperationId}' returned status {ex.StatusCode} with a body that could not be read{(ex.JsonPath is null ? "" : $" (at {ex.JsonPath})")}.");
    return 1;
}
catch (ApiException ex)
{
    Console.Error.WriteLine($"Error: operation '{ex.OperationId}' failed with status {ex.StatusCode}{(ex.RequestId is null ? "" : $" (request id {ex.RequestId})")}.");
    return 1;
}
catch (ApiTimeoutException ex)
{
    Console.Error.WriteLine($"Error: operation '{ex.OperationId}' timed out.");
    return 1;
}
catch (ApiConnectionException ex)
{
    Console.Error.WriteLine($"Error: operation '{ex.OperationId}' could not reach the server ({ex.HttpRequestError}).");
    return 1;
}
