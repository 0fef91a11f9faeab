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
        return Variable.Replace(server.Url!, match =>
            server.Variables is { } variables && variables.TryGetValue(match.Groups[1].Value, out var variable) && variable.Default is { } value
                ? value
                : match.Value);
    }
}
