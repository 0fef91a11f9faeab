// The consumer's Program.cs for the one-spec tests: calls the client generated from api.yaml against a loopback server.
using System;
using Consumer;

using var server = new LoopbackServer((method, path, body) => (method, path) switch
{
    ("GET", "/items/7") => (200, "{\"id\":7,\"name\":\"seven\"}"),
    ("POST", "/items") => (201, body),
    _ => (404, "{\"title\":\"no such item\"}"),
});

using var http = new HttpClient { BaseAddress = server.BaseAddress };
var client = new ApiClient(http);

var item = await client.GetItemAsync(7);
Console.WriteLine($"GET -> {item.Id} {item.Name}");

var created = await client.CreateItemAsync(new Item { Id = 8, Name = "eight" });
Console.WriteLine($"POST -> {created.Id} {created.Name}");

try
{
    await client.GetItemAsync(404);
    Console.WriteLine("404 -> no exception");
}
catch (SpecClient.ApiNotFoundException exception)
{
    Console.WriteLine($"404 -> {exception.GetType().Name} {exception.StatusCode}");
}

foreach (var request in server.Received)
{
    Console.WriteLine($"SERVER {request}");
}
