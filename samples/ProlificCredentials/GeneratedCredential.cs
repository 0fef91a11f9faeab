using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;

namespace Prolific.Credentials.Sample;

/// <summary>A made-up username and random password. <see cref="ToString"/> hides the password.</summary>
internal sealed record GeneratedCredential(string Username, string Password)
{
    private const string PasswordAlphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public static IReadOnlyList<GeneratedCredential> Create(string runId, int firstNumber, int count)
        => Enumerable.Range(firstNumber, count)
            .Select(n => new GeneratedCredential($"sample-{runId}-user{n.ToString(CultureInfo.InvariantCulture)}", NewPassword()))
            .ToArray();

    /// <summary>The CSV the API expects: one <c>username,password</c> pair per line.</summary>
    public static string ToCsv(IEnumerable<GeneratedCredential> credentials)
        => string.Join("\n", credentials.Select(c => c.Username + "," + c.Password));

    public GeneratedCredential WithNewPassword() => this with { Password = NewPassword() };

    public override string ToString() => $"GeneratedCredential {{ Username = {Username}, Password = *** }}";

    private static string NewPassword() => RandomNumberGenerator.GetString(PasswordAlphabet, 16);
}
