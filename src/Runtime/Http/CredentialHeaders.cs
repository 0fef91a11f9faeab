using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;

namespace SpecClient.Internal;

/// <summary>
/// Which request headers may go to another origin when a redirect leads there. Only the ones known to hold no credential
/// do: <c>Accept</c>, <c>Accept-Encoding</c>, <c>Accept-Language</c>, <c>User-Agent</c>, and the operation's own header
/// parameters (added with <see cref="ApiHeaders.Add"/>, which records their names). Everything else stays on its origin:
/// <c>Authorization</c>, <c>Cookie</c>, API key headers, per-call headers (<see cref="ApiRequestOptions.Headers"/>, the
/// idempotency key) and any header an <c>OnPreparingRequest</c> hook or other code added. Only names are kept, never values.
/// </summary>
internal static class CredentialHeaders
{
    private static readonly string[] Portable = { "Accept", "Accept-Encoding", "Accept-Language", "User-Agent" };

    private static readonly HttpRequestOptionsKey<List<string>> CredentialKey = new("SpecClient.CredentialHeaders");
    private static readonly HttpRequestOptionsKey<List<string>> ParameterKey = new("SpecClient.ParameterHeaders");

    /// <summary>Records that the header <paramref name="name"/> of <paramref name="request"/> carries a credential, even if it is also a parameter's name.</summary>
    public static void Record(HttpRequestMessage request, string name) => Add(request, CredentialKey, name);

    /// <summary>Records that the header <paramref name="name"/> of <paramref name="request"/> is one of the operation's header parameters.</summary>
    /// <remarks>Kept in the request's options, which only requests with such a header pay for.</remarks>
    public static void RecordParameter(HttpRequestMessage request, string name) => Add(request, ParameterKey, name);

    /// <summary>Whether <paramref name="name"/> may go to another origin with <paramref name="request"/>.</summary>
    /// <remarks>The portable names are checked first, so that a request with only those never allocates its options.</remarks>
    public static bool IsPortable(HttpRequestMessage request, string name)
        => Contains(Portable, name)
            || (Names(request, ParameterKey) is { } parameters && Contains(parameters, name)
                && !(Names(request, CredentialKey) is { } credentials && Contains(credentials, name)));

    private static List<string>? Names(HttpRequestMessage request, HttpRequestOptionsKey<List<string>> key)
        => request.Options.TryGetValue(key, out List<string>? names) ? names : null;

    /// <summary>Whether <paramref name="request"/> has a header that must not leave its origin.</summary>
    public static bool AnyOriginBound(HttpRequestMessage request)
    {
        foreach (KeyValuePair<string, HeaderStringValues> header in request.Headers.NonValidated)
        {
            if (!IsPortable(request, header.Key))
            {
                return true;
            }
        }

        return false;
    }

    private static void Add(HttpRequestMessage request, HttpRequestOptionsKey<List<string>> key, string name)
    {
        if (!request.Options.TryGetValue(key, out List<string>? names))
        {
            names = new List<string>(1);
            request.Options.Set(key, names);
        }

        AddTo(names, name);
    }

    private static void AddTo(List<string> names, string name)
    {
        if (!Contains(names, name))
        {
            names.Add(name);
        }
    }

    private static bool Contains(IEnumerable<string> names, string name)
    {
        foreach (string candidate in names)
        {
            if (string.Equals(candidate, name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}

