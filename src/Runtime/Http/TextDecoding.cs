using System;
using System.Net.Http;
using System.Text;

namespace SpecClient.Internal;

/// <summary>Decodes body bytes with the charset of the content type (UTF-8 by default), skipping a byte order mark.</summary>
internal static class TextDecoding
{
    /// <summary>Gets the encoding named by the content's charset, or UTF-8 when there is none or it is unknown.</summary>
    public static Encoding EncodingOf(HttpContent content)
    {
        string? charset = null;
        try
        {
            charset = content.Headers.ContentType?.CharSet;
        }
        catch (FormatException)
        {
        }

        if (!string.IsNullOrWhiteSpace(charset))
        {
            try
            {
                return Encoding.GetEncoding(charset.Trim().Trim('"'));
            }
            catch (ArgumentException)
            {
            }
        }

        return Encoding.UTF8;
    }

    /// <summary>Decodes <paramref name="length"/> bytes. With <paramref name="complete"/> false, a character cut in half at the end is dropped.</summary>
    public static string Decode(byte[] buffer, int length, Encoding encoding, bool complete)
    {
        int offset = 0;
        ReadOnlySpan<byte> bytes = buffer.AsSpan(0, length);
        ReadOnlySpan<byte> preamble = encoding.Preamble;
        if (preamble.Length > 0 && bytes.StartsWith(preamble))
        {
            offset = preamble.Length;
        }
        else if (bytes.StartsWith(Encoding.UTF8.Preamble))
        {
            offset = Encoding.UTF8.Preamble.Length;
            encoding = Encoding.UTF8;
        }

        if (complete)
        {
            return encoding.GetString(buffer, offset, length - offset);
        }

        Decoder decoder = encoding.GetDecoder();
        char[] chars = new char[encoding.GetMaxCharCount(length - offset)];
        int count = decoder.GetChars(buffer, offset, length - offset, chars, 0, flush: false);
        return new string(chars, 0, count);
    }
}
