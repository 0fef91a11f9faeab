using System;
using System.Net;
using System.Text;

namespace SpecClient.Runtime.Tests.Http;

/// <summary>A token endpoint's answer: the token and how long it is used, or an ApiTokenException that echoes no server text but an OAuth error code.</summary>
public sealed class TokenResponseTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);

    private static byte[] Body(string json) => Encoding.UTF8.GetBytes(json);

    [Theory]
    [InlineData("""{"access_token":"a","expires_in":3600}""", 3570)]
    [InlineData("""{"access_token":"a","expires_in":"120"}""", 90)]
    [InlineData("""{"access_token":"a","expires_in":40}""", 20)]
    [InlineData("""{"access_token":"a"}""", 270)]
    public void A_token_is_used_until_shortly_before_it_expires(string json, int seconds)
    {
        var token = TokenResponse.Read(HttpStatusCode.OK, Body(json), Now);

        Assert.Equal("a", token.Value);
        Assert.Equal(Now.AddSeconds(seconds), token.ExpiresAt);
        Assert.DoesNotContain("a", token.ToString().Replace("Token", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest, """{"error":"invalid_scope","error_description":"scope pools:admin"}""", "invalid_scope")]
    [InlineData(HttpStatusCode.Unauthorized, """{"error":"bad client <script>"}""", null)]
    [InlineData(HttpStatusCode.OK, """{"token_type":"Bearer"}""", null)]
    [InlineData(HttpStatusCode.OK, "not json", null)]
    [InlineData(HttpStatusCode.OK, """{"access_token":"a\nb"}""", null)]
    public void No_usable_token_is_an_ApiTokenException_with_only_a_well_formed_error_code(HttpStatusCode status, string body, string? error)
    {
        var refused = Assert.Throws<ApiTokenException>(() => TokenResponse.Read(status, Body(body), Now));

        Assert.Equal(status, refused.StatusCode);
        Assert.Equal(error, refused.Error);
        Assert.DoesNotContain("description", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("script", refused.Message, StringComparison.Ordinal);
    }
}
