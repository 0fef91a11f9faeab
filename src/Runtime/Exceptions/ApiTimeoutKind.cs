namespace SpecClient;

/// <summary>Which timeout elapsed (see <see cref="ApiTimeoutException.Kind"/>).</summary>
public enum ApiTimeoutKind
{
    /// <summary><see cref="System.Net.Http.HttpClient.Timeout"/>.</summary>
    HttpClient,

    /// <summary>The total time of one call, retries included (<see cref="ApiClientOptions.Timeout"/>).</summary>
    Total,

    /// <summary>The time of one attempt (<see cref="ApiClientOptions.AttemptTimeout"/>); retries, if allowed, were used up or not allowed.</summary>
    Attempt,

    /// <summary>
    /// One read of a response body stream returned to the caller received nothing within
    /// <see cref="ApiClientOptions.AttemptTimeout"/> (or <see cref="System.Net.Http.HttpClient.Timeout"/> without the
    /// SpecClient handler): the server stopped sending.
    /// </summary>
    StreamRead,

    /// <summary>The timeout of one call given in <see cref="ApiRequestOptions.Timeout"/>.</summary>
    Call,
}
