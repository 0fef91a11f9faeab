using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Pools.Api;

namespace SpecClient.Client.Tests.Auth;

/// <summary>
/// With <c>AddPoolsClient</c> and every log at Trace (IHttpClientFactory's request and header logging included), the
/// client secret, its Basic encoding and the tokens appear in no log line, exception or ToString, with either client
/// authentication method and with a token endpoint that refuses the client.
/// </summary>
public sealed class ClientSecretLogScanTests
{
    [Theory]
    [InlineData("client_secret_basic", "basic")]
    [InlineData("client_secret_post", "post")]
    [InlineData("client_secret_post", "basic")]
    public async Task No_log_line_or_exception_holds_the_secret_or_a_token(string method, string expected)
    {
        await using var server = await TokenServer.StartAsync();
        server.Expects = expected;
        var lines = new ConcurrentQueue<string>();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Pools:BaseAddress"] = server.BaseAddress.AbsoluteUri,
            ["Pools:OauthClientId"] = TokenServer.ClientId,
            ["Pools:OauthClientSecret"] = TokenServer.ClientSecret,
            ["Pools:OauthClientAuthentication"] = method,
            ["Pools:MaxRetryAttempts"] = "0",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(new LinesProvider(lines)));
        services.AddPoolsClient(configuration.GetSection("Pools"));
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<IPoolsClient>();

        try
        {
            await client.GetPoolAsync("p1");
            await client.CreatePoolAsync(new Pool { Name = "n" });
        }
        catch (Exception ex)
        {
            lines.Enqueue(ex.ToString());
        }

        lines.Enqueue(provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<PoolsClientOptions>>().Value.ToString());
        string everything = string.Join("\n", lines);
        Assert.Contains("/oauth/token", everything, StringComparison.Ordinal);
        bool accepted = method.EndsWith(expected, StringComparison.Ordinal);
        Assert.Equal(accepted, !everything.Contains("ApiTokenException", StringComparison.Ordinal));
        if (accepted)
        {
            // The calls' headers were logged (redacted): the scan below sees them.
            Assert.Contains("Authorization: ", everything, StringComparison.Ordinal);
        }

        string basic = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(TokenServer.ClientId + ":" + Uri.EscapeDataString(TokenServer.ClientSecret)));
        foreach (var secret in new[] { TokenServer.ClientSecret, Uri.EscapeDataString(TokenServer.ClientSecret), basic, "tok-1", "tok-2" })
        {
            Assert.DoesNotContain(secret, everything, StringComparison.Ordinal);
        }
    }

    private sealed class LinesProvider(ConcurrentQueue<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Lines(lines, categoryName);

        public void Dispose()
        {
        }

        private sealed class Lines(ConcurrentQueue<string> lines, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull
            {
                lines.Enqueue(category + " scope: " + state);
                return null;
            }

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
                => lines.Enqueue(category + ": " + formatter(state, exception) + " " + exception);
        }
    }
}
