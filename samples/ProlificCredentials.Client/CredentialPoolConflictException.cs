using System;
using System.Collections.Generic;
using System.Text.Json;
using SpecClient;

namespace Prolific.Credentials;

/// <summary>
/// A 409 from creating or appending to a credential pool: some usernames are already in the pool. When the server
/// names them (<c>duplicate_usernames</c> in the body), <see cref="DuplicateUsernames"/> holds them.
/// </summary>
public sealed class CredentialPoolConflictException : ApiConflictException
{
    /// <summary>Initializes a new instance from the conflict the generated method threw.</summary>
    /// <param name="conflict">The 409.</param>
    public CredentialPoolConflictException(ApiConflictException conflict)
        : base(
            (conflict ?? throw new ArgumentNullException(nameof(conflict))).OperationId,
            conflict.ResponseBody,
            conflict.IsResponseBodyTruncated,
            conflict.Headers,
            conflict.Error)
    {
        DuplicateUsernames = ReadDuplicateUsernames(conflict.ResponseBody);
    }

    /// <summary>Gets the usernames the server says are already in the pool (empty when it did not say).</summary>
    public IReadOnlyList<string> DuplicateUsernames { get; }

    /// <inheritdoc/>
    public override string Message => DuplicateUsernames.Count == 0
        ? base.Message + " The pool already holds some of these usernames (the server did not say which)."
        : base.Message + " Usernames already in the pool: " + string.Join(", ", DuplicateUsernames) + ".";

    /// <summary>Reads <c>duplicate_usernames</c> from a 409 body, if it is JSON and has it.</summary>
    /// <param name="responseBody">The body.</param>
    /// <returns>The usernames, empty when there are none.</returns>
    public static IReadOnlyList<string> ReadDuplicateUsernames(string? responseBody)
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
            // Not JSON, or not the shape we hoped for: there is nothing more to say than the status.
        }

        return names;
    }
}
