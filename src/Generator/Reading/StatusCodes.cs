namespace SpecClient.Generator.Reading;

/// <summary>The response keys OpenAPI allows: <c>default</c>, a status code from 100 to 599, or a range such as <c>4XX</c>.</summary>
internal static class StatusCodes
{
    /// <returns><c>default</c>, three digits, or a digit and <c>XX</c>; null for anything else.</returns>
    public static string? Normalize(string key)
    {
        if (string.Equals(key, "default", System.StringComparison.OrdinalIgnoreCase))
        {
            return "default";
        }

        if (key.Length != 3 || key[0] < '1' || key[0] > '5')
        {
            return null;
        }

        if (IsDigit(key[1]) && IsDigit(key[2]))
        {
            return key;
        }

        return key[1] is 'X' or 'x' && key[2] is 'X' or 'x' ? key[0] + "XX" : null;
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9';
}
