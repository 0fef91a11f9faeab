using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace SpecClient.Client.Tests.Support;

/// <summary>
/// A test's routes on Kestrel at 127.0.0.1 (a port the OS picks) and an <see cref="HttpClient"/> pointed at them: the
/// start, address lookup and teardown every server in these tests needs, written once.
/// </summary>
public sealed class LoopbackHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LoopbackHost(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
        Http = new HttpClient { BaseAddress = baseAddress };
    }

    /// <summary>Gets the server's address followed by the base path it was started with.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Gets a client whose base address is <see cref="BaseAddress"/>; the host disposes it.</summary>
    public HttpClient Http { get; }

    /// <summary>
    /// Starts a host whose <paramref name="routes"/> the test maps: on a bare Kestrel host with routing, or, with
    /// <paramref name="minimalApi"/>, on the slim builder whose JSON binding and problem details minimal API endpoints use.
    /// </summary>
    public static async Task<LoopbackHost> StartAsync(Action<WebApplication> routes, string basePath = "/", bool minimalApi = false)
    {
        var builder = minimalApi ? WebApplication.CreateSlimBuilder(new WebApplicationOptions()) : WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        if (!minimalApi)
        {
            builder.WebHost.UseKestrelCore();
            builder.Services.AddRoutingCore();
        }

        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, 0));
        var app = builder.Build();
        routes(app);
        await app.StartAsync();
        // Once started, Urls holds the address Kestrel bound (the port the OS picked).
        return new LoopbackHost(app, new Uri(app.Urls.First() + basePath));
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
