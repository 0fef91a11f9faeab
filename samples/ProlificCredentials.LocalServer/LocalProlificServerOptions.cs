using System.Collections.Generic;

namespace Prolific.LocalServer;

/// <summary>Settings for <see cref="LocalProlificServer"/>.</summary>
public sealed class LocalProlificServerOptions
{
    /// <summary>The API token the server accepts; a random one when <see langword="null"/>.</summary>
    public string? Token { get; init; }

    /// <summary>The workspace the token may use; a random id when <see langword="null"/>.</summary>
    public string? WorkspaceId { get; init; }

    /// <summary>A second workspace the server knows but the token may not touch (403); a random id when <see langword="null"/>.</summary>
    public string? ForeignWorkspaceId { get; init; }

    /// <summary>Canned responses served, in order, before any real handling (see <see cref="LocalProlificServer.Enqueue"/>).</summary>
    public IEnumerable<CannedResponse>? CannedResponses { get; init; }
}
