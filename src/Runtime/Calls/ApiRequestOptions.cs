using System;
using System.Collections.Generic;

namespace SpecClient;

/// <summary>
/// Options for one call of a generated client, passed to its <c>{Operation}WithResponseAsync</c> method: extra request
/// headers, a timeout for this call, and an idempotency key that lets a non-idempotent call (a POST) be retried.
/// </summary>
/// <remarks>
/// The client's own settings (<see cref="ApiClientOptions"/>) still apply; these narrow them for the one call. An instance
/// may be shared by calls that do not change it. Its header values are never written to messages or logs.
/// </remarks>
public sealed class ApiRequestOptions
{
    /// <summary>The request header that carries <see cref="IdempotencyKey"/>: <c>Idempotency-Key</c> (IETF httpapi draft, as used by Stripe and OpenAI).</summary>
    public const string IdempotencyKeyHeader = "Idempotency-Key";

    /// <summary>
    /// Gets headers added to the request after the client has built it; a header the client set (the operation's own
    /// header parameters, credentials, <c>Accept</c>) is replaced by the one given here. Names are compared case-insensitively.
    /// A name or value holding a line break is rejected with an <see cref="ArgumentException"/> when the call starts.
    /// </summary>
    public IDictionary<string, string> Headers { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Gets or sets the longest this call may take, reading a buffered response body included; <see langword="null"/>
    /// (the default) leaves the client's timeouts alone. A shorter client timeout still applies. When it elapses the call
    /// fails with an <see cref="ApiTimeoutException"/> of kind <see cref="ApiTimeoutKind.Call"/>.
    /// </summary>
    public TimeSpan? Timeout { get; set; }

    /// <summary>
    /// Gets or sets a key sent as the <see cref="IdempotencyKeyHeader"/> header. Setting it also lets the call be retried
    /// (by the client's retry policy) even when its method is not idempotent, as
    /// <see cref="ApiResilience.AllowRetries(System.Net.Http.HttpRequestMessage)"/> does: a server that honours the key applies a repeated request once.
    /// </summary>
    public string? IdempotencyKey { get; set; }

    /// <summary>
    /// Gets or sets the most pages a walk of a paged operation (<c>{Operation}AllAsync</c>) given these options requests,
    /// between 1 and 1,000,000; <see langword="null"/> (the default) keeps the client's <see cref="ApiClientOptions.MaxPages"/>.
    /// </summary>
    public int? MaxPages { get; set; }

    /// <summary>The absolute URI of a next page a pager sends the call to instead of the one the client built; null otherwise.</summary>
    internal Uri? PageUri { get; private init; }

    /// <summary>
    /// The options of a page after the first: <paramref name="options"/> without its idempotency key, sent to
    /// <paramref name="pageUri"/> when that is given. The options themselves when there is nothing to change.
    /// </summary>
    internal static ApiRequestOptions? ForLaterPage(ApiRequestOptions? options, Uri? pageUri = null)
        => pageUri is null && options?.IdempotencyKey is null ? options : ForPage(options, pageUri);

    /// <summary>A copy of <paramref name="options"/> (or of none) that sends the call to <paramref name="pageUri"/>.</summary>
    /// <remarks>A page after the first sends no idempotency key: the key names the walk's first request only.</remarks>
    internal static ApiRequestOptions ForPage(ApiRequestOptions? options, Uri? pageUri)
    {
        var copy = new ApiRequestOptions { Timeout = options?.Timeout, MaxPages = options?.MaxPages, PageUri = pageUri };
        if (options is not null)
        {
            foreach (KeyValuePair<string, string> header in options.Headers)
            {
                copy.Headers[header.Key] = header.Value;
            }
        }

        return copy;
    }

    internal void ThrowIfInvalid()
    {
        if (Timeout is { } timeout && timeout <= TimeSpan.Zero && timeout != System.Threading.Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(Timeout), "The per-call timeout must be positive or Timeout.InfiniteTimeSpan.");
        }

        foreach (KeyValuePair<string, string> header in Headers)
        {
            // The value is not named: it may be a secret.
            if (string.IsNullOrWhiteSpace(header.Key) || HasLineBreak(header.Key) || HasLineBreak(header.Value))
            {
                throw new ArgumentException($"The per-call header '{Sanitize(header.Key)}' has an empty name or a line break in its name or value.", nameof(Headers));
            }
        }

        if (MaxPages is < 1 or > Internal.CallBudget.MaxMaxPages)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxPages), "MaxPages must be between 1 and 1000000.");
        }

        if (IdempotencyKey is { } key && (key.Length == 0 || HasLineBreak(key)))
        {
            throw new ArgumentException("The idempotency key is empty or holds a line break.", nameof(IdempotencyKey));
        }
    }

    private static bool HasLineBreak(string? text) => text is not null && text.AsSpan().IndexOfAny('\r', '\n', '\0') >= 0;

    private static string Sanitize(string? name) => name is null ? string.Empty : name.Replace('\r', ' ').Replace('\n', ' ').Replace('\0', ' ');
}
