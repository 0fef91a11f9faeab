using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Pets32.Api;
using SpecClient.Client.Tests.Streaming;
using SpecClient.Client.Tests.Support;

namespace SpecClient.Client.Tests.OpenApi32;

/// <summary>
/// A client generated from an OpenAPI 3.2 document (OpenApi32/pets32.yaml), called over Kestrel on 127.0.0.1: HTTP QUERY
/// with a body (and retried as idempotent), a method of the API's own (COPY), a typed query string, JSON Lines and
/// server-sent events read as their <c>itemSchema</c>'s type, and an NDJSON request body written from an async sequence.
/// </summary>
public sealed class OpenApi32ClientTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private LoopbackServer _server = null!;

    public async Task InitializeAsync() => _server = await LoopbackServer.StartAsync();

    public Task DisposeAsync() => _server.DisposeAsync().AsTask();

    private Pets32Client Client() => new(_server.Http);

    [Fact]
    public async Task A_QUERY_operation_reaches_an_endpoint_mapped_for_QUERY_with_its_body()
    {
        await using var app = await QueryEndpoint.StartAsync(failFirst: 0);

        var pets = await new Pets32Client(app.Http).SearchPetsAsync(new PetFilter { Species = "cat", NamePrefix = "Tib" });

        Assert.Equal("Tibbles", Assert.Single(pets).Name);
        var arrived = Assert.Single(app.Bodies);
        Assert.Contains("\"species\":\"cat\"", arrived, StringComparison.Ordinal);
        Assert.Contains("\"namePrefix\":\"Tib\"", arrived, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_QUERY_answered_503_is_retried_as_an_idempotent_method_and_a_POST_is_not()
    {
        await using var app = await QueryEndpoint.StartAsync(failFirst: 1);
        var client = Pets32Client.Create(new Pets32ClientOptions
        {
            BaseAddress = app.BaseAddress,
            RetryBaseDelay = TimeSpan.FromMilliseconds(5),
            RetryMaxDelay = TimeSpan.FromMilliseconds(20),
        });

        var pets = await client.SearchPetsAsync(new PetFilter { Species = "cat" });

        Assert.Single(pets);
        Assert.Equal(2, app.Bodies.Count);
        Assert.All(app.Bodies, body => Assert.Contains("\"species\":\"cat\"", body, StringComparison.Ordinal));

        app.FailNext(1);
        await Assert.ThrowsAsync<ApiServerErrorException>(() => client.ImportPetsAsync(Items(new Pet { Id = 1, Name = "a" })));
        Assert.Equal(1, app.Imports);
    }

    [Fact]
    public async Task An_additional_operation_is_sent_with_its_method_as_written()
    {
        _server.Handle = context =>
        {
            context.Response.StatusCode = 204;
            return Task.CompletedTask;
        };

        await Client().CopyPetAsync(7);

        var request = Assert.Single(_server.Requests);
        Assert.Equal("COPY", request.Method);
        Assert.Equal("/v1/pets/7", request.PathAndQuery);
    }

    [Fact]
    public async Task A_querystring_parameter_writes_its_object_as_the_whole_query()
    {
        _server.Handle = context => context.Response.WriteAsJsonAsync(new[] { new { id = 1, name = "Rex" } });

        var pets = await Client().ListPetsAsync(new PetQuery { Species = "dog", Tags = ["big", "old & grey"], Limit = 2 });

        Assert.Equal("Rex", Assert.Single(pets).Name);
        var request = Assert.Single(_server.Requests);
        Assert.Equal("/v1/pets?species=dog&tags=big&tags=old%20%26%20grey&limit=2", request.PathAndQuery);
    }

    [Fact]
    public async Task A_JSON_Lines_response_is_read_item_by_item_as_the_item_schema()
    {
        var firstSeen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _server.Handle = async context =>
        {
            context.Response.ContentType = "application/jsonl";
            await WriteFlushedAsync(context, "{\"id\":1,\"name\":\"Rex\"}\n");

            // The second line is written only after the client has the first: nothing waits for the whole body.
            await firstSeen.Task.WaitAsync(Patience);
            await WriteFlushedAsync(context, "\n{\"id\":2,\"name\":\"Tibbles\",\"species\":\"cat\"}\n");
        };

        var pets = new List<Pet>();
        await foreach (var pet in Client().ExportPetsStreamAsync())
        {
            pets.Add(pet);
            firstSeen.TrySetResult();
        }

        Assert.Equal(new[] { (1L, "Rex"), (2L, "Tibbles") }, pets.Select(p => (p.Id, p.Name)));
        Assert.Equal("cat", pets[1].Species);
        Assert.Equal("application/jsonl", Assert.Single(_server.Requests).Accept);
    }

    [Fact]
    public async Task A_JSON_Lines_error_status_is_the_typed_exception_with_the_declared_error_body()
    {
        _server.Handle = async context =>
        {
            context.Response.StatusCode = 500;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("{\"title\":\"export failed\",\"status\":500}");
        };

        var error = await Assert.ThrowsAsync<ApiServerErrorException>(async () =>
        {
            await foreach (var unused in Client().ExportPetsStreamAsync())
            {
            }
        });

        Assert.Equal(500, error.StatusCode);
        Assert.Equal("export failed", error.GetError<Problem>()?.Title);
    }

    [Fact]
    public async Task Server_sent_events_whose_data_has_a_content_schema_are_read_as_that_type()
    {
        _server.Handle = async context =>
        {
            context.Response.ContentType = "text/event-stream";
            await LoopbackServer.WriteEventAsync(context, "{\"id\":3,\"name\":\"Polly\"}", "changed");
            await LoopbackServer.WriteEventAsync(context, "{\"id\":4,\"name\":\"Bubbles\",\"species\":\"fish\"}", "added");
        };

        var pets = new List<Pet>();
        await foreach (var pet in Client().WatchPetsStreamAsync())
        {
            pets.Add(pet);
        }

        Assert.Equal(new[] { "Polly", "Bubbles" }, pets.Select(p => p.Name));
        Assert.Equal("fish", pets[1].Species);
        Assert.Equal("text/event-stream", Assert.Single(_server.Requests).Accept);
    }

    [Fact]
    public async Task An_NDJSON_request_body_is_written_from_an_async_sequence_one_line_an_item()
    {
        string? contentType = null;
        _server.Handle = context =>
        {
            contentType = context.Request.ContentType;
            return context.Response.WriteAsJsonAsync(new { count = 2 });
        };

        var result = await Client().ImportPetsAsync(Items(new Pet { Id = 1, Name = "Rex" }, new Pet { Id = 2, Name = "Tibbles" }));

        Assert.Equal(2, result.Count);
        Assert.Equal("application/x-ndjson", contentType);
        var lines = Assert.Single(_server.Requests).Body.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains("\"name\":\"Rex\"", lines[0], StringComparison.Ordinal);
        Assert.Contains("\"name\":\"Tibbles\"", lines[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"kind\":\"person\",\"name\":\"Ann\"}", "person")]
    [InlineData("{\"kind\":\"robot\",\"model\":\"R2\"}", "robot")]
    [InlineData("{\"model\":\"R2\",\"kind\":\"alien\"}", "alien")]
    public async Task A_discriminator_value_no_mapping_names_is_read_as_the_default_mapping_case(string json, string kind)
    {
        _server.Handle = async context =>
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(json);
        };

        var owner = await Client().GetOwnerAsync(5);

        if (kind == "person")
        {
            Assert.Equal("Ann", owner.AsPerson!.Name);
            return;
        }

        Assert.True(owner.IsUnknownOwner, "case " + owner.Case);
        Assert.Equal(kind, owner.AsUnknownOwner!.Kind);
    }

    private static async IAsyncEnumerable<Pet> Items(params Pet[] pets)
    {
        foreach (var pet in pets)
        {
            await Task.Yield();
            yield return pet;
        }
    }

    private static async Task WriteFlushedAsync(HttpContext context, string text)
    {
        await context.Response.WriteAsync(text, context.RequestAborted);
        await context.Response.Body.FlushAsync(context.RequestAborted);
    }

    /// <summary>
    /// Kestrel with routing: <c>QUERY /v1/pets/search</c> mapped through <c>MapMethods</c> (as a minimal API maps an HTTP
    /// QUERY endpoint), answering 503 to the first requests it is told to fail; and <c>POST /v1/pets/import</c> likewise.
    /// </summary>
    private sealed class QueryEndpoint : IAsyncDisposable
    {
        private LoopbackHost _host = null!;
        private int _failures;

        private QueryEndpoint(int failFirst) => _failures = failFirst;

        public Uri BaseAddress => _host.BaseAddress;

        public HttpClient Http => _host.Http;

        public List<string> Bodies { get; } = new();

        public int Imports;

        public void FailNext(int count) => _failures = count;

        public static async Task<QueryEndpoint> StartAsync(int failFirst)
        {
            var endpoint = new QueryEndpoint(failFirst);
            endpoint._host = await LoopbackHost.StartAsync(endpoint.Map, "/v1/");
            return endpoint;
        }

        public ValueTask DisposeAsync() => _host.DisposeAsync();

        private void Map(WebApplication app)
        {
            app.UseRouting();
            app.MapMethods("/v1/pets/search", new[] { "QUERY" }, async (HttpContext context) =>
            {
                using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
                var body = await reader.ReadToEndAsync();
                lock (Bodies)
                {
                    Bodies.Add(body);
                }

                if (Interlocked.Decrement(ref _failures) >= 0)
                {
                    context.Response.StatusCode = 503;
                    return;
                }

                await context.Response.WriteAsJsonAsync(new[] { new { id = 9, name = "Tibbles", species = "cat" } });
            });
            app.MapPost("/v1/pets/import", (HttpContext context) =>
            {
                Interlocked.Increment(ref Imports);
                context.Response.StatusCode = Interlocked.Decrement(ref _failures) >= 0 ? 503 : 200;
                return Task.CompletedTask;
            });
            app.UseEndpoints(_ => { });
        }
    }
}
