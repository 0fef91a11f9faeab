using System;
using System.Text;

namespace SpecClient.Internal;

/// <summary>Builds request URIs from a base address and an already escaped path and query.</summary>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public static class ApiUri
{
    private static readonly UriCreationOptions NoCanonicalization = new() { DangerousDisablePathAndQueryCanonicalization = true };

    /// <summary>
    /// Creates the absolute request URI for <paramref name="pathAndQuery"/>.
    /// </summary>
    /// <param name="clientBaseAddress">The HttpClient's <see cref="System.Net.Http.HttpClient.BaseAddress"/>; it wins when set.</param>
    /// <param name="defaultBaseUrl">The spec's default server URL (used when there is no BaseAddress, and only if it is absolute).</param>
    /// <param name="pathAndQuery">The operation's path and query, with parameters already escaped (see <see cref="ApiPath.Escape"/> and <see cref="ApiQueryBuilder"/>).</param>
    /// <returns>The absolute URI.</returns>
    /// <exception cref="InvalidOperationException">There is no absolute base: no BaseAddress and no absolute default server URL.</exception>
    /// <remarks>
    /// <para>
    /// The base's path is kept: <c>https://h/v2</c> or <c>https://h/v2/</c> joined with <c>/pets</c> gives
    /// <c>https://h/v2/pets</c>. The base's query and fragment are dropped.
    /// </para>
    /// <para>
    /// A relative default server URL (such as <c>/api/v3</c>) is used only with a BaseAddress whose path is empty or
    /// <c>/</c>: <c>https://h</c> + <c>/api/v3</c> + <c>/pets</c> gives <c>https://h/api/v3/pets</c>. A BaseAddress with a
    /// path of its own is taken to already point at the API root and is used as is.
    /// </para>
    /// <para>
    /// The URI is created without path canonicalization, so escaped dot segments and escaped slashes are sent as
    /// written. Characters in <paramref name="pathAndQuery"/> that may not appear in a URI (spaces, control characters,
    /// non-ASCII, <c>#</c>, ...) are percent-encoded; existing <c>%XX</c> escapes are kept.
    /// </para>
    /// </remarks>
    public static Uri Create(Uri? clientBaseAddress, string? defaultBaseUrl, string pathAndQuery)
    {
        ArgumentNullException.ThrowIfNull(pathAndQuery);

        // A client sends every request to the same base: remember the last one resolved (compared by reference,
        // as HttpClient.BaseAddress cannot change after the first request), so a call parses no base URL again.
        ResolvedBase? last = s_lastBase;
        string baseText = last is not null && ReferenceEquals(last.ClientBaseAddress, clientBaseAddress) && ReferenceEquals(last.DefaultBaseUrl, defaultBaseUrl)
            ? last.Text
            : Resolve(clientBaseAddress, defaultBaseUrl);

        ReadOnlySpan<char> relative = pathAndQuery.AsSpan().TrimStart('/');
        string text = NeedsEscaping(relative)
            ? baseText + "/" + EscapeLoose(relative.ToString())
            : string.Concat(baseText.AsSpan(), "/", relative);
        return new Uri(text, NoCanonicalization);
    }

    private static ResolvedBase? s_lastBase;

    private sealed record ResolvedBase(Uri? ClientBaseAddress, string? DefaultBaseUrl, string Text);

    private static string Resolve(Uri? clientBaseAddress, string? defaultBaseUrl)
    {
        string baseText;
        if (clientBaseAddress is not null)
        {
            if (!clientBaseAddress.IsAbsoluteUri || (clientBaseAddress.Scheme != Uri.UriSchemeHttp && clientBaseAddress.Scheme != Uri.UriSchemeHttps))
            {
                throw new InvalidOperationException("The base address must be an absolute http or https URI.");
            }

            baseText = clientBaseAddress.GetLeftPart(UriPartial.Path);
            if (!string.IsNullOrWhiteSpace(defaultBaseUrl)
                && !IsAbsoluteHttp(defaultBaseUrl, out _)
                && (clientBaseAddress.AbsolutePath.Length == 0 || clientBaseAddress.AbsolutePath == "/"))
            {
                baseText = TrimEndSlash(baseText) + "/" + EscapeLoose(defaultBaseUrl.Trim().TrimStart('/'));
            }
        }
        else if (!string.IsNullOrWhiteSpace(defaultBaseUrl) && IsAbsoluteHttp(defaultBaseUrl, out Uri? defaultBase))
        {
            baseText = defaultBase.GetLeftPart(UriPartial.Path);
        }
        else if (!string.IsNullOrWhiteSpace(defaultBaseUrl))
        {
            throw new InvalidOperationException(
                "The API's server URL '" + ServerText.Sanitize(defaultBaseUrl) + "' is relative and there is no base address to resolve it against; "
                + "set BaseAddress in the client's options (or HttpClient.BaseAddress) to the server's address, such as https://api.example.com.");
        }
        else
        {
            throw new InvalidOperationException(
                "No base address: the API declares no server URL; set BaseAddress in the client's options (or HttpClient.BaseAddress) to the server's address.");
        }

        baseText = TrimEndSlash(baseText);
        s_lastBase = new ResolvedBase(clientBaseAddress, defaultBaseUrl, baseText);
        return baseText;
    }

    // Unreserved characters and the delimiters a generated path and query may hold as they are; one vectorized search.
    private static readonly System.Buffers.SearchValues<char> AsIs = System.Buffers.SearchValues.Create(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=:@/?%[]|");

    private static bool NeedsEscaping(ReadOnlySpan<char> text) => text.ContainsAnyExcept(AsIs);

    // On Unix "/api/v3" parses as an absolute file URI, so "absolute" must mean http(s) here.
    internal static bool IsAbsoluteHttp(string value, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Uri? uri)
    {
        if (value.StartsWith('/') || !Uri.TryCreate(value, UriKind.Absolute, out uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            uri = null;
            return false;
        }

        return true;
    }

    private static string TrimEndSlash(string value) => value.EndsWith('/') ? value.Substring(0, value.Length - 1) : value;

    private static string EscapeLoose(string value)
    {
        var builder = new StringBuilder(value.Length);
        UriEscaping.Append(builder, value, static c => AsIs.Contains(c));
        return builder.ToString();
    }
}
