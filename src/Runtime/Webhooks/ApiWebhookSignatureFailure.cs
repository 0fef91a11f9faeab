namespace SpecClient;

/// <summary>Why a webhook delivery was rejected before its body was read.</summary>
public enum ApiWebhookSignatureFailure
{
    /// <summary>A <c>webhook-id</c>, <c>webhook-timestamp</c> or <c>webhook-signature</c> header is missing or empty.</summary>
    MissingHeader,

    /// <summary>The <c>webhook-timestamp</c> is not whole seconds since 1970, or <c>webhook-signature</c> holds no readable <c>v1</c> signature.</summary>
    MalformedHeader,

    /// <summary>The timestamp lies further in the past than the tolerance (a replay, or a delivery held too long).</summary>
    StaleTimestamp,

    /// <summary>The timestamp lies further in the future than the tolerance.</summary>
    FutureTimestamp,

    /// <summary>None of the listed <c>v1</c> signatures matches the body signed with the secret.</summary>
    SignatureMismatch,

    /// <summary>The body read from a stream is larger than <see cref="ApiWebhookOptions.MaxBodyBytes"/>.</summary>
    BodyTooLarge,
}
