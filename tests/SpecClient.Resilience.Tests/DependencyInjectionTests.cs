using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Prolific.Credentials;
using Prolific.LocalServer;
using SpecClient.Resilience.Tests.Infrastructure;

namespace SpecClient.Resilience.Tests;

/// <summary><c>services.AddProlificCredentialsClient(...)</c>: configuration binding, start-up validation, behaviour.</summary>
public sealed class DependencyInjectionTests : IAsyncLifetime
{
    private LocalProlificServer _server = null!;

    public async Task InitializeAsync() => _server = await LocalProlificServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private static ServiceProvider Build(IDictionary<string, string?> settings, Captured? captured = null, Action<IHttpClientBuilder>? more = null)
    {
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging =>
        {
            logging.SetMinimumLevel(LogLevel.Trace);
            if (captured is not null)
            {
                logging.AddProvider(new CapturingLoggerProvider(captured));
            }
        });
        IHttpClientBuilder builder = services.AddProlificCredentialsClient(configuration.GetSection("Prolific"));
        more?.Invoke(builder);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    private Dictionary<string, string?> Settings() => new()
    {
        ["Prolific:ApiToken"] = _server.Token,
        ["Prolific:BaseAddress"] = _server.BaseAddress.ToString(),
        ["Prolific:RetryBaseDelay"] = "0.005",
        ["Prolific:RetryMaxDelay"] = "00:00:00.050",
    };

    [Fact]
    public async Task The_client_is_bound_from_the_Prolific_section_and_authenticates_with_its_ApiToken()
    {
        using ServiceProvider provider = Build(Settings());
        provider.GetRequiredService<IStartupValidator>().Validate();

        var client = provider.GetRequiredService<ProlificCredentialsClient>();
        IReadOnlyList<CredentialPoolSummary> pools = await client.ListAllPoolsAsync(_server.WorkspaceId);

        Assert.Empty(pools);
        Assert.Equal("Token " + _server.Token, Assert.Single(_server.Requests).Headers["Authorization"]);
        Assert.Equal(System.Threading.Timeout.InfiniteTimeSpan, client.HttpClient.Timeout);
        ProlificCredentialsClientOptions options = provider.GetRequiredService<IOptions<ProlificCredentialsClientOptions>>().Value;
        Assert.Equal(TimeSpan.FromMilliseconds(5), options.RetryBaseDelay);
        Assert.Equal(TimeSpan.FromMilliseconds(50), options.RetryMaxDelay);
    }

    [Fact]
    public async Task The_registered_client_retries_a_GET_but_not_a_POST()
    {
        using ServiceProvider provider = Build(Settings());
        var client = provider.GetRequiredService<ProlificCredentialsClient>();
        _server.Enqueue(Servers.Status(503));
        _server.Enqueue(Servers.Status(503));

        await client.ListAllPoolsAsync(_server.WorkspaceId);
        Assert.Equal(3, _server.Requests.Count);

        _server.Enqueue(Servers.Status(503));
        await Assert.ThrowsAsync<ApiServerErrorException>(() => client.CreatePoolAsync(_server.WorkspaceId, new CredentialBatch().Add("u", "p")));
        Assert.Equal(4, _server.Requests.Count);
    }

    [Fact]
    public async Task The_returned_builder_adds_handlers_of_your_own()
    {
        var seen = new List<string>();
        using ServiceProvider provider = Build(Settings(), more: builder => builder.AddHttpMessageHandler(() => new RecordingHandler(seen)));
        _server.Enqueue(Servers.Status(503));

        await provider.GetRequiredService<ProlificCredentialsClient>().ListAllPoolsAsync(_server.WorkspaceId);

        // The resilience handler is outside the added one, so it sees every attempt.
        Assert.Equal(new[] { "GET", "GET" }, seen);
    }

