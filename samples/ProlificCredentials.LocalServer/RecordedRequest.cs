using System.Collections.Generic;

namespace Prolific.LocalServer;

/// <summary>A request as the server received it.</summary>
public sealed class RecordedRequest
{
    internal RecordedRequest(string method, string rawTarget, IReadOnlyDictionary<string, string> headers, string body)
    {
        Method = method;
        RawTarget = rawTarget;
        Headers = headers;
        Body = body;
    }

    /// <summary>The HTTP method.</summary>
    public string Method { get; }

    /// <summary>The request target exactly as sent on the wire (path and query, not decoded).</summary>
    public string RawTarget { get; }

    /// <summary>The raw path (before <c>?</c>), not decoded.</summary>
    public string RawPath => RawTarget.Split('?', 2)[0];

    /// <summary>The raw query including the leading <c>?</c>, or empty.</summary>
    public string RawQuery => RawTarget.Contains('?') ? "?" + RawTarget.Split('?', 2)[1] : string.Empty;

    /// <summary>The request headers (case-insensitive names; repeated values joined with <c>, </c>).</summary>
    public IReadOnlyDictionary<string, string> Headers { get; }

    /// <summary>The body as UTF-8 text (it may hold credentials: do not log it).</summary>
    public string Body { get; }

    /// <summary>Returns the method and raw target (never headers or body).</summary>
    /// <returns>The description.</returns>
    public override string ToString() => Method + " " + RawTarget;
}
