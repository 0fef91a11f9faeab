using System.Collections.Generic;
using System.Globalization;

namespace Prolific.LocalServer;

internal sealed record Credential(string Username, string Password)
{
    public override string ToString() => "Credential { Username = " + Username + ", Password = *** }";
}

/// <summary>Parses the <c>username,password</c> lines of a credentials CSV. Error messages never quote the content.</summary>
internal static class CredentialsCsv
{
    public static bool TryParse(string csv, out List<Credential> credentials, out string? error)
    {
        credentials = new List<Credential>();
        error = null;
        string[] lines = csv.Replace("\r\n", "\n", System.StringComparison.Ordinal).Split('\n');
        int count = lines.Length;
        if (count > 0 && lines[count - 1].Length == 0)
        {
            count--;
        }

        if (count == 0)
        {
            error = "The credentials must hold at least one 'username,password' line.";
            return false;
        }

        for (int i = 0; i < count; i++)
        {
            string line = lines[i];
            int comma = line.IndexOf(',', System.StringComparison.Ordinal);
            if (comma <= 0 || comma == line.Length - 1 || line.Substring(0, comma).Trim().Length == 0)
            {
                error = string.Format(CultureInfo.InvariantCulture, "Line {0} of the credentials is not a 'username,password' pair.", i + 1);
                return false;
            }

            credentials.Add(new Credential(line.Substring(0, comma).Trim(), line.Substring(comma + 1)));
        }

        return true;
    }
}
