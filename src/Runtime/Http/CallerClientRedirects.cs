using System;
using System.Net.Http;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace SpecClient.Internal;

/// <summary>
/// Keeps credentials on their origin when a generated client sends through an <see cref="HttpClient"/> of the caller's
/// (<c>new {Client}(httpClient, credentials)</c>), whose primary handler would otherwise follow a redirect itself and carry
/// every header but <c>Authorization</c> to whatever origin a 3xx names.
/// </summary>
/// <remarks>
/// Decided once per <see cref="HttpClient"/>, at its first request that carries a header that must stay on its origin
/// (<see cref="CredentialHeaders"/>), by looking down its handler chain: an <see cref="ApiResilienceHandler"/> there follows
/// redirects already (<c>Create</c>, <c>Add{Client}</c>); a <see cref="SocketsHttpHandler"/> or <see cref="HttpClientHandler"/>
/// that follows redirects and has not sent yet is switched to <c>AllowAutoRedirect = false</c> and the redirects of every
/// later request of the client are followed here (<see cref="Redirects"/>); one that has sent already cannot be switched,
/// and a request with credentials is refused before it is sent. A handler of another kind keeps its own behaviour.
/// </remarks>
internal static class CallerClientRedirects
{
    private enum Mode
    {
        Undecided,
        LeftToClient,
        FollowedHere,
        Unsafe,
    }

    private sealed class Decision
    {
        public volatile int Mode;
    }

    private static readonly ConditionalWeakTable<HttpClient, Decision> Decisions = new();

    public static Task<HttpResponseMessage> SendAsync(HttpClient httpClient, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Decision decision = Decisions.GetValue(httpClient, static _ => new Decision());
        Mode mode = (Mode)decision.Mode;
        if (mode == Mode.Undecided)
        {
            if (!CredentialHeaders.AnyOriginBound(request))
            {
                return httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            }

            mode = Decide(httpClient, decision);
        }

        return mode switch
        {
            Mode.FollowedHere => Redirects.SendAsync(
                static (hop, token, client) => client.SendAsync(hop, HttpCompletionOption.ResponseHeadersRead, token), request, httpClient, cancellationToken),
            Mode.Unsafe when CredentialHeaders.AnyOriginBound(request) => throw new InvalidOperationException(
                "The HttpClient's handler follows redirects itself and has sent requests already, so it could carry this call's credentials to another origin. "
                + "Set AllowAutoRedirect = false on its handler before its first request (the client then follows redirects itself, keeping credentials on their origin), or build the client with Create(options) or Add{Client}()."),
            _ => httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken),
        };
    }

    /// <summary>
    /// Decides now for a client about to send credentials (the bearer token of a client credentials flow is got through
    /// the same client first: deciding only at the call would find its handler has sent already).
    /// </summary>
    public static void DecideBeforeCredentials(HttpClient httpClient)
    {
        Decision decision = Decisions.GetValue(httpClient, static _ => new Decision());
        if ((Mode)decision.Mode == Mode.Undecided)
        {
            Decide(httpClient, decision);
        }
    }

    private static Mode Decide(HttpClient httpClient, Decision decision)
    {
        lock (decision)
        {
            if (decision.Mode == (int)Mode.Undecided)
            {
                decision.Mode = (int)Inspect(httpClient);
            }

            return (Mode)decision.Mode;
        }
    }

    private static Mode Inspect(HttpClient httpClient)
    {
        HttpMessageHandler? handler;
        try
        {
            handler = HandlerOf(httpClient);
        }
        catch (MissingFieldException)
        {
            return Mode.LeftToClient;
        }

        while (handler is DelegatingHandler delegating)
        {
            if (delegating is ApiResilienceHandler)
            {
                return Mode.LeftToClient;
            }

            handler = delegating.InnerHandler;
        }

        if (handler is not (SocketsHttpHandler { AllowAutoRedirect: true } or HttpClientHandler { AllowAutoRedirect: true }))
        {
            return Mode.LeftToClient;
        }

        return Redirects.TakeOverFrom(handler) ? Mode.FollowedHere : Mode.Unsafe;
    }

    // The handler an HttpClient sends through (HttpMessageInvoker keeps it private); trimming and AOT safe.
    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_handler")]
    private static extern ref HttpMessageHandler HandlerOf(HttpMessageInvoker invoker);
}
