using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Features.Api;

namespace SpecClient.Client.Tests.Features;

/// <summary>
/// A client generated from Features/features.yaml (every construct SpecClient supports) against a recording
/// Kestrel server on 127.0.0.1: what goes over the wire, and what comes back.
/// </summary>
public sealed class FeatureClientTests : IAsyncLifetime
{
    private static readonly Guid PetId = Guid.Parse("8f3c7c3e-6a1f-4a51-9a7e-4c1d7d2b9e10");
    private RecordingServer _server = null!;

    public async Task InitializeAsync() => _server = await RecordingServer.StartAsync();

    public Task DisposeAsync() => _server.DisposeAsync().AsTask();

    private FeaturesClient Client(FeaturesClientCredentials? credentials = null) =>
        new(_server.Http, credentials ?? new FeaturesClientCredentials { BearerAuth = "bearer-token" });

    private const string PetJson = """
        {"name":"Rex","born":"2020-02-29","id":"8f3c7c3e-6a1f-4a51-9a7e-4c1d7d2b9e10","status":"hibernating","size":7,
         "weightGrams":12345678901,"nickname":null,"tags":["good","loud"],"attributes":{"legs":4},
         "owner":{"name":"Ann","email":null},"chip":"AQID","extra":{"any":[1,"two"]},"class":"mammal","vendorField":{"x":1}}
        """;

    [Fact]
    public async Task Query_header_and_cookie_parameters_use_their_styles_and_optional_ones_are_left_off()
    {
        _server.Respond = _ => Reply.Json(200, "[]");

        await Client().ListPetsAsync(
            status: PetStatus.Sold,
            tags: new[] { "a b", "c&d" },
            ids: new long[] { 1, 2 },
            words: new[] { "x", "y" },
            pipes: new[] { 3, 4 },
            filter: new Dictionary<string, string> { ["color"] = "red" },
            xTrace: "trace-1",
            session: "s1",
            since: new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero));
        await Client().ListPetsAsync();

