using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace SpecClient.Internal;

/// <summary>
/// Follows HTTP redirects in place of the primary handler, so that credentials never leave the origin they were meant
/// for: a hop to another scheme, host or port carries only the headers known to hold none (see <see cref="CredentialHeaders"/>).
/// </summary>
/// <remarks>
/// Up to <see cref="MaxRedirects"/> hops. 301 and 302 after a POST, and 303 after anything but HEAD, continue as a GET
/// without a body; 307 and 308 repeat the method and body, only when the body can be sent again
/// (<see cref="ContentReplay"/>). A redirect from https to http, to another scheme, or without a usable
/// <c>Location</c> is not followed: the caller gets the 3xx response. The caller's request is never changed: each hop
/// is a new request carrying the same options.
/// </remarks>
internal static class Redirects
{
    public const int MaxRedirects = 10;

    public static async Task<HttpResponseMessage> SendAsync<TState>(
        Func<HttpRequestMessage, CancellationToken, TState, Task<HttpResponseMessage>> send,
        HttpRequestMessage request,
        TState state,
        CancellationToken cancellationToken)
    {
        HttpRequestMessage current = request;
        for (int hop = 0; ; hop++)
        {
            HttpResponseMessage response = await send(current, cancellationToken, state).ConfigureAwait(false);
            if (hop == MaxRedirects || NextHop(current, response) is not { } next)
            {
                return response;
            }

            response.Dispose();
            current = next;
        }
    }

    private static HttpRequestMessage? NextHop(HttpRequestMessage request, HttpResponseMessage response)
    {
        int status = (int)response.StatusCode;
        if (status is not (301 or 302 or 303 or 307 or 308) || request.RequestUri is not { IsAbsoluteUri: true } from
            || response.Headers.Location is not { } location)
        {
            return null;
        }

        Uri to;
        try
        {
            to = location.IsAbsoluteUri ? location : new Uri(from, location);
        }
        catch (UriFormatException)
        {
            return null;
        }

        if ((to.Scheme != Uri.UriSchemeHttp && to.Scheme != Uri.UriSchemeHttps)
            || (from.Scheme == Uri.UriSchemeHttps && to.Scheme == Uri.UriSchemeHttp))
        {
            return null;
        }

        bool becomesGet = status == 303 ? request.Method != HttpMethod.Head : status is 301 or 302 && request.Method == HttpMethod.Post;
        if (!becomesGet && !ContentReplay.CanReplay(request.Content))
        {
            return null;
        }

        HttpMethod method = becomesGet ? HttpMethod.Get : request.Method;
        HttpRequestMessage next = request is CallRequest call ? call.NextHop(method, to) : new HttpRequestMessage(method, to);
        next.Version = request.Version;
        next.VersionPolicy = request.VersionPolicy;
        next.Content = becomesGet ? null : request.Content;
        foreach (KeyValuePair<string, object?> option in request.Options)
        {
            ((IDictionary<string, object?>)next.Options)[option.Key] = option.Value;
        }

        // To another origin go only the headers known to hold no credential (CredentialHeaders).
        bool sameOrigin = SameOrigin(from, to);
        foreach (KeyValuePair<string, IEnumerable<string>> header in request.Headers)
        {
            if (sameOrigin || CredentialHeaders.IsPortable(request, header.Key))
            {
                next.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        return next;
    }

    /// <summary>Whether two absolute URIs share scheme, host and port (the origin credentials and next-page links keep to).</summary>
    internal static bool SameOrigin(Uri a, Uri b)
        => Uri.Compare(a, b, UriComponents.SchemeAndServer, UriFormat.SafeUnescaped, StringComparison.OrdinalIgnoreCase) == 0;

    /// <summary>
    /// Turns off the redirect following of the primary handler at the end of <paramref name="handler"/>'s chain, so that
    /// redirects come back up to be followed here. Returns whether redirects should be followed here: only when the
    /// primary handler was following them (it is a <see cref="SocketsHttpHandler"/> or <see cref="HttpClientHandler"/>
    /// that has not sent yet). A primary handler of another kind keeps its own behaviour.
    /// </summary>
    public static bool TakeOverFrom(HttpMessageHandler? handler)
    {
        while (handler is DelegatingHandler delegating)
        {
            handler = delegating.InnerHandler;
        }

        try
        {
            switch (handler)
            {
                case SocketsHttpHandler { AllowAutoRedirect: true } sockets:
                    sockets.AllowAutoRedirect = false;
                    return true;
                case HttpClientHandler { AllowAutoRedirect: true } client:
                    client.AllowAutoRedirect = false;
                    return true;
                default:
                    return false;
            }
        }
        catch (InvalidOperationException)
        {
            // The handler has sent already and can no longer be changed: it keeps following redirects itself.
            return false;
        }
    }
}
