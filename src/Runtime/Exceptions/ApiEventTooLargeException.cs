using System.Collections.Generic;
using System.Globalization;

namespace SpecClient;

/// <summary>
/// Thrown while enumerating an event stream (<c>text/event-stream</c>) when one event grows larger than
/// <see cref="ApiClientOptions.MaxEventBytes"/>: a line that never ends, or data lines without the blank line that ends an
/// event. The events before it have been delivered; the stream ends here and the rest of the event is not kept.
/// </summary>
public sealed class ApiEventTooLargeException : ApiResponseTooLargeException
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="operationId">The OpenAPI operation id.</param>
    /// <param name="statusCode">The (success) status code of the response.</param>
    /// <param name="limit">The limit in bytes that the event exceeded.</param>
    /// <param name="headers">The response headers.</param>
    public ApiEventTooLargeException(string operationId, int statusCode, long limit, IReadOnlyDictionary<string, IReadOnlyList<string>>? headers = null)
        : base(
            string.Format(
                CultureInfo.InvariantCulture,
                "Operation '{0}': an event of the event stream grew past the limit of {1} bytes (ApiClientOptions.MaxEventBytes); the events before it were delivered.",
                operationId,
                limit),
            operationId,
            statusCode,
            limit,
            headers)
    {
    }
}
