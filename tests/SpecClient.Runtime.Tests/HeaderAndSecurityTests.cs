using System;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Prolific.LocalServer;

namespace SpecClient.Runtime.Tests;

public sealed class HeaderAndSecurityTests
{
    private const string Secret = "s3cr3t-VALUE-abc";

    public static TheoryData<string> BadValues => new()
    {
        Secret + "\r\nX-Injected: 1",
        Secret + "\n",
        "\r" + Secret,
        Secret + "\0",
        Secret + "\u001b",
        Secret + "\u007f",
    };

    [Theory]
    [MemberData(nameof(BadValues))]
    public void Header_with_control_characters_is_rejected_naming_header_not_value(string value)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "http://127.0.0.1/");
        var ex = Assert.Throws<ArgumentException>(() => ApiHeaders.Add(request, "X-Trace", value));
        Assert.Contains("X-Trace", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, ex.ToString(), StringComparison.Ordinal);
        Assert.Equal(value.Contains('\r') || value.Contains('\n'), ex.Message.Contains("(CR or LF)", StringComparison.Ordinal));
        Assert.False(request.Headers.Contains("X-Trace"));
    }

    [Fact]
    public void ApplyHttpToken_sets_Authorization_on_a_bare_request_and_replaces_one_already_there()
    {
        using HttpRequestMessage generated = ApiCalls.CreateRequest(HttpMethod.Get);
        ApiSecurity.ApplyHttpToken(generated, "Token", "first");
        Assert.Equal("Token first", Assert.Single(generated.Headers.NonValidated["Authorization"]));

        ApiSecurity.ApplyHttpToken(generated, "Bearer", "second");
        Assert.Equal("Bearer second", Assert.Single(generated.Headers.NonValidated["Authorization"]));

        using var other = new HttpRequestMessage(HttpMethod.Get, "http://127.0.0.1/");
        other.Headers.TryAddWithoutValidation("X-Trace", "t");
        other.Headers.TryAddWithoutValidation("Authorization", "Basic old");
        ApiSecurity.ApplyHttpToken(other, "Token", "third");
        Assert.Equal("Token third", Assert.Single(other.Headers.NonValidated["Authorization"]));
        Assert.Equal("t", Assert.Single(other.Headers.NonValidated["X-Trace"]));
    }

    [Theory]
    [InlineData("Tok en")]
    [InlineData("Token\u00e9")]
    [InlineData("To:ken")]
    public void ApplyHttpToken_refuses_a_scheme_that_is_not_an_HTTP_token(string scheme)
    {
        using HttpRequestMessage request = ApiCalls.CreateRequest(HttpMethod.Get);
        Assert.Throws<ArgumentException>(() => ApiSecurity.ApplyHttpToken(request, scheme, Secret));
        Assert.False(request.Headers.Contains("Authorization"));
    }

    [Theory]
    [MemberData(nameof(BadValues))]
    public void Security_values_with_control_characters_are_rejected_without_echo(string value)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "http://127.0.0.1/");
        var errors = new Exception[]
        {
            Assert.Throws<ArgumentException>(() => ApiSecurity.ApplyHttpToken(request, "Token", value)),
            Assert.Throws<ArgumentException>(() => ApiSecurity.ApplyApiKeyHeader(request, "X-Api-Key", value)),
            Assert.Throws<ArgumentException>(() => ApiSecurity.ApplyApiKeyCookie(request, "key", value)),
            Assert.Throws<ArgumentException>(() => ApiSecurity.ApplyBasic(request, new BasicCredentials("user", value))),
        };
        foreach (Exception ex in errors)
        {
            Assert.DoesNotContain(Secret, ex.ToString(), StringComparison.Ordinal);
        }

        Assert.Null(request.Headers.Authorization);
        Assert.False(request.Headers.Contains("X-Api-Key"));
        Assert.False(request.Headers.Contains("Cookie"));
    }

    [Fact]
    public void IfSet_methods_skip_a_null_credential_and_apply_a_set_one()
    {
        using var skipped = new HttpRequestMessage(HttpMethod.Get, "http://127.0.0.1/");
        ApiSecurity.ApplyHttpTokenIfSet(skipped, "Token", null);
        ApiSecurity.ApplyBasicIfSet(skipped, null);
        ApiSecurity.ApplyApiKeyHeaderIfSet(skipped, "X-Api-Key", null);
        ApiSecurity.ApplyApiKeyCookieIfSet(skipped, "key", null);
        Assert.Null(skipped.Headers.Authorization);
        Assert.False(skipped.Headers.Contains("X-Api-Key"));
        Assert.False(skipped.Headers.Contains("Cookie"));

        using var applied = new HttpRequestMessage(HttpMethod.Get, "http://127.0.0.1/");
        ApiSecurity.ApplyHttpTokenIfSet(applied, "Token", Secret);
        Assert.Equal("Token " + Secret, applied.Headers.Authorization?.ToString());
        ApiSecurity.ApplyBasicIfSet(applied, new BasicCredentials("user", "pass"));
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("user:pass")), applied.Headers.Authorization?.ToString());
        ApiSecurity.ApplyApiKeyHeaderIfSet(applied, "X-Api-Key", Secret);
        Assert.Equal(Secret, applied.Headers.GetValues("X-Api-Key").Single());
        ApiSecurity.ApplyApiKeyCookieIfSet(applied, "key", Secret);
        Assert.Contains("key=" + Secret, applied.Headers.GetValues("Cookie").Single(), StringComparison.Ordinal);

        // A set but invalid credential is still rejected, without echo.
        var ex = Assert.Throws<ArgumentException>(() => ApiSecurity.ApplyHttpTokenIfSet(applied, "Token", Secret + "\r\n"));
        Assert.DoesNotContain(Secret, ex.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Tab_and_non_ascii_are_allowed_and_null_is_skipped()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "http://127.0.0.1/");
        ApiHeaders.Add(request, "X-A", "a\tb");
        ApiHeaders.Add(request, "X-B", null);
        Assert.Equal("a\tb", request.Headers.NonValidated["X-A"].ToString());
        Assert.False(request.Headers.Contains("X-B"));
    }

    [Theory]
    [InlineData("Bad Name")]
    [InlineData("X-Bad\r\nName")]
    [InlineData("")]
    public void Invalid_header_names_are_rejected(string name)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "http://127.0.0.1/");
        Assert.ThrowsAny<ArgumentException>(() => ApiHeaders.Add(request, name, "v"));
    }

    [Fact]
    public void Content_header_goes_to_content()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "http://127.0.0.1/") { Content = new StringContent("{}") };
        ApiHeaders.Add(request, "Content-Language", "en");
        Assert.Equal("en", request.Content.Headers.ContentLanguage.Single());
    }

    [Fact]
    public async Task Headers_cookies_and_auth_reach_the_server()
    {
        await using LocalProlificServer server = await LocalProlificServer.StartAsync();
        server.Enqueue(CannedResponse.Json(200, "{}"));
        using HttpClient http = TestApi.Client(server);
        using var request = new HttpRequestMessage(HttpMethod.Get, ApiUri.Create(http.BaseAddress, null, "/h"));
        ApiSecurity.ApplyHttpToken(request, "Bearer", "old");
        ApiSecurity.ApplyHttpToken(request, "Token", server.Token);
        ApiHeaders.Add(request, "X-Trace", "t-1");
        ApiHeaders.AddCookie(request, "session id", "a b;c");
        ApiSecurity.ApplyApiKeyCookie(request, "key", "k=1");
        ApiSecurity.ApplyApiKeyHeader(request, "X-Api-Key", "first");
        ApiSecurity.ApplyApiKeyHeader(request, "X-Api-Key", "second");

        using HttpResponseMessage response = await ApiHttp.SendAsync(http, request, "op", default);

        RecordedRequest recorded = Assert.Single(server.Requests);
        Assert.Equal("Token " + server.Token, recorded.Headers["Authorization"]);
        Assert.Equal("t-1", recorded.Headers["X-Trace"]);
        Assert.Equal("session%20id=a%20b%3Bc; key=k%3D1", recorded.Headers["Cookie"]);
        Assert.Equal("second", recorded.Headers["X-Api-Key"]);
    }

    [Fact]
    public async Task Basic_credentials_reach_the_server_utf8_base64()
    {
        await using LocalProlificServer server = await LocalProlificServer.StartAsync();
        server.Enqueue(CannedResponse.Json(200, "{}"));
        using HttpClient http = TestApi.Client(server);
        using var request = new HttpRequestMessage(HttpMethod.Get, ApiUri.Create(http.BaseAddress, null, "/b"));
        ApiSecurity.ApplyBasic(request, new BasicCredentials("jürgen", "pä:ss"));

        using HttpResponseMessage response = await ApiHttp.SendAsync(http, request, "op", default);

        string header = Assert.Single(server.Requests).Headers["Authorization"];
        Assert.StartsWith("Basic ", header, StringComparison.Ordinal);
        Assert.Equal("jürgen:pä:ss", Encoding.UTF8.GetString(Convert.FromBase64String(header.Substring(6))));
    }

    [Fact]
    public void Basic_username_with_colon_is_rejected()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "http://127.0.0.1/");
        Assert.Throws<ArgumentException>(() => ApiSecurity.ApplyBasic(request, new BasicCredentials("a:b", Secret)));
    }

    [Fact]
    public void BasicCredentials_never_show_the_password()
    {
        var credentials = new BasicCredentials("alice", Secret);
        Assert.Equal("alice", credentials.Username);
        Assert.Equal(Secret, credentials.Password);
        Assert.DoesNotContain(Secret, credentials.ToString(), StringComparison.Ordinal);
        Assert.Contains("alice", credentials.ToString(), StringComparison.Ordinal);

        var display = (System.Diagnostics.DebuggerDisplayAttribute)Attribute.GetCustomAttribute(typeof(BasicCredentials), typeof(System.Diagnostics.DebuggerDisplayAttribute))!;
        Assert.Equal("{ToString(),nq}", display.Value);
        var browsable = (System.Diagnostics.DebuggerBrowsableAttribute?)Attribute.GetCustomAttribute(typeof(BasicCredentials).GetProperty(nameof(BasicCredentials.Password))!, typeof(System.Diagnostics.DebuggerBrowsableAttribute));
        Assert.Equal(System.Diagnostics.DebuggerBrowsableState.Never, browsable?.State);
    }

    [Fact]
    public void Empty_token_is_rejected()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "http://127.0.0.1/");
        Assert.Throws<ArgumentException>(() => ApiSecurity.ApplyHttpToken(request, "Token", string.Empty));
        Assert.Throws<ArgumentException>(() => ApiSecurity.ApplyHttpToken(request, "To ken", "x"));
    }

    [Fact]
    public void No_static_field_of_the_runtime_holds_a_credential_after_it_was_applied()
    {
        string token = "tok_" + Guid.NewGuid().ToString("N");
        using (var request = new System.Net.Http.HttpRequestMessage())
        {
            ApiSecurity.ApplyHttpToken(request, "Bearer", token);
            ApiSecurity.ApplyApiKeyHeader(request, "X-Api-Key", token);
        }

        var flags = System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic;
        var holders = new System.Collections.Generic.List<string>();
        foreach (Type type in typeof(ApiClientOptions).Assembly.GetTypes())
        {
            foreach (System.Reflection.FieldInfo field in type.GetFields(flags))
            {
                if (!type.ContainsGenericParameters && !field.IsLiteral && Holds(field.GetValue(null), token))
                {
                    holders.Add(type.Name + "." + field.Name);
                }
            }
        }

        Assert.Empty(holders);
    }

    private static bool Holds(object? value, string secret)
    {
        if (value is string text)
        {
            return text.Contains(secret, StringComparison.Ordinal);
        }

        if (value is null || value.GetType().IsPrimitive)
        {
            return false;
        }

        foreach (System.Reflection.FieldInfo field in value.GetType().GetFields(System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic))
        {
            if (field.GetValue(value) is string inner && inner.Contains(secret, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
