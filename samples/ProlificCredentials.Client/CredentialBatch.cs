using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;

namespace Prolific.Credentials;

/// <summary>
/// Username and password pairs to put into a credential pool, checked before anything is sent: no value may be empty
/// or contain a comma, CR or LF (the API's CSV has no quoting), and no username may appear twice in one batch.
/// </summary>
/// <remarks>
/// Passwords never appear in <see cref="ToString"/>, the debugger display or exception messages. Only
/// <see cref="ToCsv"/> returns them, as the text the API expects: do not log it.
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
[DebuggerTypeProxy(typeof(DebugView))]
public sealed class CredentialBatch
{
    [DebuggerBrowsable(DebuggerBrowsableState.Never)]
    private readonly List<(string Username, string Password)> _credentials = new();

    [DebuggerBrowsable(DebuggerBrowsableState.Never)]
    private readonly HashSet<string> _usernames = new(StringComparer.Ordinal);

    /// <summary>Creates a batch from username and password pairs.</summary>
    /// <param name="credentials">The pairs, in the order they are to be sent.</param>
    /// <returns>The batch.</returns>
    /// <exception cref="ArgumentException">A value is empty or contains a comma, CR or LF, or a username repeats. The message names the position and, for a repeat, the username; never a password.</exception>
    public static CredentialBatch From(IEnumerable<KeyValuePair<string, string>> credentials)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        var batch = new CredentialBatch();
        foreach (KeyValuePair<string, string> credential in credentials)
        {
            batch.Add(credential.Key, credential.Value);
        }

        return batch;
    }

    /// <summary>Gets how many credentials the batch holds.</summary>
    public int Count => _credentials.Count;

    /// <summary>Gets the usernames, in order.</summary>
    public IReadOnlyList<string> Usernames
    {
        get
        {
            var names = new string[_credentials.Count];
            for (int i = 0; i < names.Length; i++)
            {
                names[i] = _credentials[i].Username;
            }

            return names;
        }
    }

    /// <summary>Adds a credential.</summary>
    /// <param name="username">The username: not empty, no comma, CR or LF, not already in this batch.</param>
    /// <param name="password">The password: not empty, no comma, CR or LF.</param>
    /// <returns>This batch, to chain calls.</returns>
    /// <exception cref="ArgumentException">A value is invalid or the username is already in the batch; the message never contains the password.</exception>
    public CredentialBatch Add(string username, string password)
    {
        ArgumentNullException.ThrowIfNull(username);
        ArgumentNullException.ThrowIfNull(password);
        int position = _credentials.Count + 1;
        if (Problem(username) is { } usernameProblem)
        {
            throw new ArgumentException($"Credential {position}: the username {usernameProblem}.", nameof(username));
        }

        if (Problem(password) is { } passwordProblem)
        {
            throw new ArgumentException($"Credential {position} (username '{username}'): the password {passwordProblem}.", nameof(password));
        }

        if (!_usernames.Add(username))
        {
            throw new ArgumentException($"Credential {position}: the username '{username}' is already in this batch; a pool cannot hold it twice.", nameof(username));
        }

        _credentials.Add((username, password));
        return this;
    }

    /// <summary>Returns the CSV the API expects: one <c>username,password</c> line per credential. It contains the passwords: do not log it.</summary>
    /// <returns>The CSV text.</returns>
    public string ToCsv()
    {
        var builder = new StringBuilder();
        foreach ((string username, string password) in _credentials)
        {
            if (builder.Length > 0)
            {
                builder.Append('\n');
            }

            builder.Append(username).Append(',').Append(password);
        }

        return builder.ToString();
    }

    /// <summary>Names the count and the usernames, never a password.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"CredentialBatch {{ Count = {Count}, Usernames = [{string.Join(", ", Usernames)}], Passwords = *** }}";

    private static string? Problem(string value)
    {
        if (value.Length == 0)
        {
            return "is empty";
        }

        if (value.Contains(','))
        {
            return "contains a comma, which the API's CSV cannot carry";
        }

        if (value.Contains('\r') || value.Contains('\n'))
        {
            return "contains a line break (CR or LF), which would start another CSV line";
        }

        return null;
    }

    private sealed class DebugView(CredentialBatch batch)
    {
        public int Count => batch.Count;

        public IReadOnlyList<string> Usernames => batch.Usernames;
    }
}
