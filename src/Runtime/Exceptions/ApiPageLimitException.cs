using System.Globalization;

namespace SpecClient;

/// <summary>
/// Thrown while walking a paged operation (<c>{Operation}AllAsync</c>) when the pages read so far reached the limit
/// (<see cref="ApiClientOptions.MaxPages"/>, or <see cref="ApiRequestOptions.MaxPages"/> for the one walk) and the last
/// of them names a next page. The items of those pages were delivered; the next page is not requested.
/// </summary>
/// <remarks>A server that keeps issuing fresh cursors or links cannot make a walk run forever.</remarks>
public sealed class ApiPageLimitException : ApiException
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="operationId">The OpenAPI operation id of the paged operation.</param>
    /// <param name="statusCode">The status code of the last page read.</param>
    /// <param name="maxPages">The limit that was reached.</param>
    public ApiPageLimitException(string operationId, int statusCode, int maxPages)
        : base(
            string.Format(
                CultureInfo.InvariantCulture,
                "Operation '{0}' read the limit of {1} pages (ApiClientOptions.MaxPages, or ApiRequestOptions.MaxPages for one walk) and the last one names another; paging stopped without requesting it.",
                operationId,
                maxPages),
            operationId,
            statusCode,
            null,
            false,
            null,
            null,
            null)
    {
        MaxPages = maxPages;
    }

    /// <summary>Gets the number of pages read, the limit of the walk.</summary>
    public int MaxPages { get; }
}
