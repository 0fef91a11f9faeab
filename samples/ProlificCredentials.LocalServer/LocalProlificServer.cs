using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Prolific.LocalServer;

/// <summary>
/// An in-memory stand-in for Prolific's credentials API, served by Kestrel on <c>http://127.0.0.1</c> at a free port.
/// It checks <c>Authorization: Token ...</c>, keeps credential pools in memory, records every request, and can serve
/// canned responses for fault injection. It logs nothing (the credentials it stores hold passwords).
/// </summary>
public sealed class LocalProlificServer : IAsyncDisposable
{
    private const string CollectionPath = "/api/v1/credentials/";

    private readonly WebApplication _app;
    private readonly object _gate = new();
    private readonly Dictionary<string, Pool> _pools = new(StringComparer.Ordinal);
    private readonly List<RecordedRequest> _requests = new();
    private readonly ConcurrentQueue<CannedResponse> _canned = new();
    private readonly CancellationTokenSource _stopping = new();
    private int _disposed;

    private LocalProlificServer(WebApplication app, string token, string workspaceId, string foreignWorkspaceId)
    {
        _app = app;
        Token = token;
        WorkspaceId = workspaceId;
        ForeignWorkspaceId = foreignWorkspaceId;
    }

    /// <summary>The server's base address, e.g. <c>http://127.0.0.1:50123/</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The API token the server accepts.</summary>
    public string Token { get; }

    /// <summary>The workspace the token may use.</summary>
    public string WorkspaceId { get; }

    /// <summary>A workspace the server knows but the token may not touch.</summary>
    public string ForeignWorkspaceId { get; }

