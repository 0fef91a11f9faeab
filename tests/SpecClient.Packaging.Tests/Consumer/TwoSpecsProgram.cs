// The consumer's Program.cs for the two-spec test: both specs define a schema 'Item' and an operation 'getItem'.
using System;

using var server = new LoopbackServer((method, path, body) => (method, path) switch
{
    ("GET", "/pets/rex") => (200, "{\"name\":\"rex\",\"species\":\"dog\"}"),
    ("GET", "/shop/items/A-1") => (200, "{\"sku\":\"A-1\",\"price\":2.5}"),
    _ => (404, "{}"),
});

using var http = new HttpClient { BaseAddress = server.BaseAddress };
var pets = new Consumer.Pets.PetsClient(http);
var shop = new Consumer.Shop.ShopClient(http);

Consumer.Pets.Item pet = await pets.GetItemAsync("rex");
Consumer.Shop.Item ware = await shop.GetItemAsync("A-1");
Console.WriteLine($"PET -> {pet.Name} {pet.Species}");
Console.WriteLine(FormattableString.Invariant($"WARE -> {ware.Sku} {ware.Price}"));
