using System;

namespace SpecClient.Runtime.Tests;

public sealed class UriTests
{
    [Theory]
    [InlineData("https://h/v2/", "/pets", "https://h/v2/pets")]
    [InlineData("https://h/v2", "/pets", "https://h/v2/pets")]
    [InlineData("https://h/", "/pets", "https://h/pets")]
    [InlineData("https://h", "/pets", "https://h/pets")]
    [InlineData("https://h/v2/", "pets", "https://h/v2/pets")]
    [InlineData("https://h:8443/a/b/", "/c/d/?x=1", "https://h:8443/a/b/c/d/?x=1")]
    [InlineData("https://h/v2/?ignored=1", "/pets", "https://h/v2/pets")]
    public void BaseAddress_with_path_is_joined(string baseAddress, string pathAndQuery, string expected)
    {
        Assert.Equal(expected, ApiUri.Create(new Uri(baseAddress), "https://default.example", pathAndQuery).AbsoluteUri);
    }

    [Fact]
    public void BaseAddress_wins_over_absolute_default()
    {
        Assert.Equal("http://127.0.0.1:5000/api/v1/credentials/", ApiUri.Create(new Uri("http://127.0.0.1:5000"), "https://api.prolific.com", "/api/v1/credentials/").AbsoluteUri);
    }

    [Theory]
    [InlineData("https://api.prolific.com", "https://api.prolific.com/api/v1/credentials/")]
    [InlineData("https://api.prolific.com/", "https://api.prolific.com/api/v1/credentials/")]
    [InlineData("https://h/base", "https://h/base/api/v1/credentials/")]
    public void Default_server_is_used_without_BaseAddress(string defaultUrl, string expected)
    {
        Assert.Equal(expected, ApiUri.Create(null, defaultUrl, "/api/v1/credentials/").AbsoluteUri);
    }

    [Fact]
    public void Relative_default_server_is_appended_to_a_root_BaseAddress()
    {
        Assert.Equal("https://h/api/v3/pets", ApiUri.Create(new Uri("https://h"), "/api/v3", "/pets").AbsoluteUri);
        Assert.Equal("https://h/api/v3/pets", ApiUri.Create(new Uri("https://h/"), "/api/v3/", "/pets").AbsoluteUri);
    }

    [Fact]
    public void BaseAddress_with_its_own_path_ignores_relative_default()
    {
        Assert.Equal("https://h/gateway/pets", ApiUri.Create(new Uri("https://h/gateway/"), "/api/v3", "/pets").AbsoluteUri);
    }

    [Fact]
    public void Relative_default_without_BaseAddress_throws_clear_error()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => ApiUri.Create(null, "/api/v3", "/pets"));
        Assert.Contains("BaseAddress", ex.Message, StringComparison.Ordinal);
        Assert.Contains("/api/v3", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void No_base_at_all_throws_clear_error(string? defaultUrl)
    {
        var ex = Assert.Throws<InvalidOperationException>(() => ApiUri.Create(null, defaultUrl, "/pets"));
        Assert.Contains("BaseAddress", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Escaped_dot_segments_and_slashes_are_not_normalized()
    {
        Uri uri = ApiUri.Create(new Uri("https://h/v1/"), null, "/items/%2E%2E/x/%2E/y/a%2Fb/%41");
        Assert.Equal("/v1/items/%2E%2E/x/%2E/y/a%2Fb/%41", uri.PathAndQuery);
        Assert.Equal("https://h/v1/items/%2E%2E/x/%2E/y/a%2Fb/%41", uri.AbsoluteUri);
    }

    [Fact]
    public void A_plain_Uri_would_remove_escaped_dot_segments()
    {
        // Documents why ApiUri disables canonicalization: if .NET ever stops doing this, ApiUri could use a plain Uri.
        Assert.Equal("/v1/x", new Uri("https://h/v1/items/%2E%2E/x").PathAndQuery);
    }

    [Fact]
    public void Characters_that_cannot_appear_in_a_uri_are_escaped_but_existing_escapes_are_kept()
    {
        Uri uri = ApiUri.Create(new Uri("https://h/"), null, "/a b/é#?q=%20x|y");
        Assert.Equal("/a%20b/%C3%A9%23?q=%20x|y", uri.PathAndQuery);
    }
}
