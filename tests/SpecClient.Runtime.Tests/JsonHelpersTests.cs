using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using SpecClient.Internal;

namespace SpecClient.Runtime.Tests;

/// <summary>
/// The runtime side of generated converters (<see cref="JsonProperties"/>, <see cref="ObjectReader"/>, the enum
/// helpers), driven by hand-written converters shaped exactly like the ones the generator emits.
/// </summary>
public sealed class JsonHelpersTests
{
    [Fact]
    public void Reads_every_property_in_any_order_and_writes_them_back()
    {
        var pet = Read<Pet>("""{"tags":["a","b"],"name":"Rex","age":3,"color":"brown","born":"2020-02-29","weight":null}""");

        Assert.Equal("Rex", pet.Name);
        Assert.Equal(3, pet.Age);
        Assert.Equal(new[] { "a", "b" }, pet.Tags);
        Assert.Equal("brown", pet.Color!.Value.Value);
        Assert.True(pet.Color.Value.IsKnown);
        Assert.Equal(new DateOnly(2020, 2, 29), pet.Born);
        Assert.Null(pet.Weight);
        Assert.Equal(
            """{"name":"Rex","age":3,"tags":["a","b"],"color":"brown","born":"2020-02-29","weight":null}""",
            Write(pet));
    }

    [Fact]
    public void Keeps_properties_the_schema_does_not_name_and_writes_them_back()
    {
        var pet = Read<Pet>("""{"name":"Rex","extra":{"deep":[1,2]},"weight":1.5,"later":"x"}""");

        Assert.NotNull(pet.AdditionalProperties);
        Assert.Equal(new[] { "extra", "later" }, pet.AdditionalProperties!.Keys.OrderBy(k => k, StringComparer.Ordinal));
        Assert.Equal("""{"name":"Rex","weight":1.5,"extra":{"deep":[1,2]},"later":"x"}""", Write(pet));
    }

    [Fact]
    public void Keeps_enum_values_the_client_does_not_know()
    {
        var pet = Read<Pet>("""{"name":"Rex","color":"ultraviolet","weight":null}""");

        Assert.Equal("ultraviolet", pet.Color!.Value.Value);
        Assert.False(pet.Color.Value.IsKnown);
        Assert.Equal("""{"name":"Rex","color":"ultraviolet","weight":null}""", Write(pet));
    }

    [Fact]
    public void A_missing_required_property_is_named_with_its_schema()
    {
        var exception = Assert.Throws<JsonException>(() => Read<Pet>("""{"age":3}"""));

        Assert.Equal("'Pet' requires the property 'name', which is missing.", exception.Message);
    }

    [Fact]
    public void Null_for_a_required_property_that_forbids_it_names_schema_and_property()
    {
        var exception = Assert.Throws<JsonException>(() => Read<Pet>("""{"name":null}"""));

        Assert.Contains("'Pet' does not allow null for the property 'name'", exception.Message, StringComparison.Ordinal);
        Assert.Equal("$.name", ApiJson.GetJsonPath(exception));
    }

    [Fact]
    public void A_value_of_the_wrong_type_names_schema_property_and_path()
    {
        var exception = Assert.Throws<JsonException>(() => Read<Pet>("""{"name":"Rex","age":"three"}"""));

        Assert.Contains("$.age", exception.Message, StringComparison.Ordinal);
        Assert.Contains("'Pet.age'", exception.Message, StringComparison.Ordinal);
        Assert.Equal("$.age", ApiJson.GetJsonPath(exception));
    }

    [Fact]
    public void Json_that_ends_early_names_the_last_property_read()
    {
        var exception = Assert.ThrowsAny<JsonException>(() =>
        {
            var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes("""{"name":"Rex","age":3"""), isFinalBlock: true, state: default);
            reader.Read();
            new PetConverter().Read(ref reader, typeof(Pet), Options);
        });

