using System;
using System.IO;
using System.Threading.Tasks;
using Prolific.LocalServer;

namespace Prolific.Credentials.Sample;

/// <summary>Where the sample sends its requests: the real API (from the environment) or a local stand-in.</summary>
internal sealed class SampleTarget : IAsyncDisposable
{
    private const string DefaultBaseUrl = "https://api.prolific.com";

    private readonly LocalProlificServer? _localServer;

    private SampleTarget(Uri baseAddress, string token, string workspaceId, LocalProlificServer? localServer)
    {
        BaseAddress = baseAddress;
        Token = token;
        WorkspaceId = workspaceId;
        _localServer = localServer;
    }

    public Uri BaseAddress { get; }

    public string Token { get; }

    public string WorkspaceId { get; }

    /// <summary>Reads the environment; returns <see langword="null"/> (after printing why) when it is incomplete.</summary>
    public static async Task<SampleTarget?> ResolveAsync(TextWriter output, TextWriter error)
    {
        string? token = Environment.GetEnvironmentVariable("PROLIFIC_API_TOKEN");
        if (string.IsNullOrWhiteSpace(token))
        {
            LocalProlificServer server = await LocalProlificServer.StartAsync();
            output.WriteLine($"PROLIFIC_API_TOKEN is not set: using a local stand-in server at {server.BaseAddress}");
            return new SampleTarget(server.BaseAddress, server.Token, server.WorkspaceId, server);
        }

        string? workspaceId = Environment.GetEnvironmentVariable("PROLIFIC_WORKSPACE_ID");
        if (string.IsNullOrWhiteSpace(workspaceId))
        {
            error.WriteLine("Error: PROLIFIC_API_TOKEN is set but PROLIFIC_WORKSPACE_ID is not. Set it to the id of the workspace to create the credential pool in.");
            return null;
        }

        string baseUrl = Environment.GetEnvironmentVariable("PROLIFIC_API_BASE_URL") is { Length: > 0 } configured ? configured : DefaultBaseUrl;
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out Uri? baseAddress) || (baseAddress.Scheme != Uri.UriSchemeHttps && baseAddress.Scheme != Uri.UriSchemeHttp))
        {
            error.WriteLine("Error: PROLIFIC_API_BASE_URL must be an absolute http(s) URL.");
            return null;
        }

        output.WriteLine($"Using the API at {baseAddress.GetLeftPart(UriPartial.Authority)}; this creates a credential pool in workspace {workspaceId}.");
        return new SampleTarget(baseAddress, token.Trim(), workspaceId.Trim(), null);
    }

    public async ValueTask DisposeAsync()
    {
        if (_localServer is not null)
        {
            await _localServer.DisposeAsync();
        }
    }

    /// <summary>Never shows the token.</summary>
    public override string ToString() => $"SampleTarget {BaseAddress} (workspace {WorkspaceId})";
}
