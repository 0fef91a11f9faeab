// The app's Program.cs for the client-library test: the client lives in ItemsClient/ItemsClient.csproj (a class library
// that holds the <OpenApiClient> item); the app only references that library and registers the client with DI.
using System;
using Items.Api;
using Microsoft.Extensions.DependencyInjection;

using var server = new LoopbackServer((method, path, body) => (method, path) switch
{
    ("GET", "/items/7") => (200, "{\"id\":7,\"name\":\"seven\"}"),
    _ => (404, "{\"title\":\"no such item\"}"),
});

var services = new ServiceCollection();
services.AddItemsClient(options => options.BaseAddress = server.BaseAddress);
using var provider = services.BuildServiceProvider();
var client = provider.GetRequiredService<IItemsClient>();

Item item = await client.GetItemAsync(7);
Console.WriteLine($"GET -> {item.Id} {item.Name}");

try
{
    await client.GetItemAsync(404);
}
catch (SpecClient.ApiNotFoundException exception)
{
    Console.WriteLine($"404 -> {exception.GetType().Name} {exception.StatusCode}");
}

if (args.Length > 99)
{
    // Never runs: a constant the spec forbids (minimum: 1), for the call-site analyzer (SPEC103) in the app's build.
    await client.GetItemAsync(0);
}

foreach (var request in server.Received)
{
    Console.WriteLine($"SERVER {request}");
}
