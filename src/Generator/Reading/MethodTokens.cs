using System.Linq;
using System.Text.Json.Nodes;
using SpecClient.Generator.Diagnostics;

namespace SpecClient.Generator.Reading;

/// <summary>
/// OpenAPI 3.2's <c>additionalOperations</c> names HTTP methods the spec's author chose; each is sent as written, so it
/// must be a method token (RFC 9110 section 9.1: one or more token characters). OpenAPI.NET turns each name into an
/// <c>HttpMethod</c>, which throws on anything else and loses the whole document; so the loader drops such operations
/// from the tree first, each with a located SPEC033.
/// </summary>
internal static class MethodTokens
{
    /// <summary>Whether <paramref name="method"/> is a token: <c>!#$%&amp;'*+-.^_`|~</c>, digits and ASCII letters.</summary>
    public static bool IsToken(string method) => method.Length > 0 && method.All(IsTokenCharacter);

    /// <summary>Whether the JSON text may name additional operations at all (the loader parses JSON text itself only then).</summary>
    public static bool MayHaveAdditionalOperations(string text) =>
        text.IndexOf("additionalOperations", System.StringComparison.Ordinal) >= 0;

    /// <summary>Removes every <c>additionalOperations</c> entry under <c>/paths</c> whose name is no method token, reporting each.</summary>
    public static void DropInvalid(JsonNode tree, ReadContext context)
    {
        if (tree is not JsonObject root || root["paths"] is not JsonObject paths)
        {
            return;
        }

        foreach (var path in paths)
        {
            if (path.Value is not JsonObject item || item["additionalOperations"] is not JsonObject operations)
            {
                continue;
            }

            var holder = ReadContext.Child(ReadContext.Child("/paths", path.Key), "additionalOperations");
            foreach (var name in operations.Select(o => o.Key).Where(n => !IsToken(n)).ToList())
            {
                context.Report(DiagnosticIds.InvalidMethodToken, ReadContext.Child(holder, name), name);
                operations.Remove(name);
            }
        }
    }

    private static bool IsTokenCharacter(char c) =>
        c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9')
            or '!' or '#' or '$' or '%' or '&' or '\'' or '*' or '+' or '-' or '.' or '^' or '_' or '`' or '|' or '~';
}
