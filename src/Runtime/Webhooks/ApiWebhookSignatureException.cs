using System;

namespace SpecClient;

/// <summary>
/// Thrown when a webhook delivery fails verification: a missing or malformed header, a timestamp outside the
/// tolerance, no matching signature, or a body too large. Answer it with 400 or 401 and do not act on the body.
/// </summary>
/// <remarks>The message names the failure and at most a header's name: never the secret, a signature or the body.</remarks>
public sealed class ApiWebhookSignatureException : Exception
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="reason">Why the delivery was rejected.</param>
    /// <param name="message">The message; it must not contain the secret, a signature or the body.</param>
    public ApiWebhookSignatureException(ApiWebhookSignatureFailure reason, string message)
        : base(message)
    {
        Reason = reason;
    }

    /// <summary>Gets why the delivery was rejected.</summary>
    public ApiWebhookSignatureFailure Reason { get; }
}
