using System.Collections.Generic;
using System.Globalization;

namespace SpecClient;

/// <summary>
/// Thrown while enumerating a sequential JSON response (JSON Lines, NDJSON or JSON text sequences) when one item is
/// larger than <see cref="ApiClientOptions.MaxResponseBodyBytes"/>. The items before it have been delivered; the
/// sequence ends here. The sequence as a whole is not limited (it is read one item at a time), only each item.
/// </summary>
public class ApiSequenceItemTooLargeException : ApiResponseTooLargeException
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="operationId">The OpenAPI operation id.</param>
    /// <param name="statusCode">The (success) status code of the response.</param>
    /// <param name="mediaType">The response's media type.</param>
    /// <param name="itemNumber">The item's number in the sequence, 1 for the first.</param>
    /// <param name="limit">The limit in bytes that the item exceeded.</param>
    /// <param name="headers">The response headers.</param>
    public ApiSequenceItemTooLargeException(
        string operationId,
        int statusCode,
        string mediaType,
        long itemNumber,
        long limit,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? headers = null)
        : base(BuildMessage(operationId, mediaType, itemNumber, limit), operationId, statusCode, limit, headers)
    {
        MediaType = mediaType;
        ItemNumber = itemNumber;
    }

    /// <summary>Gets the response's media type.</summary>
    public string MediaType { get; }

    /// <summary>Gets the item's number in the sequence, 1 for the first.</summary>
    public long ItemNumber { get; }

    private static string BuildMessage(string operationId, string mediaType, long itemNumber, long limit)
        => string.Format(
            CultureInfo.InvariantCulture,
            "Operation '{0}': item {1} of the {2} sequence is larger than the limit of {3} bytes (ApiClientOptions.MaxResponseBodyBytes).",
            operationId,
            itemNumber,
            Internal.ServerText.Sanitize(mediaType),
            limit);
}
