using System;
using System.Collections.Generic;

namespace SpecClient;

/// <summary>
/// Thrown while enumerating an event stream (<c>text/event-stream</c>) when one event's data cannot be read as the type the
/// operation declares. The events before it have been delivered; the stream ends here.
/// </summary>
/// <remarks>
/// The message names the operation, the event's type (<c>message</c> when the server gave none), its number in the stream
/// (1 for the first) and the JSON path where reading failed; never the event's data. The
/// <see cref="System.Text.Json.JsonException"/> that failed is kept as <see cref="Exception.InnerException"/> (its message
/// may quote the offending value, as for <see cref="ApiResponseFormatException"/>).
/// </remarks>
public class ApiEventFormatException : ApiResponseFormatException
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="operationId">The OpenAPI operation id.</param>
    /// <param name="statusCode">The (success) status code of the response.</param>
    /// <param name="eventType">The event's type.</param>
    /// <param name="eventNumber">The event's number in the stream, 1 for the first.</param>
    /// <param name="eventId">The event's id, when the server sent one.</param>
    /// <param name="jsonPath">The JSON path where reading failed, if known.</param>
    /// <param name="headers">The response headers.</param>
    /// <param name="innerException">The exception that caused this one, if any.</param>
    public ApiEventFormatException(
        string operationId,
        int statusCode,
        string eventType,
        long eventNumber,
        string? eventId = null,
        string? jsonPath = null,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? headers = null,
        Exception? innerException = null)
        : base(BuildMessage(operationId, eventType, eventNumber, jsonPath), operationId, statusCode, jsonPath, null, false, headers, innerException)
    {
        EventType = eventType;
        EventNumber = eventNumber;
        EventId = eventId;
    }

    /// <summary>Gets the type of the event that could not be read (<c>message</c> when the server gave none).</summary>
    public string EventType { get; }

    /// <summary>Gets the event's number in the stream, 1 for the first.</summary>
    public long EventNumber { get; }

    /// <summary>Gets the event's id, when the server sent one.</summary>
    public string? EventId { get; }

    private static string BuildMessage(string operationId, string eventType, long eventNumber, string? jsonPath)
        => $"Operation '{operationId}': event {eventNumber} ('{Internal.ServerText.Sanitize(eventType)}') of the event stream is not valid for the declared type"
            + (jsonPath is null ? "." : $" (at {jsonPath}).");
}
