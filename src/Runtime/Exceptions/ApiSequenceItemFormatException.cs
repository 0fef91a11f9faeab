using System;
using System.Collections.Generic;

namespace SpecClient;

/// <summary>
/// Thrown while enumerating a sequential JSON response (JSON Lines, NDJSON or JSON text sequences) when one item cannot
/// be read as the type the operation declares. The items before it have been delivered; the sequence ends here.
/// </summary>
/// <remarks>
/// The message names the operation, the media type, the item's number in the sequence (1 for the first; blank lines are
/// not items) and the JSON path where reading failed; never the item's text. The
/// <see cref="System.Text.Json.JsonException"/> that failed is kept as <see cref="Exception.InnerException"/> (its message
/// may quote the offending value, as for <see cref="ApiResponseFormatException"/>).
/// </remarks>
public class ApiSequenceItemFormatException : ApiResponseFormatException
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="operationId">The OpenAPI operation id.</param>
    /// <param name="statusCode">The (success) status code of the response.</param>
    /// <param name="mediaType">The response's media type.</param>
    /// <param name="itemNumber">The item's number in the sequence, 1 for the first.</param>
    /// <param name="jsonPath">The JSON path where reading failed, if known.</param>
    /// <param name="headers">The response headers.</param>
    /// <param name="innerException">The exception that caused this one, if any.</param>
    public ApiSequenceItemFormatException(
        string operationId,
        int statusCode,
        string mediaType,
        long itemNumber,
        string? jsonPath = null,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? headers = null,
        Exception? innerException = null)
        : base(BuildMessage(operationId, mediaType, itemNumber, jsonPath), operationId, statusCode, jsonPath, null, false, headers, innerException)
    {
        MediaType = mediaType;
        ItemNumber = itemNumber;
    }

    /// <summary>Gets the response's media type (<c>application/jsonl</c>, <c>application/x-ndjson</c> or <c>application/json-seq</c>).</summary>
    public string MediaType { get; }

    /// <summary>Gets the item's number in the sequence, 1 for the first.</summary>
    public long ItemNumber { get; }

    private static string BuildMessage(string operationId, string mediaType, long itemNumber, string? jsonPath)
        => $"Operation '{operationId}': item {itemNumber} of the {Internal.ServerText.Sanitize(mediaType)} sequence is not valid for the declared type"
            + (jsonPath is null ? "." : $" (at {jsonPath}).");
}
