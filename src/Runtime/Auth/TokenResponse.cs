using System;
using System.Net;
using System.Text.Json;

namespace SpecClient.Internal;

/// <summary>Reads a token endpoint's answer (RFC 6749 sections 5.1 and 5.2) without reflection; never echoes a token.</summary>
internal static class TokenResponse
{
    /// <summary>Without <c>expires_in</c> a token is kept this long.</summary>
    private static readonly TimeSpan DefaultLifetime = TimeSpan.FromMinutes(5);

    public static ApiClientCredentialsTokens.Token Read(HttpStatusCode status, byte[] body, DateTimeOffset now)
    {
        string? accessToken = null;
        string? error = null;
        long? expiresIn = null;
        try
        {
            using JsonDocument document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                JsonElement root = document.RootElement;
                accessToken = root.TryGetProperty("access_token", out JsonElement token) && token.ValueKind == JsonValueKind.String ? token.GetString() : null;
                error = root.TryGetProperty("error", out JsonElement code) && code.ValueKind == JsonValueKind.String ? ErrorCode(code.GetString()) : null;
                expiresIn = root.TryGetProperty("expires_in", out JsonElement expires) ? Seconds(expires) : null;
            }
        }
        catch (JsonException)
        {
            // Not JSON: no token and no error code.
        }

        if ((int)status is < 200 or > 299 || string.IsNullOrEmpty(accessToken) || accessToken.AsSpan().IndexOfAnyInRange('\0', '\x1f') >= 0)
        {
            throw new ApiTokenException(status, error);
        }

        TimeSpan lifetime = expiresIn is { } seconds ? TimeSpan.FromSeconds(Math.Clamp(seconds, 0, 365L * 24 * 3600)) : DefaultLifetime;

        // Used until shortly before it expires; a very short-lived token is used for the first half of its life.
        TimeSpan margin = lifetime > ApiClientCredentialsTokens.ExpiryMargin * 2 ? ApiClientCredentialsTokens.ExpiryMargin : lifetime / 2;
        return new ApiClientCredentialsTokens.Token(accessToken, now + lifetime - margin);
    }

    private static long? Seconds(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number when value.TryGetInt64(out long n) => n,
        JsonValueKind.String when long.TryParse(value.GetString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out long n) => n,
        _ => null,
    };

    /// <summary>The OAuth error code when it is one (RFC 6749's characters, short); server text of any other shape is dropped.</summary>
    private static string? ErrorCode(string? code)
    {
        if (string.IsNullOrEmpty(code) || code.Length > 64)
        {
            return null;
        }

        foreach (char c in code)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.'))
            {
                return null;
            }
        }

        return code;
    }
}
