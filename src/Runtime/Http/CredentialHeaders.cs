using System.Collections.Generic;
using System.Net.Http;

namespace SpecClient.Internal;

/// <summary>
/// Remembers, on the request itself, which headers carry a credential, so that a redirect to another origin can drop
/// them. Only header names are kept, never values.
/// </summary>
internal static class CredentialHeaders
{
    /// <summary>The headers that always carry credentials or session state.</summary>
    public static readonly string[] Always = { "Authorization", "Cookie" };

    private static readonly HttpRequestOptionsKey<List<string>> Key = new("SpecClient.CredentialHeaders");

    public static void Record(HttpRequestMessage request, string name)
    {
        if (!request.Options.TryGetValue(Key, out List<string>? names))
        {
            names = new List<string>(1);
            request.Options.Set(Key, names);
        }

        if (!names.Contains(name))
        {
            names.Add(name);
        }
    }

    /// <summary>Removes every credential header from <paramref name="request"/>.</summary>
    public static void RemoveAll(HttpRequestMessage request)
    {
        foreach (string name in Always)
        {
            request.Headers.Remove(name);
        }

        if (request.Options.TryGetValue(Key, out List<string>? names))
        {
            foreach (string name in names)
            {
                request.Headers.Remove(name);
            }
        }
    }
}