        var calls = _server.Calls.ToArray();
        Assert.Equal(
            "/v1/pets?status=sold&tags=a%20b&tags=c%26d&ids=1,2&words=x%20y&pipes=3|4&filter[color]=red&since=2026-11-25T10%3A00%3A00.0000000%2B00%3A00",
            calls[0].RawTarget);
        Assert.Equal("trace-1", calls[0].Header("X-Trace"));
        Assert.Equal("session=s1", calls[0].Header("Cookie"));
        Assert.Equal("Bearer bearer-token", calls[0].Header("Authorization"));
        Assert.Equal("/v1/pets", calls[1].RawTarget);
        Assert.Equal(string.Empty, calls[1].Header("X-Trace"));
    }

    [Fact]
    public async Task Records_read_every_kind_keep_unknown_enum_values_and_unknown_properties_and_write_them_back()
    {
        _server.Respond = call => call.Method == "GET" ? Reply.Json(200, "[" + PetJson + "]") : Reply.Json(201, call.BodyText);

        var pet = Assert.Single(await Client().ListPetsAsync());
        var echoed = await Client().CreatePetAsync(pet);

        Assert.Equal(PetId, pet.Id);
        Assert.Equal(new DateOnly(2020, 2, 29), pet.Born);
        Assert.Equal("hibernating", pet.Status.Value);
        Assert.False(pet.Status.IsKnown);
        Assert.Equal(7, pet.Size!.Value.Value);
        Assert.Equal(12345678901L, pet.WeightGrams);
        Assert.Null(pet.Nickname);
        Assert.Equal(new[] { "good", "loud" }, pet.Tags);
        Assert.Equal(4, pet.Attributes!["legs"]);
        Assert.Equal("Ann", pet.Owner!.Name);
        Assert.Equal(new byte[] { 1, 2, 3 }, pet.Chip);
        Assert.Equal("two", pet.Extra!.Value.GetProperty("any")[1].GetString());
        Assert.Equal("mammal", pet.Class);
        Assert.Equal(1, pet.AdditionalProperties!["vendorField"].GetProperty("x").GetInt32());
        var sent = JsonDocument.Parse(_server.Calls.Last().BodyText).RootElement;
        Assert.Equal("hibernating", sent.GetProperty("status").GetString());
        Assert.Equal(1, sent.GetProperty("vendorField").GetProperty("x").GetInt32());
        Assert.Equal(pet.Id, echoed.Id);
        Assert.Equal("application/json", _server.Calls.Last().Header("Content-Type"));
    }

    [Fact]
    public async Task A_missing_required_property_names_the_operation_and_the_path()
    {
        _server.Respond = _ => Reply.Json(200, """[{"name":"Rex","status":"sold"}]""");

        var error = await Assert.ThrowsAsync<ApiResponseFormatException>(() => Client().ListPetsAsync());

        Assert.Contains("listPets", error.Message);
        Assert.Contains("'Pet' requires the property 'id'", error.ToString());
        Assert.Equal("$[0]", error.JsonPath);
    }

    [Fact]
    public async Task Several_success_codes_read_the_same_type_and_a_declared_error_body_is_typed()
    {
        _server.Respond = _ => Reply.Json(200, PetJson);
        var updated = await Client().CreatePetAsync(new Pet { Id = PetId, Name = "Rex", Status = PetStatus.Available });
        _server.Respond = _ => Reply.Json(422, """{"title":"name taken","status":422}""");
        var invalid = await Assert.ThrowsAsync<ApiException>(() => Client().CreatePetAsync(new Pet { Id = PetId, Name = "Rex", Status = PetStatus.Available }));
        _server.Respond = _ => Reply.Json(500, """{"title":"boom"}""", "application/problem+json");
        var fallback = await Assert.ThrowsAsync<ApiServerErrorException>(() => Client().ListPetsAsync());

        Assert.Equal("Rex", updated.Name);
        Assert.Equal(422, invalid.StatusCode);
        Assert.Equal("name taken", invalid.GetError<Problem>()!.Title);
        Assert.Equal("boom", fallback.GetError<Problem>()!.Title);
        Assert.Equal("""{"name":"Rex","id":"8f3c7c3e-6a1f-4a51-9a7e-4c1d7d2b9e10","status":"available"}""", _server.Calls.First().BodyText);
    }

    [Fact]
    public async Task No_content_binary_upload_and_download_and_text_in_both_directions()
    {
        var photo = Enumerable.Range(0, 70_000).Select(i => (byte)i).ToArray();
        _server.Respond = call => call.Method switch
        {
            "PUT" => Reply.Empty(204),
            "GET" => new Reply(200, "image/png", photo),
            "DELETE" => Reply.Empty(204),
            _ => new Reply(200, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes(call.BodyText.ToUpperInvariant())),
        };

        await Client().UploadPhotoAsync(PetId, new MemoryStream(photo));
        await using var downloaded = await Client().DownloadPhotoAsync(PetId);
        using var copy = new MemoryStream();
        await downloaded.CopyToAsync(copy);
#pragma warning disable SPEC105 // deletePet is deprecated in the spec: the generated [Obsolete] (DiagnosticId SPEC105) is what this proves.
        await Client().DeletePetAsync(PetId);
#pragma warning restore SPEC105
        var note = await Client().EchoNoteAsync("héllo");

        var calls = _server.Calls.ToArray();
        Assert.Equal($"/v1/pets/{PetId}/photo", calls[0].RawTarget);
        Assert.Equal("application/octet-stream", calls[0].Header("Content-Type"));
        Assert.Equal(photo, calls[0].Body);
        Assert.Equal(photo, copy.ToArray());
        Assert.Equal("DELETE", calls[2].Method);
        Assert.Equal("HÉLLO", note);
        Assert.StartsWith("text/plain", calls[3].Header("Content-Type"));
        Assert.Equal(string.Empty, calls[3].Header("Authorization"));
        Assert.NotNull(typeof(FeaturesClient).GetMethod("DeletePetAsync")!.GetCustomAttributes(typeof(ObsoleteAttribute), false).SingleOrDefault());
    }

    [Fact]
    public async Task Form_bodies_repeat_array_fields_and_carry_a_query_api_key()
    {
        await Client(new FeaturesClientCredentials { ApiKeyQuery = "k&1" }).SignUpAsync(new SignUpRequest { Name = "Ann Lee", Age = 30, Interests = new[] { "chess", "go" } });

        var call = _server.Single();
        Assert.Equal("/v1/forms/signup?api_key=k%261", call.RawTarget);
        Assert.Equal("application/x-www-form-urlencoded", call.Header("Content-Type"));
        Assert.Equal("name=Ann+Lee&age=30&interests=chess&interests=go", call.BodyText);
    }

    [Fact]
    public async Task Multipart_bodies_send_files_fields_and_json_parts_with_a_cookie_api_key()
    {
        _server.Respond = call => Reply.Json(200, $$"""{"size":{{call.Body.Length}},"parts":["file","title","meta"]}""");

        var result = await Client(new FeaturesClientCredentials { ApiKeyCookie = "cookie-key" }).UploadDocumentAsync(new UploadDocumentRequest
        {
            File = new MemoryStream(Encoding.UTF8.GetBytes("file-content")),
            Title = "Report",
            Meta = new Owner { Name = "Ann" },
        });

        var call = _server.Single();
        Assert.StartsWith("multipart/form-data; boundary=", call.Header("Content-Type"));
        Assert.Equal("key=cookie-key", call.Header("Cookie"));
        Assert.Contains("name=file; filename=file", call.BodyText);
        Assert.Contains("file-content", call.BodyText);
        Assert.Contains("name=title", call.BodyText);
        Assert.Contains("{\"name\":\"Ann\"}", call.BodyText);
        Assert.Equal(call.Body.Length, result.Size);
    }

    [Fact]
    public async Task Security_alternatives_use_the_first_credential_supplied()
    {
        _server.Respond = _ => Reply.Json(200, """{"user":null}""");

        await Client(new FeaturesClientCredentials { BasicAuth = new BasicCredentials("ann", "p@ss:word") }).WhoAmIAsync();
        await Client(new FeaturesClientCredentials { ApiKeyHeader = "header-key" }).WhoAmIAsync();
        var anonymous = await new FeaturesClient(_server.Http).WhoAmIAsync();

        var calls = _server.Calls.ToArray();
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("ann:p@ss:word")), calls[0].Header("Authorization"));
        Assert.Equal("header-key", calls[1].Header("X-Api-Key"));
        Assert.Equal(string.Empty, calls[2].Header("Authorization"));
        Assert.Null(anonymous.User);
    }

    [Fact]
    public async Task Unions_pick_their_case_by_discriminator_or_by_shape_and_keep_unknown_cases()
    {
        _server.Respond = call => call.RawTarget switch
        {
            "/v1/shapes/1" => Reply.Json(200, """{"radius":2.5,"kind":"circle"}"""),
            "/v1/shapes/2" => Reply.Json(200, """{"kind":"square","side":3}"""),
            "/v1/shapes/3" => Reply.Json(200, """{"kind":"hexagon","sides":6}"""),
            _ => Reply.Json(200, "42.5"),
        };

        var circle = await Client().GetShapeAsync(1);
        var square = await Client().GetShapeAsync(2);
        var hexagon = await Client().GetShapeAsync(3);
        var number = await Client().GetValueAsync();

        Assert.True(circle.IsCircle);
        Assert.Equal(2.5, circle.AsCircle!.Radius);
        Assert.Equal(3, square.AsSquare!.Side);
        Assert.True(hexagon.IsUnknown);
        Assert.Equal("""{"kind":"hexagon","sides":6}""", JsonSerializer.Serialize(hexagon, FeaturesClientJsonContext.Default.TypeInfo<Shape>()));
        Assert.True(number.IsDouble);
        Assert.Equal(42.5, number.AsDouble);
    }

    [Fact]
    public void A_record_names_its_own_converter_so_plain_JsonSerializer_options_keep_the_wire_names()
    {
        // No base type carries the record's JSON: its [JsonConverter] does, for the reflection-based resolver too.
        var owner = new Owner { Name = "Ann", Email = null, AdditionalProperties = new Dictionary<string, JsonElement> { ["x"] = JsonDocument.Parse("1").RootElement } };

        var text = JsonSerializer.Serialize(owner, new JsonSerializerOptions());
        var back = JsonSerializer.Deserialize<Owner>("""{"name":"Bob","email":"b@example","y":true}""", new JsonSerializerOptions())!;

        Assert.Equal("""{"name":"Ann","x":1}""", text);
        Assert.Equal("Bob", back.Name);
        Assert.Equal("b@example", back.Email);
        Assert.True(back.AdditionalProperties!["y"].GetBoolean());
        Assert.DoesNotContain(typeof(Owner).GetInterfaces(), i => i.Namespace!.StartsWith("SpecClient", StringComparison.Ordinal));
        Assert.Equal(typeof(object), typeof(Owner).BaseType);
    }

    [Fact]
    public void TypeInfo_of_a_type_the_client_never_uses_throws_NotSupportedException_every_time()
    {
        // The default context's static per-type cache must not be where an unknown type is first resolved: a failed
        // static initializer would turn this into TypeInitializationException on every later call.
        Assert.Throws<NotSupportedException>(() => FeaturesClientJsonContext.Default.TypeInfo<System.Uri>());
        Assert.Throws<NotSupportedException>(() => FeaturesClientJsonContext.Default.TypeInfo<System.Uri>());
        Assert.Same(FeaturesClientJsonContext.Default.TypeInfo<Shape>(), FeaturesClientJsonContext.Default.TypeInfo<Shape>());
    }
}
