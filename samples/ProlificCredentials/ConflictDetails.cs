using System.Collections.Generic;
using System.Text.Json;

namespace Prolific.Credentials.Sample;

/// <summary>Reads the usernames a 409 body names, if it names any (the API documents no error body schema).</summary>
internal static class ConflictDetails
{
    public static IReadOnlyList<string> DuplicateUsernames(string? responseBody)
    {
        var names = new List<string>();
        if (string.IsNullOrWhiteSpace(responseBody))
        {
            return names;
        }

        try
        {
            using JsonDocument document = JsonDocument.Parse(responseBody);
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("duplicate_usernames", out JsonElement duplicates)
                && duplicates.ValueKind == JsonValueKind.Array)
            {
                foreach (JsonElement name in duplicates.EnumerateArray())
                {
                    if (name.ValueKind == JsonValueKind.String)
                    {
                        names.Add(name.GetString()!);
                    }
                }
            }
        }
        catch (JsonException)
        {
            // Not JSON (or not the shape we hoped for): there is nothing more to say than the status.
        }

        return names;
    }
}
