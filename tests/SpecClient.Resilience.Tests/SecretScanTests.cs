using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Prolific.Credentials;
using Prolific.LocalServer;
using SpecClient.Resilience.Tests.Infrastructure;
using Xunit.Abstractions;

namespace SpecClient.Resilience.Tests;

/// <summary>
/// Runs the fault scenarios with IHttpClientFactory logging at Trace and scans everything captured (log lines with
/// scopes, exception messages and ToString, response bodies kept on exceptions, test output) for the token and every
/// password sent.
/// </summary>
public sealed class SecretScanTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Nothing_captured_during_the_fault_scenarios_contains_the_token_or_a_password()
    {
        string token = "tok_" + Guid.NewGuid().ToString("N");
        string wrongToken = "tok_wrong_" + Guid.NewGuid().ToString("N");
        var passwords = new List<string>();
        string Password()
        {
            string password = "pw_" + Guid.NewGuid().ToString("N");
            passwords.Add(password);
            return password;
        }

        var unobserved = new System.Collections.Concurrent.ConcurrentQueue<Exception>();
        EventHandler<UnobservedTaskExceptionEventArgs> onUnobserved = (_, e) => unobserved.Enqueue(e.Exception);
        TaskScheduler.UnobservedTaskException += onUnobserved;
        var captured = new Captured();
        var log = new CapturingOutput(output, captured);
        await using LocalProlificServer server = await LocalProlificServer.StartAsync(new LocalProlificServerOptions { Token = token });
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Prolific:ApiToken"] = token,
            ["Prolific:BaseAddress"] = server.BaseAddress.ToString(),
            ["Prolific:RetryBaseDelay"] = "0.005",
            ["Prolific:AttemptTimeout"] = "0.5",
        }).Build();
        var provider = new CapturingLoggerProvider(captured);
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(provider));
        services.AddProlificCredentialsClient(configuration.GetSection("Prolific"));
        await using ServiceProvider services1 = services.BuildServiceProvider();
        var client = services1.GetRequiredService<ProlificCredentialsClient>();
        ProlificCredentialsClient wrong = ProlificCredentialsClient.Create(new ProlificCredentialsClientOptions { BaseAddress = server.BaseAddress, Credentials = new() { ApiToken = wrongToken }, MaxRetryAttempts = 0 });
        ProlificCredentialsClient refused = ProlificCredentialsClient.Create(new ProlificCredentialsClientOptions { BaseAddress = Servers.RefusingAddress(), Credentials = new() { ApiToken = token }, RetryBaseDelay = TimeSpan.FromMilliseconds(1) });

        async Task Run(string name, Func<Task> scenario)
        {
            try
            {
                await scenario();
                log.WriteLine(name + ": ok");
            }
            catch (Exception ex)
            {
                log.WriteLine(name + ": " + ex);
                captured.Add(ex);
            }
        }

        CredentialBatch first = new CredentialBatch().Add("alice", Password()).Add("bob", Password());
        string poolId = string.Empty;
        await Run("create", async () => poolId = (await client.CreatePoolAsync(server.WorkspaceId, first)).CredentialPoolId!);
        log.WriteLine("batch: " + first + " options: " + new ProlificCredentialsClientOptions { Credentials = new() { ApiToken = token } } + " credentials: " + new ProlificCredentialsClientCredentials { ApiToken = token });
        await Run("append duplicate (409)", () => client.AppendCredentialsAsync(poolId, new CredentialBatch().Add("bob", Password())));
        await Run("wrong token (401)", () => wrong.ListAllPoolsAsync(server.WorkspaceId));
        await Run("invalid password", async () =>
        {
            string password = Password() + ",x";
            passwords.Add(password);
            await client.AppendCredentialsAsync(poolId, new CredentialBatch().Add("carol", password));
        });

        server.Enqueue(Servers.Status(503));
        server.Enqueue(Servers.Status(503));
        await Run("503 twice then 200", () => client.ListAllPoolsAsync(server.WorkspaceId));
        server.Enqueue(Servers.Status(503));
        await Run("append 503", () => client.AppendCredentialsAsync(poolId, new CredentialBatch().Add("dave", Password())));
        server.Enqueue(new CannedResponse { StatusCode = 500, ContentType = "text/html", Body = "<html>" + new string('e', 100_000) + "</html>" });
        await Run("500 enormous HTML (append)", () => client.AppendCredentialsAsync(poolId, new CredentialBatch().Add("erin", Password())));
        server.Enqueue(new CannedResponse { StatusCode = 200, Delay = TimeSpan.FromMinutes(1) });
        await Run("silent server (POST)", () => client.CreatePoolAsync(server.WorkspaceId, new CredentialBatch().Add("frank", Password())));
        server.Enqueue(CannedResponse.Json(200, "{\"credential_pool_id\": 1"));
        await Run("truncated JSON", () => client.CreatePoolAsync(server.WorkspaceId, new CredentialBatch().Add("grace", Password())));
        server.Enqueue(new CannedResponse { StatusCode = 200, ContentType = "text/html", Body = "<html/>" });
        await Run("wrong content type", () => client.AppendCredentialsAsync(poolId, new CredentialBatch().Add("heidi", Password())));
        server.Enqueue(new CannedResponse { Abort = true });
        await Run("connection dropped (PATCH)", () => client.AppendCredentialsAsync(poolId, new CredentialBatch().Add("ivan", Password())));
        server.Enqueue(Servers.Status(429, "3600"));
        await Run("429 with a long Retry-After", () => client.ListAllPoolsAsync(server.WorkspaceId));
        await Run("connection refused (POST)", () => refused.CreatePoolAsync(server.WorkspaceId, new CredentialBatch().Add("judy", Password())));

        // The scan could find something: the capture saw the traffic, including the (redacted) Authorization header.
        Assert.True(provider.Count > 20, $"only {provider.Count} log entries were captured");
        Assert.Contains(captured.Texts, t => t.Contains("Authorization", StringComparison.Ordinal) && t.Contains("Trace", StringComparison.Ordinal));
        Assert.Contains(captured.Texts, t => t.Contains("ApiConflictException", StringComparison.Ordinal) || t.Contains("CredentialPoolConflictException", StringComparison.Ordinal));
        Assert.True(server.Requests.Any(r => r.Body.Contains(passwords[0], StringComparison.Ordinal)), "the passwords did reach the server");

        IReadOnlyList<string> leaks = captured.Leaks(passwords.Append(token).Append(wrongToken));
        Assert.True(leaks.Count == 0, string.Join("\n", leaks));

        // No fault left a task whose exception nobody observed.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        TaskScheduler.UnobservedTaskException -= onUnobserved;
        Assert.True(unobserved.IsEmpty, string.Join("\n", unobserved.Select(e => e.GetType().Name)));
    }

    [Fact]
    public void The_scan_finds_a_planted_secret()
    {
        var unobserved = new System.Collections.Concurrent.ConcurrentQueue<Exception>();
        EventHandler<UnobservedTaskExceptionEventArgs> onUnobserved = (_, e) => unobserved.Enqueue(e.Exception);
        TaskScheduler.UnobservedTaskException += onUnobserved;
        var captured = new Captured();
        captured.Add("Trace System.Net.Http.HttpClient Authorization: Token tok_planted");
        captured.Add(new InvalidOperationException("outer", new ArgumentException("inner pw_planted")));

        IReadOnlyList<string> leaks = captured.Leaks(new[] { "tok_planted", "pw_planted", "never" });

        Assert.Equal(2, leaks.Count);
        Assert.DoesNotContain(leaks, l => l.Contains("planted", StringComparison.Ordinal));
    }
}
