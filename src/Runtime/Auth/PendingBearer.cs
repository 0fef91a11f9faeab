using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace SpecClient.Internal;

/// <summary>
/// A bearer token a request gets when it is sent, not when it is built: from the caller's token provider (called per
/// request) or from a client credentials token source (kept until shortly before it expires). Holds no token itself.
/// </summary>
internal sealed class PendingBearer
{
    private static readonly HttpRequestOptionsKey<PendingBearer> Key = new("SpecClient.PendingBearer");

    public PendingBearer(string scheme, Func<CancellationToken, ValueTask<string>>? provider, ApiClientCredentialsTokens? tokens, string scopes)
    {
        Scheme = scheme;
        Provider = provider;
        Tokens = tokens;
        Scopes = scopes;
    }

    public string Scheme { get; }

    public Func<CancellationToken, ValueTask<string>>? Provider { get; }

    public ApiClientCredentialsTokens? Tokens { get; }

    public string Scopes { get; }

    /// <summary>Gets or sets the call's path template (kept here so that the call's request needs one field for both).</summary>
    public ApiRoute? Route { get; set; }

    public static void Set(HttpRequestMessage request, PendingBearer bearer)
    {
        if (request is CallRequest call)
        {
            call.Bearer = bearer;
        }
        else
        {
            request.Options.Set(Key, bearer);
        }
    }

    public static PendingBearer? Of(HttpRequestMessage request)
        => request is CallRequest call ? call.Bearer
            : request.Options.TryGetValue(Key, out PendingBearer? bearer) ? bearer : null;

    public async ValueTask<string> GetAsync(CancellationToken cancellationToken)
    {
        if (Tokens is { } tokens)
        {
            return await tokens.GetTokenAsync(Scopes, cancellationToken).ConfigureAwait(false);
        }

        string? token = await Provider!(cancellationToken).ConfigureAwait(false);
        return string.IsNullOrEmpty(token)
            ? throw new InvalidOperationException("The token provider for the '" + Scheme + "' scheme returned no token.")
            : token;
    }
}
