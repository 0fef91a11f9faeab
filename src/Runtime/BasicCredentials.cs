using System;
using System.Diagnostics;

namespace SpecClient;

/// <summary>A user name and password for HTTP Basic authentication. <see cref="ToString"/> never shows the password.</summary>
/// <param name="username">The user name (it must not contain a colon).</param>
/// <param name="password">The password.</param>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class BasicCredentials(string username, string password)
{
    /// <summary>Gets the user name.</summary>
    public string Username { get; } = username ?? throw new ArgumentNullException(nameof(username));

    /// <summary>Gets the password.</summary>
    [DebuggerBrowsable(DebuggerBrowsableState.Never)]
    public string Password { get; } = password ?? throw new ArgumentNullException(nameof(password));

    /// <summary>Returns the user name with the password redacted.</summary>
    /// <returns>A description that does not contain the password.</returns>
    public override string ToString() => "BasicCredentials { Username = " + Username + ", Password = *** }";
}
