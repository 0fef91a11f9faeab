using System;

namespace SpecClient;

/// <summary>
/// Thrown while walking a paged operation (<c>{Operation}AllAsync</c>) when a page names its next page on another origin
/// (scheme, host or port) than the client's base address. The pager never sends a request there: the items of the pages
/// before were delivered, and the walk ends with this exception.
/// </summary>
/// <remarks>
/// The message names the operation and the two origins only: never the next page's path, query or any token in it.
/// </remarks>
public sealed class ApiPageLinkException : ApiException
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="operationId">The OpenAPI operation id of the paged operation.</param>
    /// <param name="statusCode">The status code of the page that named the link.</param>
    /// <param name="expectedOrigin">The client's origin, as <c>scheme://host:port</c>.</param>
    /// <param name="linkOrigin">The origin the next page link pointed at, as <c>scheme://host:port</c>.</param>
    public ApiPageLinkException(string operationId, int statusCode, string expectedOrigin, string linkOrigin)
        : base(
            $"Operation '{operationId}' named its next page on another origin ({linkOrigin}) than the client's ({expectedOrigin}); paging stopped without following it.",
            operationId,
            statusCode,
            null,
            false,
            null,
            null,
            null)
    {
        ExpectedOrigin = expectedOrigin ?? string.Empty;
        LinkOrigin = linkOrigin ?? string.Empty;
    }

    /// <summary>Gets the client's origin (<c>scheme://host:port</c>), where every page request goes.</summary>
    public string ExpectedOrigin { get; }

    /// <summary>Gets the origin (<c>scheme://host:port</c>) the refused next page link pointed at.</summary>
    public string LinkOrigin { get; }
}
