using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace SpecClient.Internal;

/// <summary>
/// Sends a request whose bearer token is got at send time (<see cref="PendingBearer"/>). When a client credentials
/// token is answered with 401 and <c>WWW-Authenticate: Bearer error="invalid_token"</c>, the token is dropped, a new
/// one is got and the call is sent once more: authentication, not resilience, so it happens with retries off too.
/// </summary>
internal static class BearerSend
{
    public static async Task<HttpResponseMessage> SendAsync(
        HttpClient httpClient, HttpRequestMessage request, PendingBearer bearer, CancellationToken cancellationToken)
    {
        CallerClientRedirects.DecideBeforeCredentials(httpClient);
        string token = await bearer.GetAsync(cancellationToken).ConfigureAwait(false);
        ApiSecurity.ApplyHttpToken(request, bearer.Scheme, token);
        HttpResponseMessage response = await CallerClientRedirects.SendAsync(httpClient, request, cancellationToken).ConfigureAwait(false);
        if (bearer.Tokens is not { } tokens || !SaysInvalidToken(response) || !ContentReplay.CanReplay(request.Content))
        {
            return response;
        }

        response.Dispose();
        tokens.Invalidate(bearer.Scopes, token);
        string renewed = await tokens.GetTokenAsync(bearer.Scopes, cancellationToken).ConfigureAwait(false);
        HttpRequestMessage again = Copy(request);
        ApiSecurity.ApplyHttpToken(again, bearer.Scheme, renewed);
        return await CallerClientRedirects.SendAsync(httpClient, again, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Whether the response is a 401 whose challenge says the token is invalid (RFC 6750 section 3.1).</summary>
    internal static bool SaysInvalidToken(HttpResponseMessage response)
    {
        if (response.StatusCode != HttpStatusCode.Unauthorized)
        {
            return false;
        }

        foreach (AuthenticationHeaderValue challenge in response.Headers.WwwAuthenticate)
        {
            if (string.Equals(challenge.Scheme, "Bearer", StringComparison.OrdinalIgnoreCase)
                && challenge.Parameter is { } parameters
                && parameters.Replace(" ", string.Empty, StringComparison.Ordinal).Contains("error=\"invalid_token\"", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A new message for the same call (a message is sent once): method, URI, headers, body and what the call carries.</summary>
    private static HttpRequestMessage Copy(HttpRequestMessage request)
    {
        HttpRequestMessage copy = request is CallRequest call ? call.NextHop(request.Method, request.RequestUri!) : new HttpRequestMessage(request.Method, request.RequestUri);
        copy.Version = request.Version;
        copy.VersionPolicy = request.VersionPolicy;
        copy.Content = request.Content;
        foreach (KeyValuePair<string, object?> option in request.Options)
        {
            ((IDictionary<string, object?>)copy.Options)[option.Key] = option.Value;
        }

        foreach (KeyValuePair<string, IEnumerable<string>> header in request.Headers)
        {
            copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        return copy;
    }
}
