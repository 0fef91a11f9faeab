using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Features.Api;

namespace SpecClient.Client.Tests.Features;

/// <summary>
/// The generated client built on the caller's own <see cref="HttpClient"/> (<c>new FeaturesClient(httpClient, credentials)</c>,
/// whose default handler follows redirects) keeps its credentials and per-call headers on their origin: two Kestrel
/// servers on 127.0.0.1 on different ports, the first answering 302 to the second.
/// </summary>
public sealed class CredentialOriginTests
{
    private const string Key = "hdr-key-71c0";

    private static async Task<(RecordingServer Origin, RecordingServer Other)> StartAsync()
    {
        var other = await RecordingServer.StartAsync();
        other.Respond = _ => Reply.Json(200, """{"user":"landed"}""");
        var origin = await RecordingServer.StartAsync();
        origin.Respond = _ => new Reply(302) { Headers = new Dictionary<string, string> { ["Location"] = new Uri(other.BaseAddress, "secure/basic").AbsoluteUri } };
        return (origin, other);
    }

    [Theory]
    [InlineData("api key header")]
    [InlineData("basic")]
    [InlineData("per-call header")]
    public async Task A_302_to_another_origin_does_not_carry_the_clients_credentials(string kind)
    {
        var (origin, other) = await StartAsync();
        await using var originScope = origin;
        await using var otherScope = other;
        var client = new FeaturesClient(origin.Http, kind switch
        {
            "api key header" => new FeaturesClientCredentials { ApiKeyHeader = Key },
            "basic" => new FeaturesClientCredentials { BasicAuth = new BasicCredentials("ann", Key) },
            _ => new FeaturesClientCredentials { ApiKeyHeader = "other" },
        });
        var options = kind == "per-call header" ? new ApiRequestOptions { Headers = { ["X-Partner-Auth"] = Key } } : null;

        var response = await client.WhoAmIWithResponseAsync(options);

        Assert.Equal("landed", response.Value.User);
        string basic = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("ann:" + Key));
        string sent = string.Join("\n", origin.Single().Headers.Select(h => h.Value));
        Assert.True(sent.Contains(Key, StringComparison.Ordinal) || sent.Contains(basic, StringComparison.Ordinal));
        var landed = other.Single();
        string carried = landed.RawTarget + "\n" + string.Join("\n", landed.Headers.Select(h => h.Key + ": " + h.Value));
        Assert.DoesNotContain(Key, carried, StringComparison.Ordinal);
        Assert.DoesNotContain(basic, carried, StringComparison.Ordinal);
    }
}