        Assert.Equal("$.age", ApiJson.GetJsonPath(exception));
    }

    [Fact]
    public void A_failure_in_an_unknown_property_names_it()
    {
        var exception = Assert.Throws<JsonException>(() => Read<Scores>("""{"a":1,"b":"x"}"""));

        Assert.Contains("'Scores.b'", exception.Message, StringComparison.Ordinal);
        Assert.Equal("$.b['b']", ApiJson.GetJsonPath(exception));
    }

    [Fact]
    public void Typed_additional_properties_round_trip()
    {
        var scores = Read<Scores>("""{"a":1,"b":2}""");

        Assert.Equal(2, scores.Extras!["b"]);
        Assert.Equal("""{"a":1,"b":2}""", Write(scores));
    }

    [Fact]
    public void Required_properties_beyond_the_sixty_fourth_are_checked_too()
    {
        var names = Enumerable.Range(0, 70).Select(i => "p" + i).ToArray();
        var rules = new string('-', 69) + "n";
        var properties = new JsonProperties("Wide", rules, names);

        var present = Encoding.UTF8.GetBytes("{\"p69\":\"x\",\"p3\":\"y\"}");
        Assert.Equal(2, CountProperties(properties, present));

        var missing = Encoding.UTF8.GetBytes("{\"p3\":\"y\"}");
        var exception = Assert.Throws<JsonException>(() => CountProperties(properties, missing));
        Assert.Equal("'Wide' requires the property 'p69', which is missing.", exception.Message);
    }

    [Fact]
    public void Escaped_property_names_match()
    {
        var pet = Read<Pet>("""{"n\u0061me":"Rex","weight":2}""");

        Assert.Equal("Rex", pet.Name);
    }

    [Fact]
    public void Known_values_are_exactly_the_listed_ones()
    {
        Assert.True(Color.Brown.IsKnown);
        Assert.True(new Color("black").IsKnown);
        Assert.False(new Color("Black").IsKnown);
        Assert.False(default(Color).IsKnown);
        Assert.Equal(Color.Brown, new Color("brown"));
    }

    [Fact]
    public void Enum_converters_read_and_write_the_wire_value()
    {
        Assert.Equal("\"teal\"", JsonSerializer.Serialize(new Color("teal"), Options));
        Assert.Equal(new Color("teal"), JsonSerializer.Deserialize<Color>("\"teal\"", Options));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(40)]
    public void Lists_of_references_keep_their_nulls_and_order_on_both_sides_of_the_first_eight(int length)
    {
        // The first eight items collect on the stack, the rest in a pooled buffer: both end in the same array.
        var converter = new JsonListConverter<string>(System.Text.Json.Serialization.Metadata.JsonMetadataServices.StringConverter!);
        var items = Enumerable.Range(0, length).Select(i => i % 3 == 2 ? null : "item" + i).ToArray();
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(items)));
        reader.Read();

        var read = converter.Read(ref reader, typeof(IReadOnlyList<string>), Options);

        Assert.Equal<string?>(items, read);
        Assert.IsType<string[]>(read);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(17)]
    [InlineData(1000)]
    public void Lists_of_any_length_read_in_order_and_name_the_failing_item(int length)
    {
        var converter = new JsonListConverter<int>(System.Text.Json.Serialization.Metadata.JsonMetadataServices.Int32Converter);
        var items = Enumerable.Range(0, length).ToArray();
        var json = JsonSerializer.Serialize(items);

        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        Assert.Equal(items, converter.Read(ref reader, typeof(IReadOnlyList<int>), Options));

        var broken = json.Length > 2 ? json.Insert(json.Length - 1, ",\"x\"") : "[\"x\"]";
        var exception = Assert.Throws<JsonException>(() =>
        {
            var failing = new Utf8JsonReader(Encoding.UTF8.GetBytes(broken));
            failing.Read();
            converter.Read(ref failing, typeof(IReadOnlyList<int>), Options);
        });
        Assert.Equal($"$[{length}]", ApiJson.GetJsonPath(exception));
    }

    [Theory]
    [InlineData("""{"kind":"cat","lives":9}""", 0)]
    [InlineData("""{"lives":9,"nested":{"kind":"dog"},"kind":"dog"}""", 2)]
    [InlineData("""{"kind":"bird"}""", UnionCases.Unknown)]
    [InlineData("""{"kind":1}""", UnionCases.Unknown)]
    [InlineData("""{"lives":9}""", UnionCases.Unknown)]
    public void A_discriminator_selects_its_case_and_leaves_the_reader_at_the_start(string json, int expected)
    {
        var cases = new UnionCases("Pet", "kind", "cat", null, "dog");
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();

        Assert.Equal(expected, cases.Case(ref reader));
        Assert.Equal(JsonTokenType.StartObject, reader.TokenType);
        Assert.Equal(0, reader.TokenStartIndex);
    }

    [Fact]
    public void Trying_a_union_case_moves_the_reader_only_when_the_case_reads()
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes("""[{"a":1},"x"]"""));
        reader.Read();
        reader.Read();
        var start = reader.TokenStartIndex;

        // An object is not a list of ints: the reader stays at the object, no exception escapes.
        Assert.False(UnionCases.TryRead(ref reader, new JsonListConverter<int>(System.Text.Json.Serialization.Metadata.JsonMetadataServices.Int32Converter), Options, out var list));
        Assert.Null(list);
        Assert.Equal(JsonTokenType.StartObject, reader.TokenType);
        Assert.Equal(start, reader.TokenStartIndex);

        Assert.True(UnionCases.TryRead(ref reader, System.Text.Json.Serialization.Metadata.JsonMetadataServices.JsonElementConverter, Options, out var element));
        Assert.Equal(1, element.GetProperty("a").GetInt32());
        Assert.Equal(JsonTokenType.EndObject, reader.TokenType);
        reader.Read();
        Assert.Equal("x", reader.GetString());
    }

    [Fact]
    public void An_enum_wraps_no_null_and_a_union_tells_its_case()
    {
        var known = new KnownValues<string>();
        Assert.Equal("a", known.NotNull("a"));
        string? missing = null;
        Assert.Equal("missing", Assert.Throws<ArgumentNullException>(() => known.NotNull(missing)).ParamName);

        var union = new Shape(1, "circle");
        Assert.False(union.IsSquare);
        Assert.Equal("circle", union.AsName);
        Assert.Null(union.AsSide);
        Assert.False(union.IsUnknown);
        Assert.Equal("circle", union.ToString());
        Assert.Equal(4, new Shape(0, 4).AsSide);
        Assert.True(new Shape(-1, JsonDocument.Parse("true").RootElement).IsUnknown);
        Assert.Equal("value", Assert.Throws<ArgumentNullException>(() => Shape.FromName(null!)).ParamName);
    }

    private sealed class Shape(int @case, object value) : ApiUnion(@case, value)
    {
        public bool IsSquare => Case == 0;

        public int? AsSide => GetStruct<int>(0);

        public string? AsName => Get<string>(1);

        public static Shape FromName(string value) => new(1, NotNull(value));
    }

    private static readonly JsonSerializerOptions Options = new()
    {
        TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver(),
    };

    private static int CountProperties(JsonProperties properties, byte[] json)
    {
        var reader = new Utf8JsonReader(json);
        reader.Read();
        var o = new ObjectReader(properties, ref reader, Options);
        var count = 0;
        while (o.Next(ref reader))
        {
            _ = o.String(ref reader);
            count++;
        }

        return count;
    }

    private static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)!;

    private static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    [JsonConverter(typeof(StringEnumConverter<Color>))]
    public readonly struct Color : IEquatable<Color>, IStringEnum<Color>
    {
        private static readonly KnownValues<string> Known = new();
        private readonly string? _value;

        public Color(string value) => _value = value ?? throw new ArgumentNullException(nameof(value));

        public static Color Brown { get; } = new(Known.Add("brown"));

        public static Color Black { get; } = new(Known.Add("black"));

        public string Value => _value ?? string.Empty;

        public bool IsKnown => Known.Contains(_value);

        public static implicit operator Color(string value) => new(value);

        public bool Equals(Color other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

        public override bool Equals(object? obj) => obj is Color other && Equals(other);

        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);
    }

    [JsonConverter(typeof(PetConverter))]
    public sealed record Pet
    {
        public required string Name { get; init; }

        public int? Age { get; init; }

        public IReadOnlyList<string>? Tags { get; init; }

        public Color? Color { get; init; }

        public DateOnly? Born { get; init; }

        public required double? Weight { get; init; }

        public IReadOnlyDictionary<string, JsonElement>? AdditionalProperties { get; init; }
    }

    private sealed class PetConverter : JsonConverter<Pet>
    {
        private static readonly JsonProperties P = new("Pet", "n----r", "name", "age", "tags", "color", "born", "weight");
        private static readonly JsonListConverter<string> ListOfString = new(System.Text.Json.Serialization.Metadata.JsonMetadataServices.StringConverter!);

        public override Pet Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var o = new ObjectReader(P, ref reader, options);
            string? v0 = default;
            int? v1 = default;
            IReadOnlyList<string>? v2 = default;
            Color? v3 = default;
            DateOnly? v4 = default;
            double? v5 = default;
            while (o.Next(ref reader))
            {
                switch (o.Index)
                {
                    case 0: v0 = o.String(ref reader); break;
                    case 1: v1 = o.Int32(ref reader); break;
                    case 2: v2 = o.Object(ref reader, ListOfString); break;
                    case 3: v3 = o.Enum<Color>(ref reader); break;
                    case 4: v4 = o.DateOnly(ref reader); break;
                    case 5: v5 = o.Double(ref reader); break;
                    default: o.Extra(ref reader); break;
                }
            }

            return new Pet { Name = v0!, Age = v1, Tags = v2, Color = v3, Born = v4, Weight = v5, AdditionalProperties = o.Extras };
        }

        public override void Write(Utf8JsonWriter writer, Pet value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            P.String(writer, 0, value.Name);
            P.Int32(writer, 1, value.Age);
            P.Object(writer, 2, value.Tags, ListOfString, options);
            P.Enum(writer, 3, value.Color);
            P.DateOnly(writer, 4, value.Born);
            P.Double(writer, 5, value.Weight);
            P.End(writer, value.AdditionalProperties);
        }
    }

    [JsonConverter(typeof(ScoresConverter))]
    public sealed record Scores
    {
        public int? A { get; init; }

        public IReadOnlyDictionary<string, int>? Extras { get; init; }
    }

    private sealed class ScoresConverter : JsonConverter<Scores>
    {
        private static readonly JsonProperties P = new("Scores", "", "a");
        private static readonly JsonMapConverter<int> MapOfInt32 = new(System.Text.Json.Serialization.Metadata.JsonMetadataServices.Int32Converter);

        public override Scores Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var o = new ObjectReader(P, ref reader, options);
            int? v0 = default;
            while (o.Next(ref reader))
            {
                switch (o.Index)
                {
                    case 0: v0 = o.Int32(ref reader); break;
                    default: o.Extra(ref reader, MapOfInt32); break;
                }
            }

            return new Scores { A = v0, Extras = o.ExtrasOf<int>() };
        }

        public override void Write(Utf8JsonWriter writer, Scores value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            P.Int32(writer, 0, value.A);
            P.End(writer, value.Extras, MapOfInt32, options);
        }
    }
}
