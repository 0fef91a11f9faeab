using System.Globalization;
using System.Security.Cryptography;

namespace Prolific.Credentials.Sample;

/// <summary>Made-up usernames with random passwords, as a <see cref="CredentialBatch"/> (which never shows the passwords).</summary>
internal static class GeneratedCredential
{
    private const string PasswordAlphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public static string Username(string runId, int number) => $"sample-{runId}-user{number.ToString(CultureInfo.InvariantCulture)}";

    public static CredentialBatch Create(string runId, int firstNumber, int count)
    {
        var batch = new CredentialBatch();
        for (int n = firstNumber; n < firstNumber + count; n++)
        {
            batch.Add(Username(runId, n), NewPassword());
        }

        return batch;
    }

    public static string NewPassword() => RandomNumberGenerator.GetString(PasswordAlphabet, 16);
}
