using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Xunit.Abstractions;

namespace SpecClient.Contract.Tests;

/// <summary>
/// Generated clients for real corpus specs call Stoplight Prism, which mocks the same spec with request
/// validation on: Prism must report no violation for any request, and its responses must deserialize.
/// </summary>
public class PrismContractTests
{
    private readonly ITestOutputHelper _output;

    public PrismContractTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public async Task Swagger_petstore3_requests_satisfy_prism()
    {
        await using var prism = await PrismServer.StartAsync(CorpusPaths.Spec("swagger-petstore3.yaml"));
        var recorder = new ViolationRecorder(stripPrefix: "/api/v3");
        using var http = new HttpClient(recorder) { BaseAddress = prism.BaseAddress };
        var client = new ContractClients.Petstore3.PetstoreClient(http, new ContractClients.Petstore3.PetstoreClientCredentials { ApiKey = "special-key", PetstoreAuth = "token" });
        var pet = new ContractClients.Petstore3.Pet
        {
            Id = 10,
            Name = "doggie",
            PhotoUrls = new[] { "https://example.com/dog.png" },
            Category = new ContractClients.Petstore3.Category { Id = 1, Name = "Dogs" },
            Tags = new[] { new ContractClients.Petstore3.Tag { Id = 1, Name = "good" } },
            Status = ContractClients.Petstore3.PetStatus.Available,
        };

        var added = await client.AddPetAsync(pet);
        var updated = await client.UpdatePetAsync(pet with { Name = "doggo" });
        var byStatus = await client.FindPetsByStatusAsync(ContractClients.Petstore3.FindPetsByStatusStatus.Sold);
        var byTags = await client.FindPetsByTagsAsync(new[] { "tag1", "tag 2" });
        var fetched = await client.GetPetByIdAsync(10);
        await client.UpdatePetWithFormAsync(10, name: "rex", status: "sold");
        await client.DeletePetAsync(10, apiKey: "special-key");
        using (var image = new MemoryStream(new byte[] { 1, 2, 3 }))
        {
            await client.UploadFileAsync(10, image, additionalMetadata: "photo");
        }

        var inventory = await client.GetInventoryAsync();
        var order = await client.PlaceOrderAsync(new ContractClients.Petstore3.Order { Id = 10, PetId = 198772, Quantity = 7, ShipDate = DateTimeOffset.Parse("2026-11-25T10:00:00Z"), Status = ContractClients.Petstore3.OrderStatus.Approved, Complete = true });
        var fetchedOrder = await client.GetOrderByIdAsync(10);
        await client.DeleteOrderAsync(10);
        var user = new ContractClients.Petstore3.User { Id = 10, Username = "theUser", FirstName = "John", Email = "john@email.com", Password = "12345", UserStatus = 1 };
        await client.CreateUserAsync(user);
        await client.CreateUsersWithListInputAsync(new[] { user });
        var session = await client.LoginUserAsync("theUser", "12345");
        await client.LogoutUserAsync();
        var fetchedUser = await client.GetUserByNameAsync("theUser");
        await client.UpdateUserAsync("theUser", user);
        await client.DeleteUserAsync("theUser");

        _output.WriteLine(recorder.Describe());
        recorder.AssertNoViolations(expectedRequests: 19);
        Assert.Equal("doggie", added.Name);
        Assert.NotNull(updated.PhotoUrls);
        Assert.NotEmpty(byStatus);
        Assert.NotEmpty(byTags);
        Assert.Equal("doggie", fetched.Name);
        Assert.NotEmpty(inventory);
        Assert.True(order.Status?.IsKnown, "The mocked order status is one the spec lists.");
        Assert.Equal(10, fetchedOrder.Id);
        Assert.False(string.IsNullOrEmpty(session));
        Assert.Equal("theUser", fetchedUser.Username);
    }

    [Fact]
    public async Task Redocly_museum_requests_satisfy_prism()
    {
        await using var prism = await PrismServer.StartAsync(CorpusPaths.Spec("redocly-museum.yaml"));
        var recorder = new ViolationRecorder();
        using var http = new HttpClient(recorder) { BaseAddress = prism.BaseAddress };
        var client = new ContractClients.Museum.MuseumClient(http, new ContractClients.Museum.MuseumClientCredentials { MuseumPlaceholderAuth = new BasicCredentials("user", "pass") });

        var hours = await client.GetMuseumHoursAsync(startDate: new DateOnly(2026, 11, 25), page: 2, limit: 15);
        var events = await client.ListSpecialEventsAsync(startDate: new DateOnly(2026, 11, 1), endDate: new DateOnly(2026, 11, 30));
        var first = events.First();
        var created = await client.CreateSpecialEventAsync(first);
        var fetched = await client.GetSpecialEventAsync(first.EventId!.Value);
        var updated = await client.UpdateSpecialEventAsync(first.EventId!.Value, new ContractClients.Museum.SpecialEventFields { Location = "Under the seaaa", Price = 15 });
        await client.DeleteSpecialEventAsync(first.EventId!.Value);
        var tickets = await client.BuyMuseumTicketsAsync(new ContractClients.Museum.BuyMuseumTickets
        {
            TicketType = ContractClients.Museum.TicketType.General,
            TicketDate = new DateOnly(2026, 12, 1),
            Email = "todd@example.com",
        });
        await using (var code = await client.GetTicketCodeAsync(tickets.TicketId!.Value))
        {
            Assert.True(code.CanRead);
        }

        _output.WriteLine(recorder.Describe());
        recorder.AssertNoViolations(expectedRequests: 8);
        Assert.NotEmpty(hours);
        Assert.False(string.IsNullOrEmpty(created.Name));
        Assert.NotNull(fetched.EventId);
        Assert.NotNull(updated.Name);
        Assert.NotNull(tickets.TicketId);
    }

    [Fact]
    public async Task Petstore_expanded_requests_satisfy_prism()
    {
        await using var prism = await PrismServer.StartAsync(CorpusPaths.Spec("oai-v3.0-petstore-expanded.yaml"));
        var recorder = new ViolationRecorder();
        using var http = new HttpClient(recorder) { BaseAddress = prism.BaseAddress };
        var client = new ContractClients.PetstoreExpanded.PetstoreExpandedClient(http);

        var all = await client.FindPetsAsync(tags: new[] { "cat", "dog" }, limit: 5);
        var added = await client.AddPetAsync(new ContractClients.PetstoreExpanded.NewPet { Name = "Tom", Tag = "cat" });
        var fetched = await client.FindPetByIdAsync(42);
        await client.DeletePetAsync(42);

        _output.WriteLine(recorder.Describe());
        recorder.AssertNoViolations(expectedRequests: 4);
        Assert.NotNull(all);
        Assert.False(string.IsNullOrEmpty(added.Name));
        Assert.False(string.IsNullOrEmpty(fetched.Name));
    }

    [Fact]
    public async Task An_invalid_request_is_reported_as_a_violation()
    {
        // Guards the guard: if Prism stopped validating requests, the tests above would prove nothing.
        await using var prism = await PrismServer.StartAsync(CorpusPaths.Spec("oai-v3.0-petstore-expanded.yaml"));
        var recorder = new ViolationRecorder();
        using var http = new HttpClient(recorder) { BaseAddress = prism.BaseAddress };

        using var response = await http.PostAsync("pets", new StringContent("{\"tag\":5}", System.Text.Encoding.UTF8, "application/json"));

        Assert.Single(recorder.Violations);
    }
}
