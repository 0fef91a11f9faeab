using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
using System.Net.Http.Headers;

namespace SpecClient.Internal;

/// <summary>The one parser of the <c>Retry-After</c> response header: delta seconds or an HTTP-date (RFC 9110 section 10.2.3).</summary>
internal static class RetryAfter
{
    private static readonly string[] HttpDateFormats = { "r", "dddd, dd-MMM-yy HH:mm:ss 'GMT'", "ddd MMM d HH:mm:ss yyyy", "ddd MMM dd HH:mm:ss yyyy" };

    /// <summary>Reads the response's first <c>Retry-After</c> value as a delay from <paramref name="now"/>.</summary>
    public static TimeSpan? From(HttpResponseMessage response, DateTimeOffset now)
        => response.Headers.NonValidated.TryGetValues("Retry-After", out HeaderStringValues values) ? Parse(First(values), now) : null;

    /// <summary>Reads the first <c>Retry-After</c> value of captured headers as a delay from <paramref name="now"/>.</summary>
    public static TimeSpan? From(IReadOnlyDictionary<string, IReadOnlyList<string>> headers, DateTimeOffset now)
        => headers.TryGetValue("Retry-After", out IReadOnlyList<string>? values) && values.Count > 0 ? Parse(values[0], now) : null;

    /// <summary>Parses a header value: delta seconds or an HTTP-date.</summary>
    /// <returns>The delay (never negative; a date in the past gives zero), or <see langword="null"/> when missing or unreadable.</returns>
    public static TimeSpan? Parse(string? value, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        string trimmed = value.Trim();
        if (long.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out long seconds))
        {
            return seconds > (long)TimeSpan.MaxValue.TotalSeconds ? TimeSpan.MaxValue : TimeSpan.FromSeconds(seconds);
        }

        if (DateTimeOffset.TryParseExact(trimmed, HttpDateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out DateTimeOffset date))
        {
            TimeSpan delay = date - now;
            return delay < TimeSpan.Zero ? TimeSpan.Zero : delay;
        }

        return null;
    }

    private static string? First(HeaderStringValues values)
    {
        foreach (string value in values)
        {
            return value;
        }

        return null;
    }
}
