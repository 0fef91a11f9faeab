using System;
using System.Net.Http;
using System.Text;

namespace SpecClient.Internal;

/// <summary>
/// Applies security schemes to requests. Every method replaces any value already set for the same header or cookie
/// name and rejects CR, LF and other control characters without echoing the value. Nothing is cached: a credential
/// lives only in the options or credentials object the caller holds and in the requests built from it.
/// </summary>
/// <remarks>
/// Credentials are sent only to the origin (scheme, host and port) the request was built for: when a redirect leads
/// elsewhere, the redirect is followed without <c>Authorization</c>, <c>Cookie</c>, every API key header set here and every
/// other header not known to be safe (see <see cref="CredentialHeaders"/>).
/// </remarks>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public static class ApiSecurity
{
    /// <summary>Sets <c>Authorization: {scheme} {token}</c> (an OpenAPI <c>http</c> scheme such as <c>Bearer</c> or <c>Token</c>).</summary>
    /// <param name="request">The request.</param>
    /// <param name="scheme">The authentication scheme name (an HTTP token).</param>
    /// <param name="token">The credential.</param>
    /// <exception cref="ArgumentException">The scheme is not a token, or the token is empty or holds a control character.</exception>
    public static void ApplyHttpToken(HttpRequestMessage request, string scheme, string token)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(token);

        ApiHeaders.ValidateName(scheme, nameof(scheme));
        if (token.Length == 0)
        {
            throw new ArgumentException("The credential for the '" + scheme + "' scheme is empty.", nameof(token));
        }

        ApiHeaders.ValidateValue(token, "the", scheme, " credential", nameof(token));
        string value = scheme + " " + token;
        System.Net.Http.Headers.HttpRequestHeaders headers = request.Headers;
        if (headers.NonValidated.Count != 0)
        {
            // A request fresh from CreateRequest has no header yet: nothing to replace, no lookup.
            headers.Remove("Authorization");
        }

        headers.TryAddWithoutValidation("Authorization", value);
    }

    /// <summary>Sets <c>Authorization: Basic base64(username:password)</c> with UTF-8 encoding.</summary>
    /// <param name="request">The request.</param>
    /// <param name="credentials">The user name and password.</param>
    /// <exception cref="ArgumentException">The user name holds a colon, or either part holds a control character.</exception>
    public static void ApplyBasic(HttpRequestMessage request, BasicCredentials credentials)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(credentials);
        if (credentials.Username.Contains(':', StringComparison.Ordinal))
        {
            throw new ArgumentException("The Basic authentication user name must not contain a colon.", nameof(credentials));
        }

        ApiHeaders.ValidateValue(credentials.Username, "the Basic authentication user name", nameof(credentials));
        ApiHeaders.ValidateValue(credentials.Password, "the Basic authentication password", nameof(credentials));
        string encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes(credentials.Username + ":" + credentials.Password));
        request.Headers.Remove("Authorization");
        request.Headers.TryAddWithoutValidation("Authorization", "Basic " + encoded);
    }

    /// <summary>Sets the API key header <paramref name="name"/> to <paramref name="key"/>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="name">The header name.</param>
    /// <param name="key">The API key.</param>
    /// <exception cref="ArgumentException">The name is not a valid header name, or the key holds a control character.</exception>
    public static void ApplyApiKeyHeader(HttpRequestMessage request, string name, string key)
    {
        ArgumentNullException.ThrowIfNull(request);
        ApiHeaders.ValidateName(name, nameof(name));
        ArgumentNullException.ThrowIfNull(key);
        ApiHeaders.ValidateValue(key, "the API key header", name, null, nameof(key));
        request.Headers.Remove(name);
        CredentialHeaders.Record(request, name);
        ApiHeaders.AddValidated(request, name, key);
    }

    /// <summary>Adds the API key cookie <paramref name="name"/> (escaped) to the request's <c>Cookie</c> header.</summary>
    /// <param name="request">The request.</param>
    /// <param name="name">The cookie name.</param>
    /// <param name="key">The API key.</param>
    /// <exception cref="ArgumentException">The name is empty, or the key holds a control character.</exception>
    public static void ApplyApiKeyCookie(HttpRequestMessage request, string name, string key)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(key);
        ApiHeaders.ValidateValue(key, "the API key cookie", name, null, nameof(key));
        ApiHeaders.AddCookie(request, name, key);
    }

    /// <summary>Applies <see cref="ApplyHttpToken"/> when <paramref name="token"/> is set; does nothing when it is <see langword="null"/>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="scheme">The authentication scheme name (an HTTP token).</param>
    /// <param name="token">The credential, or <see langword="null"/> when the caller supplied none.</param>
    public static void ApplyHttpTokenIfSet(HttpRequestMessage request, string scheme, string? token)
    {
        if (token is not null)
        {
            ApplyHttpToken(request, scheme, token);
        }
    }

    /// <summary>Applies <see cref="ApplyBasic"/> when <paramref name="credentials"/> is set; does nothing when it is <see langword="null"/>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="credentials">The user name and password, or <see langword="null"/> when the caller supplied none.</param>
    public static void ApplyBasicIfSet(HttpRequestMessage request, BasicCredentials? credentials)
    {
        if (credentials is not null)
        {
            ApplyBasic(request, credentials);
        }
    }

    /// <summary>Applies <see cref="ApplyApiKeyHeader"/> when <paramref name="key"/> is set; does nothing when it is <see langword="null"/>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="name">The header name.</param>
    /// <param name="key">The API key, or <see langword="null"/> when the caller supplied none.</param>
    public static void ApplyApiKeyHeaderIfSet(HttpRequestMessage request, string name, string? key)
    {
        if (key is not null)
        {
            ApplyApiKeyHeader(request, name, key);
        }
    }

    /// <summary>Applies <see cref="ApplyApiKeyCookie"/> when <paramref name="key"/> is set; does nothing when it is <see langword="null"/>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="name">The cookie name.</param>
    /// <param name="key">The API key, or <see langword="null"/> when the caller supplied none.</param>
    public static void ApplyApiKeyCookieIfSet(HttpRequestMessage request, string name, string? key)
    {
        if (key is not null)
        {
            ApplyApiKeyCookie(request, name, key);
        }
    }

    /// <summary>
    /// Applies a bearer-like scheme from whichever of its credentials is set: the fixed <paramref name="token"/> now,
    /// else the caller's <paramref name="provider"/> (called when the request is sent, its result kept by nobody), else a
    /// client credentials token for <paramref name="scopes"/> from <paramref name="tokens"/>. Does nothing when none is set.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="scheme">The authentication scheme name (<c>Bearer</c>).</param>
    /// <param name="token">The fixed token, or <see langword="null"/>.</param>
    /// <param name="provider">The caller's token provider, or <see langword="null"/>.</param>
    /// <param name="tokens">The client credentials token source, or <see langword="null"/>.</param>
    /// <param name="scopes">The space-separated scopes the operation's security requirement names.</param>
    public static void ApplyBearerIfSet(
        HttpRequestMessage request, string scheme, string? token, Func<System.Threading.CancellationToken, System.Threading.Tasks.ValueTask<string>>? provider,
        ApiClientCredentialsTokens? tokens, string scopes)
    {
        if (token is not null)
        {
            ApplyHttpToken(request, scheme, token);
        }
        else if (provider is not null || tokens is not null)
        {
            ArgumentNullException.ThrowIfNull(request);
            ApiHeaders.ValidateName(scheme, nameof(scheme));
            PendingBearer.Set(request, new PendingBearer(scheme, provider, tokens, scopes ?? string.Empty));
        }
    }

    /// <summary>Whether any credential of a bearer-like scheme is set (see <see cref="ApplyBearerIfSet"/>).</summary>
    /// <param name="token">The fixed token, or <see langword="null"/>.</param>
    /// <param name="provider">The caller's token provider, or <see langword="null"/>.</param>
    /// <param name="tokens">The client credentials token source, or <see langword="null"/>.</param>
    /// <returns>Whether one is set.</returns>
    public static bool HasBearer(string? token, object? provider, ApiClientCredentialsTokens? tokens) => token is not null || provider is not null || tokens is not null;

    /// <summary>Reads a configured client authentication method: <c>client_secret_basic</c> or <c>client_secret_post</c> (or the enum's names).</summary>
    /// <param name="value">The configured value, or <see langword="null"/>.</param>
    /// <param name="key">The configuration key, for the message.</param>
    /// <returns>The method, or <see langword="null"/> when <paramref name="value"/> is <see langword="null"/>.</returns>
    /// <exception cref="ArgumentException">The value names no method.</exception>
    public static ApiClientAuthentication? ParseClientAuthentication(string? value, string key) => value?.Trim() switch
    {
        null => null,
        "client_secret_basic" or "ClientSecretBasic" => ApiClientAuthentication.ClientSecretBasic,
        "client_secret_post" or "ClientSecretPost" => ApiClientAuthentication.ClientSecretPost,
        _ => throw new ArgumentException("The configuration key '" + key + "' must be client_secret_basic or client_secret_post.", nameof(value)),
    };
}
