using System;
using System.Text;

namespace SpecClient.Internal;

internal static class UriEscaping
{
    private const string HexDigits = "0123456789ABCDEF";

    public static bool IsUnreserved(char c)
        => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '.' or '_' or '~';

    /// <summary>Percent-encodes (as UTF-8) every character of <paramref name="value"/> for which <paramref name="keep"/> is false.</summary>
    public static void Append(StringBuilder builder, string value, System.Func<char, bool> keep)
    {
        Span<byte> bytes = stackalloc byte[4];
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (c < 0x80 && keep(c))
            {
                builder.Append(c);
                continue;
            }

            int charCount = char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]) ? 2 : 1;
            int byteCount = Encoding.UTF8.GetBytes(value.AsSpan(i, charCount), bytes);
            for (int b = 0; b < byteCount; b++)
            {
                builder.Append('%').Append(HexDigits[bytes[b] >> 4]).Append(HexDigits[bytes[b] & 0xF]);
            }

            i += charCount - 1;
        }
    }
}
