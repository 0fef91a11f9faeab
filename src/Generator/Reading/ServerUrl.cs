using System.Text.RegularExpressions;
using Microsoft.OpenApi;

namespace SpecClient.Generator.Reading;

/// <summary>The default base URL: the first server, its variables replaced by their defaults.</summary>
internal static class ServerUrl
{
    private static readonly Regex Variable = new(@"\{([^}]+)\}", RegexOptions.CultureInvariant);

    /// <remarks>
    /// OpenAPI.NET already turns 2.0's schemes, host and basePath into a server; relative URLs
    /// such as <c>/api/v3</c> stay relative, for the caller's HttpClient.BaseAddress to complete.
    /// </remarks>
    public static string? Default(OpenApiDocument document)
    {
        if (document.Servers is not { Count: > 0 } servers || string.IsNullOrWhiteSpace(servers[0].Url))
        {
            return null;
        }

        var server = servers[0];
        var url = Variable.Replace(server.Url!, match =>
            server.Variables is { } variables && variables.TryGetValue(match.Groups[1].Value, out var variable) && variable.Default is { } value
                ? value
                : match.Value);
        return AgainstSelf(url, document.Self);
    }

    /// <summary>
    /// OpenAPI 3.2: a relative server URL is relative to the document's <c>$self</c> when it has an absolute one
    /// (<c>../v1</c> in <c>https://host/specs/api.yaml</c> is <c>https://host/v1</c>); otherwise it stays as written.
    /// </summary>
    private static string AgainstSelf(string url, System.Uri? self)
    {
        // On Unix "/v1" parses as an absolute file URI; a leading slash is relative to the host here, on every OS.
        var isAbsolute = !url.StartsWith("/", System.StringComparison.Ordinal) && System.Uri.TryCreate(url, System.UriKind.Absolute, out _);
        if (self is not { IsAbsoluteUri: true } || isAbsolute || !System.Uri.TryCreate(self, url, out var resolved))
        {
            return url;
        }

        return resolved.AbsoluteUri;
    }
}
