// Calls an API whose key travels in the query string through Add{Client} on Microsoft.Extensions.Http 8.x, against a
// server on 127.0.0.1, with every log line captured; prints what the test checks (never the key itself).
using System.Net;
using System.Net.Sockets;
using LoggingConsumer.Api;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

const string Key = "QUERY-KEY-7f3a91";

var port = FreePort();
using var listener = new HttpListener();
listener.Prefixes.Add($"http://127.0.0.1:{port}/");
listener.Start();
var keyReachedServer = false;
var server = Task.Run(async () =>
{
    var context = await listener.GetContextAsync();
    keyReachedServer = context.Request.QueryString["api_key"] == Key;
    var body = "{\"id\":\"w1\"}"u8.ToArray();
    context.Response.ContentType = "application/json";
    context.Response.ContentLength64 = body.Length;
    await context.Response.OutputStream.WriteAsync(body);
    context.Response.Close();
});

var lines = new List<string>();
var services = new ServiceCollection();
services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(new ListLoggerProvider(lines)));
services.AddWidgetClient(options =>
{
    options.BaseAddress = new Uri($"http://127.0.0.1:{port}/");
    options.Credentials = new WidgetClientCredentials { ApiToken = Key };
});
await using var provider = services.BuildServiceProvider();
var widget = await provider.GetRequiredService<WidgetClient>().GetWidgetAsync("w1");
await server;

Console.WriteLine($"widget: {widget.Id}");
Console.WriteLine($"key reached the server: {keyReachedServer}");
Console.WriteLine($"log lines: {lines.Count}");
Console.WriteLine($"log lines naming the path: {lines.Count(l => l.Contains("/widgets/w1", StringComparison.Ordinal))}");
Console.WriteLine($"log lines holding the key: {lines.Count(l => l.Contains(Key, StringComparison.Ordinal))}");
return 0;

static int FreePort()
{
    using var socket = new TcpListener(IPAddress.Loopback, 0);
    socket.Start();
    return ((IPEndPoint)socket.LocalEndpoint).Port;
}

internal sealed class ListLoggerProvider(List<string> lines) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new ListLogger(lines, categoryName);

    public void Dispose()
    {
    }

    private sealed class ListLogger(List<string> lines, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (lines)
            {
                lines.Add(category + ": " + formatter(state, exception) + (exception is null ? string.Empty : " " + exception));
            }
        }
    }
}