    [Fact]
    public async Task Registering_twice_adds_the_configuration_but_not_a_second_retry_handler()
    {
        var services = new ServiceCollection();
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(Settings()).Build();
        services.AddProlificCredentialsClient(configuration.GetSection("Prolific"));
        services.AddProlificCredentialsClient(options => options.MaxRetryAttempts = 1);
        using ServiceProvider twice = services.BuildServiceProvider();
        for (int i = 0; i < 4; i++)
        {
            _server.Enqueue(Servers.Status(503));
        }

        await Assert.ThrowsAsync<ApiServerErrorException>(() => twice.GetRequiredService<ProlificCredentialsClient>().ListAllPoolsAsync(_server.WorkspaceId));

        // One pipeline with MaxRetryAttempts = 1 (the second call's setting): 2 requests, not 2 x 2 or 4 x 4.
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public void A_missing_token_fails_at_start_up_with_a_message_naming_the_key()
    {
        Dictionary<string, string?> settings = Settings();
        settings.Remove("Prolific:ApiToken");
        using ServiceProvider provider = Build(settings);

        OptionsValidationException ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("ApiToken is not set", ex.Message, StringComparison.Ordinal);
        Assert.Contains("AddProlificCredentialsClient", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unreadable_values_fail_at_start_up_without_showing_any_value()
    {
        const string secretLooking = "s3cr3t-value-that-must-not-appear";
        Dictionary<string, string?> settings = Settings();
        settings["Prolific:ApiToken"] = secretLooking + "\r\nX-Injected: 1";
        settings["Prolific:Timeout"] = secretLooking;
        settings["Prolific:BaseAddress"] = "not a uri " + secretLooking;
        settings["Prolific:MaxRetryAttempts"] = "99";
        using ServiceProvider provider = Build(settings);

        OptionsValidationException ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("ApiToken is empty or contains a line break", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Timeout: the configured value is not a time span", ex.Message, StringComparison.Ordinal);
        Assert.Contains("BaseAddress: the configured value is not an absolute URI", ex.Message, StringComparison.Ordinal);
        Assert.Contains("MaxRetryAttempts must be between 0 and 10", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(secretLooking, ex.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_attempt_timeout_longer_than_the_total_is_rejected()
    {
        Dictionary<string, string?> settings = Settings();
        settings["Prolific:Timeout"] = "5";
        settings["Prolific:AttemptTimeout"] = "10";
        using ServiceProvider provider = Build(settings);

        OptionsValidationException ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("AttemptTimeout must not be longer than Timeout", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_total_timeout_alone_shortens_the_default_attempt_timeout()
    {
        Dictionary<string, string?> settings = Settings();
        settings["Prolific:Timeout"] = "5";
        using ServiceProvider provider = Build(settings);
        provider.GetRequiredService<IStartupValidator>().Validate();

        ProlificCredentialsClientOptions options = provider.GetRequiredService<IOptions<ProlificCredentialsClientOptions>>().Value;

        Assert.Equal(TimeSpan.FromSeconds(5), options.Timeout);
        Assert.Equal(TimeSpan.FromSeconds(5), options.AttemptTimeout);
        Assert.Equal(TimeSpan.FromSeconds(30), new ProlificCredentialsClientOptions().AttemptTimeout);
    }

    [Fact]
    public void The_credential_has_one_name_and_the_options_never_show_it()
    {
        using ServiceProvider provider = Build(Settings());
        provider.GetRequiredService<IStartupValidator>().Validate();

        ProlificCredentialsClientOptions options = provider.GetRequiredService<IOptions<ProlificCredentialsClientOptions>>().Value;

        Assert.Equal(_server.Token, options.Credentials?.ApiToken);
        Assert.DoesNotContain(_server.Token, options.ToString(), StringComparison.Ordinal);
        Assert.Contains("ApiToken = ***", options.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_scheme_s_own_name_is_not_a_second_key_for_the_credential()
    {
        Dictionary<string, string?> settings = Settings();
        settings.Remove("Prolific:ApiToken");
        settings["Prolific:Token"] = _server.Token;
        using ServiceProvider provider = Build(settings);

        OptionsValidationException ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("ApiToken is not set (configuration key 'ApiToken')", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_interface_resolves_to_the_configured_typed_client()
    {
        using ServiceProvider provider = Build(Settings());

        var client = provider.GetRequiredService<IProlificCredentialsClient>();
        ListCredentialPoolsResponse pools = await client.ListCredentialPoolsAsync(_server.WorkspaceId);

        Assert.IsType<ProlificCredentialsClient>(client);
        Assert.True(pools.CredentialPools is null or { Count: 0 });
        Assert.Equal("Token " + _server.Token, Assert.Single(_server.Requests).Headers["Authorization"]);
    }

    [Fact]
    public void Create_without_DI_rejects_invalid_options_with_the_same_messages()
    {
        var options = new ProlificCredentialsClientOptions { BaseAddress = _server.BaseAddress, MaxRetryAttempts = -1 };

        ArgumentException ex = Assert.Throws<ArgumentException>(() => ProlificCredentialsClient.Create(options));

        Assert.Contains("ApiToken is not set", ex.Message, StringComparison.Ordinal);
        Assert.Contains("MaxRetryAttempts must be between 0 and 10", ex.Message, StringComparison.Ordinal);
    }

    private sealed class RecordingHandler(List<string> seen) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, System.Threading.CancellationToken cancellationToken)
        {
            lock (seen)
            {
                seen.Add(request.Method.Method);
            }

            return base.SendAsync(request, cancellationToken);
        }
    }
}
