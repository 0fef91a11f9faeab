using System;
using System.Collections.Generic;

namespace Prolific.LocalServer;

/// <summary>
/// A response the server sends instead of handling the next request (fault injection for tests).
/// The request is still recorded.
/// </summary>
public sealed class CannedResponse
{
    /// <summary>The status code.</summary>
    public int StatusCode { get; init; } = 200;

    /// <summary>The Content-Type header; none is sent when <see langword="null"/>.</summary>
    public string? ContentType { get; init; }

    /// <summary>The body as text (UTF-8); ignored when <see cref="BodyBytes"/> is set.</summary>
    public string? Body { get; init; }

    /// <summary>The body as bytes.</summary>
    public byte[]? BodyBytes { get; init; }

    /// <summary>Extra response headers.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>How long to wait before responding (cut short when the client goes away or the server stops).</summary>
    public TimeSpan Delay { get; init; }

    /// <summary>Abort the connection instead of sending a response.</summary>
    public bool Abort { get; init; }

    /// <summary>Send the headers and body, then abort the connection before the declared Content-Length is reached.</summary>
    public bool AbortAfterBody { get; init; }

    /// <summary>
    /// With <see cref="AbortAfterBody"/>: the connection is aborted only once this task completes (so a test can first
    /// see the response headers arrive), or when the server stops.
    /// </summary>
    public System.Threading.Tasks.Task? AbortWhen { get; init; }

    /// <summary>Creates a JSON response.</summary>
    /// <param name="statusCode">The status code.</param>
    /// <param name="json">The JSON text.</param>
    /// <returns>The canned response.</returns>
    public static CannedResponse Json(int statusCode, string json) => new() { StatusCode = statusCode, ContentType = "application/json", Body = json };

    /// <summary>Returns a short description (status and sizes, never the body).</summary>
    /// <returns>The description.</returns>
    public override string ToString() => "CannedResponse " + StatusCode;
}
