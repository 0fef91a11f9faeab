using System;
using System.Buffers;
using System.Collections.Generic;
using System.Net.Http;
using System.Text;

namespace SpecClient.Internal;

/// <summary>Adds header and cookie parameters to requests, refusing values that could split or forge headers.</summary>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public static class ApiHeaders
{
    /// <summary>
    /// Adds the header <paramref name="name"/> with <paramref name="value"/>; does nothing when the value is <see langword="null"/>.
    /// Content headers (such as <c>Content-Language</c>) go to the request content when it has one.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="name">The header name (an HTTP token).</param>
    /// <param name="value">The value.</param>
    /// <exception cref="ArgumentException">
    /// The name is not a valid header name, or the value holds CR, LF or another control character (the message names
    /// the header, never the value).
    /// </exception>
    /// <remarks>The header is the operation's own: it may follow a redirect to another origin (see <see cref="CredentialHeaders"/>).</remarks>
    public static void Add(HttpRequestMessage request, string name, string? value)
    {
        ArgumentNullException.ThrowIfNull(request);
        ValidateName(name, nameof(name));
        if (value is null)
        {
            return;
        }

        ValidateValue(value, "the header", name, null, nameof(value));
        AddValidated(request, name, value);
        CredentialHeaders.RecordParameter(request, name);
    }

    /// <summary>Adds a header whose name and value are valid, to the request or else its content.</summary>
    internal static void AddValidated(HttpRequestMessage request, string name, string value)
    {
        if (request.Headers.TryAddWithoutValidation(name, value))
        {
            return;
        }

        if (request.Content is not null && request.Content.Headers.TryAddWithoutValidation(name, value))
        {
            return;
        }

        throw new ArgumentException("The header '" + name + "' cannot be added to this request.", nameof(name));
    }

    /// <summary>
    /// Adds a cookie <c>name=value</c> to the request's single <c>Cookie</c> header (joined with <c>; </c>), escaping name
    /// and value with <see cref="Uri.EscapeDataString(string)"/>; does nothing when the value is <see langword="null"/>.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="name">The cookie name.</param>
    /// <param name="value">The cookie value.</param>
    public static void AddCookie(HttpRequestMessage request, string name, string? value)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (value is null)
        {
            return;
        }

        string pair = Uri.EscapeDataString(name) + "=" + Uri.EscapeDataString(value);
        var builder = new StringBuilder();
        if (request.Headers.NonValidated.TryGetValues("Cookie", out System.Net.Http.Headers.HeaderStringValues existing))
        {
            foreach (string part in existing)
            {
                if (part.Length > 0)
                {
                    if (builder.Length > 0)
                    {
                        builder.Append("; ");
                    }

                    builder.Append(part);
                }
            }

            request.Headers.Remove("Cookie");
        }

        if (builder.Length > 0)
        {
            builder.Append("; ");
        }

        builder.Append(pair);
        request.Headers.TryAddWithoutValidation("Cookie", builder.ToString());
    }

    /// <summary>Throws <see cref="ArgumentException"/> when <paramref name="value"/> holds a control character (other than tab).</summary>
    /// <param name="value">The value to check.</param>
    /// <param name="what">What the value is, for the message (e.g. "the header 'X-Key'"). Never the value.</param>
    /// <param name="parameterName">The parameter name for the exception.</param>
    internal static void ValidateValue(string value, string what, string parameterName)
        => ValidateValue(value, what, null, null, parameterName);

    /// <summary>
    /// Throws <see cref="ArgumentException"/> when <paramref name="value"/> holds a control character (other than tab); the
    /// message names the value as <paramref name="what"/> followed by <c>'<paramref name="name"/>'</c> and
    /// <paramref name="whatSuffix"/>, put together only when the value is refused (a valid value costs no string).
    /// </summary>
    /// <param name="value">The value to check.</param>
    /// <param name="what">What the value is, up to the name (e.g. "the header"). Never the value.</param>
    /// <param name="name">The header, cookie or scheme name, or <see langword="null"/>.</param>
    /// <param name="whatSuffix">Text after the name (e.g. " credential"), or <see langword="null"/>.</param>
    /// <param name="parameterName">The parameter name for the exception.</param>
    internal static void ValidateValue(string value, string what, string? name, string? whatSuffix, string parameterName)
    {
        // One vectorized search over the value (a credential on every call); the loop below only says what it found.
        if (!value.AsSpan().ContainsAny(ControlCharacters))
        {
            return;
        }

        foreach (char c in value)
        {
            if (c == '\r' || c == '\n')
            {
                throw new ArgumentException("The value for " + Describe(what, name, whatSuffix) + " contains a line break (CR or LF), which is not allowed in an HTTP header.", parameterName);
            }

            if ((c < 0x20 && c != '\t') || c == 0x7F)
            {
                throw new ArgumentException("The value for " + Describe(what, name, whatSuffix) + " contains a control character, which is not allowed in an HTTP header.", parameterName);
            }
        }
    }

    internal static void ValidateName(string name, string parameterName)
    {
        ArgumentException.ThrowIfNullOrEmpty(name, parameterName);
        if (name.AsSpan().ContainsAnyExcept(TokenCharacters))
        {
            throw new ArgumentException("'" + Printable(name) + "' is not a valid HTTP header name.", parameterName);
        }
    }

    // The characters of an HTTP token (RFC 9110 tchar), and the control characters no header value may hold (tab may).
    private static readonly SearchValues<char> TokenCharacters =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$%&'*+-.^_`|~");

    private static readonly SearchValues<char> ControlCharacters =
        SearchValues.Create("\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\n\u000B\f\r\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\u007F");

    private static string Describe(string what, string? name, string? whatSuffix)
        => name is null ? what + whatSuffix : what + " '" + name + "'" + whatSuffix;

    private static string Printable(string value)
    {
        var builder = new StringBuilder();
        foreach (char c in value)
        {
            if (builder.Length >= 100)
            {
                break;
            }

            builder.Append(c < 0x20 || c >= 0x7F ? '?' : c);
        }

        return builder.ToString();
    }
}
