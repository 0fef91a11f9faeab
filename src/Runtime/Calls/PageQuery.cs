using System;
using System.Collections.Generic;
using System.Text;

namespace SpecClient.Internal;

/// <summary>
/// The URI a next page is requested at: the link the last page named, plus every query parameter of the request the
/// client built (the operation's arguments and a query-string API key) that the link leaves out. A server's link carries
/// its cursor and usually the filters; what it never carries is the client's key, which would otherwise be lost from the
/// second page on. Only ever applied to a link on the client's own origin (the pager refuses any other).
/// </summary>
internal static class PageQuery
{
    public static Uri Merge(Uri page, Uri? built)
    {
        if (built is not { IsAbsoluteUri: true } || !page.IsAbsoluteUri || !Redirects.SameOrigin(page, built)
            || built.Query.Length <= 1)
        {
            return page;
        }

        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (string pair in Pairs(page.Query))
        {
            named.Add(NameOf(pair));
        }

        var missing = new StringBuilder();
        foreach (string pair in Pairs(built.Query))
        {
            if (!named.Contains(NameOf(pair)))
            {
                missing.Append('&').Append(pair);
            }
        }

        if (missing.Length == 0)
        {
            return page;
        }

        var merged = new UriBuilder(page);
        string query = page.Query.Length > 1 ? page.Query[1..] + missing.ToString() : missing.ToString(1, missing.Length - 1);
        merged.Query = query;
        return merged.Uri;
    }

    private static string[] Pairs(string query)
        => query.Length <= 1 ? Array.Empty<string>() : query[1..].Split('&', StringSplitOptions.RemoveEmptyEntries);

    // The parameter name as sent (percent-decoded, so `api%5Fkey` and `api_key` are one name).
    private static string NameOf(string pair)
    {
        int equals = pair.IndexOf('=');
        return Uri.UnescapeDataString((equals < 0 ? pair : pair[..equals]).Replace('+', ' '));
    }
}
