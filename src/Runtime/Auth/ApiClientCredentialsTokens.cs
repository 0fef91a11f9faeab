using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.ComponentModel;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace SpecClient.Internal;

/// <summary>
/// Gets access tokens with the OAuth 2.0 client credentials grant (RFC 6749 section 4.4) for one client id and token
/// endpoint, and keeps each (per set of scopes) until shortly before it expires. However many calls wait at once, one
/// token request is made. The secret is kept only here and in the token request; it is never part of a message.
/// Created by generated clients; not meant to be used directly.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ApiClientCredentialsTokens
{
    /// <summary>How long before its expiry a token is no longer used.</summary>
    internal static readonly TimeSpan ExpiryMargin = TimeSpan.FromSeconds(30);

    /// <summary>The largest token endpoint answer read (64 KiB).</summary>
    internal const int MaxTokenResponseBytes = 64 * 1024;

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<object, ConcurrentDictionary<string, ApiClientCredentialsTokens>> Shared = new();

    private readonly HttpClient _httpClient;
    private readonly Uri _tokenUri;
    private readonly string _clientId;
    private readonly string _clientSecret;
    private readonly ApiClientAuthentication _authentication;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<string, Slot> _slots = new(StringComparer.Ordinal);

    internal ApiClientCredentialsTokens(HttpClient httpClient, Uri tokenUri, string clientId, string clientSecret, ApiClientAuthentication authentication, TimeProvider? time = null)
    {
        _httpClient = httpClient;
        _tokenUri = tokenUri;
        _clientId = clientId;
        _clientSecret = clientSecret;
        _authentication = authentication;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>
    /// The token source of a generated client, or <see langword="null"/> when no client id is set. A relative
    /// <paramref name="tokenUrl"/> is resolved against the client's base address (or <paramref name="defaultBaseUrl"/>).
    /// </summary>
    /// <param name="httpClient">The client the token requests go through.</param>
    /// <param name="defaultBaseUrl">The spec's server URL, used when the HttpClient has no BaseAddress.</param>
    /// <param name="tokenUrl">The flow's <c>tokenUrl</c>.</param>
    /// <param name="clientId">The client id, or <see langword="null"/>.</param>
    /// <param name="clientSecret">The client secret.</param>
    /// <param name="authentication">How the client authenticates to the token endpoint; basic when <see langword="null"/>.</param>
    /// <param name="owner">
    /// The (immutable) credentials object the values come from: clients built from the same one share their token source,
    /// so that a typed client <c>IHttpClientFactory</c> creates per scope does not ask for a new token each time.
    /// </param>
    /// <returns>The token source, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentException">A client id is set without a secret, or the token URL is not a URL.</exception>
    public static ApiClientCredentialsTokens? Create(HttpClient httpClient, string defaultBaseUrl, string tokenUrl, string? clientId, string? clientSecret, ApiClientAuthentication? authentication, object? owner)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        if (clientId is null)
        {
            return null;
        }

        if (string.IsNullOrEmpty(clientSecret))
        {
            throw new ArgumentException("A client id is set without its client secret.", nameof(clientSecret));
        }

        Uri baseUri = httpClient.BaseAddress ?? new Uri(defaultBaseUrl, UriKind.Absolute);
        if (!Uri.TryCreate(baseUri, tokenUrl, out Uri? tokenUri) || (tokenUri.Scheme != Uri.UriSchemeHttps && tokenUri.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException("The token URL '" + tokenUrl + "' is not an HTTP(S) URL.", nameof(tokenUrl));
        }

        ApiClientAuthentication method = authentication ?? ApiClientAuthentication.ClientSecretBasic;
        if (owner is null)
        {
            return new ApiClientCredentialsTokens(httpClient, tokenUri, clientId, clientSecret, method);
        }

        var shared = Shared.GetValue(owner, static _ => new ConcurrentDictionary<string, ApiClientCredentialsTokens>(StringComparer.Ordinal));
        return shared.GetOrAdd(
            tokenUri.AbsoluteUri + "\n" + clientId + "\n" + method,
            static (_, state) => new ApiClientCredentialsTokens(state.httpClient, state.tokenUri, state.clientId, state.clientSecret, state.method),
            (httpClient, tokenUri, clientId, clientSecret, method));
    }

    /// <summary>Gets a token for <paramref name="scopes"/>: the kept one while it is fresh, else one new token request shared by every waiting call.</summary>
    /// <param name="scopes">The space-separated scopes, or an empty string.</param>
    /// <param name="cancellationToken">Cancels this call's wait (not the shared token request).</param>
    /// <returns>The access token.</returns>
    public ValueTask<string> GetTokenAsync(string scopes, CancellationToken cancellationToken)
    {
        Slot slot = _slots.GetOrAdd(scopes, static _ => new Slot());
        Task<Token> pending;
        lock (slot)
        {
            if (slot.Current is { } token && token.FreshAt(_time.GetUtcNow()))
            {
                return new ValueTask<string>(token.Value);
            }

            pending = slot.Pending ??= RequestAsync(slot, scopes);
        }

        return new ValueTask<string>(WaitAsync(pending, cancellationToken));
    }

    /// <summary>Drops <paramref name="rejected"/> (the server said it is invalid) so that the next call gets a new token.</summary>
    /// <param name="scopes">The scopes it was got for.</param>
    /// <param name="rejected">The token the server rejected.</param>
    public void Invalidate(string scopes, string rejected)
    {
        if (_slots.TryGetValue(scopes, out Slot? slot))
        {
            lock (slot)
            {
                if (slot.Current is { } token && string.Equals(token.Value, rejected, StringComparison.Ordinal))
                {
                    slot.Current = null;
                }
            }
        }
    }

    private static async Task<string> WaitAsync(Task<Token> pending, CancellationToken cancellationToken)
        => (await pending.WaitAsync(cancellationToken).ConfigureAwait(false)).Value;

    private async Task<Token> RequestAsync(Slot slot, string scopes)
    {
        // Run apart from the caller that started it: its cancellation must not fail the others waiting.
        await Task.Yield();
        try
        {
            Token token = await SendTokenRequestAsync(scopes).ConfigureAwait(false);
            lock (slot)
            {
                slot.Current = token;
            }

            return token;
        }
        finally
        {
            lock (slot)
            {
                slot.Pending = null;
            }
        }
    }

    private async Task<Token> SendTokenRequestAsync(string scopes)
    {
        var fields = new List<KeyValuePair<string, string>>(4) { new("grant_type", "client_credentials") };
        if (scopes.Length > 0)
        {
            fields.Add(new("scope", scopes));
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, _tokenUri);
        if (_authentication == ApiClientAuthentication.ClientSecretPost)
        {
            fields.Add(new("client_id", _clientId));
            fields.Add(new("client_secret", _clientSecret));
        }
        else
        {
            // RFC 6749 section 2.3.1: each part form-encoded before the Basic encoding.
            string pair = FormEncode(_clientId) + ":" + FormEncode(_clientSecret);
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(pair)));
        }

        request.Headers.Accept.ParseAdd("application/json");
        request.Content = new FormUrlEncodedContent(fields);
        HttpResponseMessage response;
        try
        {
            // Through the same redirect rules as a call: the Basic header with the secret stays on the token endpoint's origin.
            CallerClientRedirects.DecideBeforeCredentials(_httpClient);
            response = await CallerClientRedirects.SendAsync(_httpClient, request, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            // The inner exception is the transport's (it names no secret); the request is not kept.
            throw new ApiTokenException(null, null, ex);
        }

        using (response)
        {
            return TokenResponse.Read(response.StatusCode, await ReadCappedAsync(response).ConfigureAwait(false), _time.GetUtcNow());
        }
    }

    /// <summary>The token endpoint's body, at most <see cref="MaxTokenResponseBytes"/>: a larger one is no token.</summary>
    private static async Task<byte[]> ReadCappedAsync(HttpResponseMessage response)
    {
        var stream = await response.Content.ReadAsStreamAsync(CancellationToken.None).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var buffer = new byte[MaxTokenResponseBytes + 1];
            int count = 0;
            int read;
            while (count < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(count), CancellationToken.None).ConfigureAwait(false)) > 0)
            {
                count += read;
            }

            return count > MaxTokenResponseBytes ? throw new ApiTokenException(response.StatusCode, null) : buffer.AsSpan(0, count).ToArray();
        }
    }

    private static string FormEncode(string value) => Uri.EscapeDataString(value).Replace("%20", "+", StringComparison.Ordinal);

    private sealed class Slot
    {
        public Token? Current;
        public Task<Token>? Pending;
    }

    internal sealed record Token(string Value, DateTimeOffset ExpiresAt)
    {
        public bool FreshAt(DateTimeOffset now) => now < ExpiresAt;

        public override string ToString() => "Token { *** }";
    }
}
