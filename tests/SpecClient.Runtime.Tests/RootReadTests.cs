using System;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Threading.Tasks;

namespace SpecClient.Runtime.Tests;

/// <summary>
/// A record body in memory is read straight through its <see cref="RecordConverter{T, TSelf}"/>; anything but a clean
/// read of one value (JSON null, trailing content, broken JSON, another kind of converter) is left to JsonSerializer,
/// so the value and every failure are what JsonSerializer makes of the same bytes.
/// </summary>
public sealed class RootReadTests
{
    private static readonly JsonSerializerOptions Options = new() { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };

    // Configured, as a generated context's type infos are when a client uses them.
    private static readonly JsonTypeInfo<Pool> PoolInfo = (JsonTypeInfo<Pool>)Options.GetTypeInfo(typeof(Pool));

    [Theory]
    [InlineData("{\"id\":\"p1\",\"size\":3}")]
    [InlineData("  {\"size\":3,\"id\":\"p1\",\"extra\":[1,2]}  \r\n")]
    [InlineData("{\"id\":\"p\\u0031\"}")]
    public void A_record_is_read_through_its_converter_as_JsonSerializer_reads_it(string json)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(json);

        Assert.True(RootRead.TryRead(bytes, PoolInfo, out Pool? read));

        Pool expected = JsonSerializer.Deserialize(bytes, PoolInfo)!;
        Assert.Equal(expected.Id, read!.Id);
        Assert.Equal(expected.Size, read.Size);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("{\"id\":\"p1\"} {\"id\":\"p2\"}")]
    [InlineData("{\"id\":\"p1\"},")]
    [InlineData("{\"id\":\"p1\"")]
    [InlineData("{\"id\":1}")]
    [InlineData("{\"size\":3}")]
    [InlineData("[]")]
    [InlineData("")]
    [InlineData("<html>")]
    public void Anything_but_one_clean_value_is_left_to_JsonSerializer(string json)
    {
        Assert.False(RootRead.TryRead(Encoding.UTF8.GetBytes(json), PoolInfo, out Pool? read));
        Assert.Null(read);
    }

    [Fact]
    public void A_type_read_by_JsonSerializers_own_converters_is_left_to_it()
    {
        Assert.False(RootRead.TryRead("{\"credential_pool_id\":\"p1\"}"u8, TestJsonContext.Default.PoolId, out PoolId? read));
        Assert.Null(read);
    }

    [Fact]
    public void A_converter_that_does_not_end_on_its_value_is_left_to_JsonSerializer()
    {
        var options = new JsonSerializerOptions { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };
        var info = (JsonTypeInfo<Short>)options.GetTypeInfo(typeof(Short));
        byte[] bytes = "{\"id\":\"p1\"}"u8.ToArray();

        Assert.False(RootRead.TryRead(bytes, info, out Short? read));
        Assert.Null(read);
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize(bytes, info));
    }

    [Fact]
    public void A_type_info_not_yet_configured_is_left_to_JsonSerializer()
    {
        // JsonSerializer refuses options without a resolver; read directly, this body would have been accepted.
        JsonTypeInfo<Pool> unconfigured = JsonMetadataServices.CreateValueInfo<Pool>(new JsonSerializerOptions(), PoolConverter.Instance);
        byte[] bytes = "{\"id\":\"p1\"}"u8.ToArray();

        Assert.False(RootRead.TryRead(bytes, unconfigured, out Pool? read));
        Assert.Null(read);
        Assert.Throws<InvalidOperationException>(() => JsonSerializer.Deserialize(bytes, unconfigured));
    }

    [Theory]
    [InlineData("{\"id\":\"p1\"} {\"id\":\"p2\"}")]
    [InlineData("{\"id\":\"p1\"")]
    [InlineData("{\"id\":1}")]
    [InlineData("{\"size\":3}")]
    [InlineData("")]
    public async Task A_record_body_that_cannot_be_read_fails_as_JsonSerializer_fails_on_it(string json)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(json);
        JsonException expected = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize(bytes, PoolInfo));

        ApiResponseFormatException ex = await Assert.ThrowsAsync<ApiResponseFormatException>(() => ApiHttp.ReadJsonAsync(Response(bytes), PoolInfo, "probe-op", default));

        JsonException inner = Assert.IsAssignableFrom<JsonException>(ex.InnerException);
        Assert.Equal(expected.GetType(), inner.GetType());
        Assert.Equal(expected.Message, inner.Message);
        Assert.Equal(expected.Path, inner.Path);
    }

    [Fact]
    public async Task A_null_record_body_is_refused_as_before()
    {
        ApiResponseFormatException ex = await Assert.ThrowsAsync<ApiResponseFormatException>(() => ApiHttp.ReadJsonAsync(Response("null"u8.ToArray()), PoolInfo, "probe-op", default));

        Assert.Contains("JSON null", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_record_body_reads_whole_through_ReadJsonAsync()
    {
        Pool pool = await ApiHttp.ReadJsonAsync(Response("{\"id\":\"p9\",\"size\":7}"u8.ToArray()), PoolInfo, "probe-op", default);

        Assert.Equal("p9", pool.Id);
        Assert.Equal(7, pool.Size);
    }

    private static HttpResponseMessage Response(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = ApiCalls.CreateRequest(HttpMethod.Get) };
    }

    [JsonConverter(typeof(ShortConverter))]
    public sealed record Short;

    /// <summary>Reads nothing of its object: the serializer says it read too little.</summary>
    public sealed class ShortConverter : RecordConverter<Short, ShortConverter>
    {
        public ShortConverter()
            : base(new JsonProperties("Short", ""))
        {
        }

        protected override Short Read(ObjectReader json, ref Utf8JsonReader reader) => new();

        protected override void Write(Utf8JsonWriter writer, Short value, JsonProperties p, JsonSerializerOptions options) => p.End(writer, null);
    }

    [JsonConverter(typeof(PoolConverter))]
    public sealed record Pool
    {
        public required string Id { get; init; }

        public int? Size { get; init; }
    }

    public sealed class PoolConverter : RecordConverter<Pool, PoolConverter>
    {
        public PoolConverter()
            : base(new JsonProperties("Pool", "n-", "id", "size"))
        {
        }

        protected override Pool Read(ObjectReader json, ref Utf8JsonReader reader)
        {
            string? id = null;
            int? size = null;
            while (json.Next(ref reader))
            {
                switch (json.Index)
                {
                    case 0: id = json.String(ref reader); break;
                    case 1: size = json.Int32(ref reader); break;
                    default: json.Extra(ref reader); break;
                }
            }

            return new Pool { Id = id!, Size = size };
        }

        protected override void Write(Utf8JsonWriter writer, Pool value, JsonProperties p, JsonSerializerOptions options)
        {
            p.String(writer, 0, value.Id);
            p.Int32(writer, 1, value.Size);
            p.End(writer, null);
        }
    }
}