    /// <summary>The requests received so far, in order of arrival.</summary>
    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return _requests.ToArray();
            }
        }
    }

    /// <summary>Starts a server on <c>http://127.0.0.1:0</c> (a free port).</summary>
    /// <param name="options">Settings; defaults when <see langword="null"/>.</param>
    /// <returns>The running server.</returns>
    public static async Task<LocalProlificServer> StartAsync(LocalProlificServerOptions? options = null)
    {
        options ??= new LocalProlificServerOptions();
        WebApplicationBuilder builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.WebHost.UseShutdownTimeout(TimeSpan.FromSeconds(2));
        WebApplication app = builder.Build();

        var server = new LocalProlificServer(
            app,
            options.Token ?? "tok_" + RandomHex(16),
            options.WorkspaceId ?? RandomHex(12),
            options.ForeignWorkspaceId ?? RandomHex(12));
        if (options.CannedResponses is not null)
        {
            foreach (CannedResponse response in options.CannedResponses)
            {
                server.Enqueue(response);
            }
        }

        app.Run(server.HandleAsync);
        await app.StartAsync().ConfigureAwait(false);
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseAddress = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    /// <summary>Queues a canned response: the next request not served by an earlier one gets it.</summary>
    /// <param name="response">The response.</param>
    public void Enqueue(CannedResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        _canned.Enqueue(response);
    }

    /// <summary>Creates a pool directly (no request), e.g. in the foreign workspace.</summary>
    /// <param name="workspaceId">The pool's workspace.</param>
    /// <param name="credentialsCsv">The credentials as <c>username,password</c> lines.</param>
    /// <returns>The pool id.</returns>
    public string SeedPool(string workspaceId, string credentialsCsv)
    {
        if (!CredentialsCsv.TryParse(credentialsCsv, out List<Credential> credentials, out string? error))
        {
            throw new ArgumentException(error, nameof(credentialsCsv));
        }

        lock (_gate)
        {
            var pool = new Pool(NewPoolId(), workspaceId);
            pool.Credentials.AddRange(credentials);
            _pools.Add(pool.Id, pool);
            return pool.Id;
        }
    }

    /// <summary>Marks credentials of a pool as handed to participants, lowering its available count.</summary>
    /// <param name="credentialPoolId">The pool id.</param>
    /// <param name="count">How many to redeem.</param>
    public void Redeem(string credentialPoolId, int count)
    {
        lock (_gate)
        {
            Pool pool = _pools[credentialPoolId];
            pool.Redeemed = Math.Min(pool.Credentials.Count, pool.Redeemed + count);
        }
    }

    /// <summary>Gets the usernames stored in a pool, in order, or <see langword="null"/> for an unknown pool.</summary>
    /// <param name="credentialPoolId">The pool id.</param>
    /// <returns>The usernames.</returns>
    public IReadOnlyList<string>? GetUsernames(string credentialPoolId)
    {
        lock (_gate)
        {
            return _pools.TryGetValue(credentialPoolId, out Pool? pool) ? pool.Credentials.Select(c => c.Username).ToArray() : null;
        }
    }

    /// <summary>Checks a stored password without exposing it.</summary>
    /// <param name="credentialPoolId">The pool id.</param>
    /// <param name="username">The username.</param>
    /// <param name="password">The expected password.</param>
    /// <returns>Whether the pool holds exactly that pair.</returns>
    public bool HasCredential(string credentialPoolId, string username, string password)
    {
        lock (_gate)
        {
            return _pools.TryGetValue(credentialPoolId, out Pool? pool)
                && pool.Credentials.Any(c => c.Username == username && c.Password == password);
        }
    }

    /// <summary>Stops the server.</summary>
    /// <returns>A task that completes when the server has stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _stopping.CancelAsync().ConfigureAwait(false);
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5)))
        {
            try
            {
                await _app.StopAsync(timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
            }
        }

        await _app.DisposeAsync().ConfigureAwait(false);
        _stopping.Dispose();
    }

    /// <summary>Returns the base address only (never the token).</summary>
    /// <returns>The description.</returns>
    public override string ToString() => "LocalProlificServer " + BaseAddress;

    private static string RandomHex(int bytes) => Convert.ToHexString(RandomNumberGenerator.GetBytes(bytes)).ToLowerInvariant();

    private static string NewPoolId() => "cred_pool_" + RandomHex(12);

    private async Task HandleAsync(HttpContext context)
    {
        string rawTarget = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path + context.Request.QueryString;
        string body;
        using (var reader = new StreamReader(context.Request.Body, Encoding.UTF8))
        {
            body = await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
        }

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues> header in context.Request.Headers)
        {
            headers[header.Key] = header.Value.ToString();
        }

        lock (_gate)
        {
            _requests.Add(new RecordedRequest(context.Request.Method, rawTarget, headers, body));
        }

        context.Response.Headers["x-request-id"] = "req_" + RandomHex(8);
        if (_canned.TryDequeue(out CannedResponse? canned))
        {
            await ServeCannedAsync(context, canned).ConfigureAwait(false);
            return;
        }

        (int status, JsonObject? json, string? allow) = Route(context, rawTarget, body);
        if (status == 401)
        {
            context.Response.Headers.WWWAuthenticate = "Token";
        }

        if (allow is not null)
        {
            context.Response.Headers.Allow = allow;
        }

        context.Response.StatusCode = status;
        if (json is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(json.ToJsonString(), context.RequestAborted).ConfigureAwait(false);
        }
    }

    private async Task ServeCannedAsync(HttpContext context, CannedResponse canned)
    {
        if (canned.Delay > TimeSpan.Zero)
        {
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token);
            try
            {
                await Task.Delay(canned.Delay, linked.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                context.Abort();
                return;
            }
        }

        if (canned.Abort)
        {
            context.Abort();
            return;
        }

        context.Response.StatusCode = canned.StatusCode;
        foreach (KeyValuePair<string, string> header in canned.Headers)
        {
            context.Response.Headers[header.Key] = header.Value;
        }

        if (canned.ContentType is not null)
        {
            context.Response.ContentType = canned.ContentType;
        }

        byte[] bytes = canned.BodyBytes ?? (canned.Body is null ? Array.Empty<byte>() : Encoding.UTF8.GetBytes(canned.Body));
        if (canned.AbortAfterBody)
        {
            context.Response.ContentLength = bytes.Length + 1000;
            await context.Response.Body.WriteAsync(bytes, context.RequestAborted).ConfigureAwait(false);
            await context.Response.Body.FlushAsync(context.RequestAborted).ConfigureAwait(false);
            if (canned.AbortWhen is not null)
            {
                try
                {
                    await canned.AbortWhen.WaitAsync(_stopping.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                }
            }

            context.Abort();
            return;
        }

        context.Response.ContentLength = bytes.Length;
        if (bytes.Length > 0)
        {
            try
            {
                await context.Response.Body.WriteAsync(bytes, context.RequestAborted).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
            }
            catch (IOException)
            {
            }
        }
    }

    private (int Status, JsonObject? Json, string? Allow) Route(HttpContext context, string rawTarget, string body)
    {
        string rawPath = rawTarget.Split('?', 2)[0];
        string method = context.Request.Method;
        string? poolId = null;
        if (rawPath != CollectionPath)
        {
            string rest = rawPath.StartsWith(CollectionPath, StringComparison.Ordinal) ? rawPath.Substring(CollectionPath.Length) : string.Empty;
            if (rest.Length < 2 || !rest.EndsWith('/') || rest.IndexOf('/') != rest.Length - 1)
            {
                return (404, Error("Not found."), null);
            }

            poolId = Uri.UnescapeDataString(rest.Substring(0, rest.Length - 1));
        }

        if (poolId is null && method != HttpMethods.Get && method != HttpMethods.Post)
        {
            return (405, Error("Method \"" + method + "\" not allowed."), "GET, POST");
        }

        if (poolId is not null && method != HttpMethods.Patch)
        {
            return (405, Error("Method \"" + method + "\" not allowed."), "PATCH");
        }

        if (!IsAuthorized(context.Request.Headers.Authorization.ToString(), out string? authError))
        {
            return (401, Error(authError!), null);
        }

        if (poolId is not null)
        {
            return Update(poolId, body);
        }

        return method == HttpMethods.Get ? List(context.Request.Query["workspace_id"].ToString()) : Create(body);
    }

    private bool IsAuthorized(string authorization, out string? error)
    {
        if (string.IsNullOrEmpty(authorization))
        {
            error = "Authentication credentials were not provided.";
            return false;
        }

        string[] parts = authorization.Split(' ', 2);
        if (parts.Length != 2 || !parts[0].Equals("Token", StringComparison.OrdinalIgnoreCase)
            || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(parts[1]), Encoding.UTF8.GetBytes(Token)))
        {
            error = "Invalid token.";
            return false;
        }

        error = null;
        return true;
    }

    private (int, JsonObject?, string?) List(string workspaceId)
    {
        if (string.IsNullOrEmpty(workspaceId))
        {
            return (400, Error("The workspace_id query parameter is required."), null);
        }

        if (workspaceId != WorkspaceId)
        {
            return (403, Error("You do not have the workspace.workspace_update permission for this workspace."), null);
        }

        var pools = new JsonArray();
        lock (_gate)
        {
            foreach (Pool pool in _pools.Values.Where(p => p.WorkspaceId == workspaceId))
            {
                pools.Add(new JsonObject
                {
                    ["credential_pool_id"] = pool.Id,
                    ["total_credentials"] = pool.Credentials.Count,
                    ["available_credentials"] = pool.Credentials.Count - pool.Redeemed,
                    ["workspace_id"] = pool.WorkspaceId,
                });
            }
        }

        return (200, new JsonObject { ["credential_pools"] = pools }, null);
    }

    private (int, JsonObject?, string?) Create(string body)
    {
        if (!TryReadBody(body, requireWorkspace: true, out string? csv, out string? workspaceId, out JsonObject? bodyError))
        {
            return (400, bodyError, null);
        }

        if (workspaceId != WorkspaceId)
        {
            return (403, Error("You do not have the workspace.workspace_update permission for this workspace."), null);
        }

        if (!CredentialsCsv.TryParse(csv!, out List<Credential> credentials, out string? csvError))
        {
            return (400, Error(csvError!), null);
        }

        List<string> duplicates = FindDuplicates(Array.Empty<Credential>(), credentials);
        if (duplicates.Count > 0)
        {
            return (409, Conflict(duplicates), null);
        }

        lock (_gate)
        {
            var pool = new Pool(NewPoolId(), workspaceId!);
            pool.Credentials.AddRange(credentials);
            _pools.Add(pool.Id, pool);
            return (201, new JsonObject { ["credential_pool_id"] = pool.Id }, null);
        }
    }

    private (int, JsonObject?, string?) Update(string poolId, string body)
    {
        lock (_gate)
        {
            if (!_pools.TryGetValue(poolId, out Pool? pool))
            {
                return (404, Error("Credential pool not found."), null);
            }

            if (pool.WorkspaceId != WorkspaceId)
            {
                return (403, Error("You do not have the workspace.workspace_update permission for this workspace."), null);
            }

            if (!TryReadBody(body, requireWorkspace: false, out string? csv, out _, out JsonObject? bodyError))
            {
                return (400, bodyError, null);
            }

            if (!CredentialsCsv.TryParse(csv!, out List<Credential> credentials, out string? csvError))
            {
                return (400, Error(csvError!), null);
            }

            List<string> duplicates = FindDuplicates(pool.Credentials, credentials);
            if (duplicates.Count > 0)
            {
                return (409, Conflict(duplicates), null);
            }

            pool.Credentials.AddRange(credentials);
            return (200, new JsonObject { ["credential_pool_id"] = pool.Id }, null);
        }
    }

    private static bool TryReadBody(string body, bool requireWorkspace, out string? csv, out string? workspaceId, out JsonObject? error)
    {
        csv = null;
        workspaceId = null;
        error = null;
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            error = Error("The request body is not valid JSON.");
            return false;
        }

        if (root is not JsonObject obj)
        {
            error = Error("The request body must be a JSON object.");
            return false;
        }

        if (!TryGetString(obj, "credentials", out csv))
        {
            error = Error("The 'credentials' field is required and must be a string.");
            return false;
        }

        if (requireWorkspace && !TryGetString(obj, "workspace_id", out workspaceId))
        {
            error = Error("The 'workspace_id' field is required and must be a string.");
            return false;
        }

        return true;
    }

    private static bool TryGetString(JsonObject obj, string name, out string? value)
    {
        value = null;
        if (obj[name] is JsonValue node && node.GetValueKind() == JsonValueKind.String)
        {
            value = node.GetValue<string>();
            return value.Length > 0;
        }

        return false;
    }

    private static List<string> FindDuplicates(IReadOnlyCollection<Credential> existing, IReadOnlyList<Credential> incoming)
    {
        var seen = new HashSet<string>(existing.Select(c => c.Username), StringComparer.Ordinal);
        var duplicates = new List<string>();
        foreach (Credential credential in incoming)
        {
            if (!seen.Add(credential.Username) && !duplicates.Contains(credential.Username))
            {
                duplicates.Add(credential.Username);
            }
        }

        return duplicates;
    }

    private static JsonObject Error(string message) => new() { ["error"] = message };

    private static JsonObject Conflict(List<string> duplicates)
    {
        var names = new JsonArray();
        foreach (string name in duplicates)
        {
            names.Add(name);
        }

        return new JsonObject
        {
            ["error"] = "Duplicate usernames are not allowed in a credential pool.",
            ["duplicate_usernames"] = names,
        };
    }

    private sealed class Pool(string id, string workspaceId)
    {
        public string Id { get; } = id;

        public string WorkspaceId { get; } = workspaceId;

        public List<Credential> Credentials { get; } = new();

        public int Redeemed { get; set; }
    }
}
