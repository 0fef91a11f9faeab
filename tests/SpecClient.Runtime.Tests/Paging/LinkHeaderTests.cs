using System.Collections.Generic;
using SpecClient.Internal;

namespace SpecClient.Runtime.Tests.Paging;

/// <summary>The <c>rel="next"</c> target of a <c>Link</c> header (RFC 8288), as GitHub and others send it.</summary>
public sealed class LinkHeaderTests
{
    [Theory]
    [InlineData("<https://api.github.com/repos?page=2>; rel=\"next\", <https://api.github.com/repos?page=5>; rel=\"last\"", "https://api.github.com/repos?page=2")]
    [InlineData("<https://h/x?page=1>; rel=\"prev\", <https://h/x?page=3>; rel=\"next\"", "https://h/x?page=3")]
    [InlineData("<https://h/x?page=3>; rel=\"last next\"", "https://h/x?page=3")]
    [InlineData("<https://h/x?page=3>; title=\"a, <b>; rel=next\"; rel=NEXT", "https://h/x?page=3")]
    [InlineData("</relative?page=2>;rel=next", "/relative?page=2")]
    [InlineData("<https://h/x?page=1>; rel=\"prev\"", null)]
    [InlineData("<https://h/x?page=1>; rel=\"nextpage\"", null)]
    [InlineData("no link here", null)]
    [InlineData("<https://h/x", null)]
    [InlineData("", null)]
    public void Finds_the_next_link_of_a_header_value(string value, string? expected) =>
        Assert.Equal(expected, ApiLinkHeader.FindNext(value));

    [Fact]
    public void Reads_every_Link_header_value_and_none_when_there_is_no_header()
    {
        var headers = new Dictionary<string, IReadOnlyList<string>>(System.StringComparer.OrdinalIgnoreCase)
        {
            ["link"] = new[] { "<https://h/a>; rel=\"prev\"", "<https://h/b>; rel=\"next\"" },
        };

        Assert.Equal("https://h/b", ApiLinkHeader.FindNext(headers));
        Assert.Null(ApiLinkHeader.FindNext(new Dictionary<string, IReadOnlyList<string>>()));
    }
}
