using System.Linq;
using SpecClient.Generator.Model;
using SpecClient.Generator.Names;
using SpecClient.Generator.Reading;
using static SpecClient.Generator.Tests.Reading.ReaderHarness;

namespace SpecClient.Generator.Tests.Reading;

/// <summary>Spec names to C# identifiers.</summary>
public class NamingTests
{
    [Fact]
    public void A_name_over_the_limit_keeps_its_start_and_a_stable_hash_of_the_whole()
    {
        var name = "Get" + string.Concat(Enumerable.Repeat("Thing", 200));

        var cut = Naming.Fit(name);

        Assert.Equal(Naming.MaxLength, cut.Length);
        // FNV-1a of the whole name's UTF-16 code units, computed outside .NET: the same on every machine and build.
        Assert.Equal(name.Substring(0, Naming.MaxLength - 9) + "_9b5b0d17", cut);
        Assert.NotEqual(cut, Naming.Fit(name + "s"));
        Assert.Equal(cut, Naming.PascalCase(name));
        Assert.Equal("GetThing", Naming.Fit("GetThing"));
    }

    [Fact]
    public void A_name_of_three_byte_letters_is_cut_to_what_metadata_holds()
    {
        // 400 such letters are 1200 UTF-8 bytes: over metadata's 1023 (CS7013) long before 512 characters.
        var cut = Naming.Fit(new string('名', 400));

        Assert.Equal(new string('名', (Naming.MaxUtf8Bytes - 9) / 3) + "_e2a24895", cut);
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(cut) <= Naming.MaxUtf8Bytes);
    }

    [Theory]
    [InlineData("list-credential-pools", "ListCredentialPools")]
    [InlineData("listCredentialPools", "ListCredentialPools")]
    [InlineData("LIST_CREDENTIAL_POOLS", "ListCredentialPools")]
    [InlineData("getURLInfo", "GetUrlInfo")]
    [InlineData("HTTPStatus2xx", "HttpStatus2xx")]
    [InlineData("oauth2Token", "Oauth2Token")]
    [InlineData("pets.findByStatus", "PetsFindByStatus")]
    [InlineData("2fa", "_2fa")]
    [InlineData("créer-animal", "CréerAnimal")]
    [InlineData("$$$", "Value")]
    [InlineData("", "Value")]
    public void PascalCase(string text, string expected) => Assert.Equal(expected, Naming.PascalCase(text));

    [Theory]
    [InlineData("workspace_id", "workspaceId")]
    [InlineData("X-Request-Id", "xRequestId")]
    [InlineData("page[size]", "pageSize")]
    [InlineData("$filter", "filter")]
    [InlineData("ID", "id")]
    [InlineData("class", "class")]
    [InlineData("1st", "_1st")]
    public void CamelCase(string text, string expected) => Assert.Equal(expected, Naming.CamelCase(text));

    [Fact]
    public void Unique_names_add_a_number_on_collision_ignoring_case()
    {
        var names = new UniqueNames();
        Assert.Equal("Pet", names.Claim("Pet"));
        Assert.Equal("pet2", names.Claim("pet"));
        Assert.Equal("Pet3", names.Claim("Pet"));
    }

    [Fact]
    public void A_record_property_or_enum_member_never_takes_a_reserved_member_or_the_type_name_ignoring_case()
    {
        var properties = ReservedNames.ForRecordProperties("Pet");
        Assert.Equal("Name", properties.Claim("Name"));
        Assert.Equal("Equals2", properties.Claim("Equals"));
        Assert.Equal("tostring2", properties.Claim("tostring"));
        Assert.Equal("EqualityContract2", properties.Claim("EqualityContract"));
        Assert.Equal("pet2", properties.Claim("pet"));
        Assert.Equal("Pet3", properties.Claim("Pet"));
        Assert.True(properties.IsTaken("GETHASHCODE"));
        Assert.True(properties.IsTaken("name"));
        Assert.False(properties.IsTaken("Value"));

        var members = ReservedNames.ForEnumMembers("Color");
        Assert.Equal("Value2", members.Claim("Value"));
        Assert.Equal("IsKnown2", members.Claim("IsKnown"));
        Assert.Equal("Color2", members.Claim("Color"));
        Assert.Equal("Red", members.Claim("Red"));

        // Each scope has its own claims: another record may take what this one took.
        Assert.Equal("Name", ReservedNames.ForRecordProperties("Owner").Claim("Name"));
    }

    [Fact]
    public void Keywords_stay_as_written_for_parameters_and_become_pascal_elsewhere()
    {
        var result = ReadBound("""
            openapi: 3.0.3
            info: {title: t, version: '1'}
            paths:
              /a:
                get:
                  operationId: 'class'
                  parameters:
                    - {name: class, in: query, schema: {type: string}}
                    - {name: namespace, in: query, schema: {type: string, enum: [a, b, A]}}
                  responses: {'200': {description: ok}}
            """);
        var operation = result.Spec!.Operations[0];
        Assert.Equal("Class", operation.Name);
        Assert.Equal(new[] { "class", "namespace" }, operation.Parameters.Select(p => p.Name));
        var enumType = result.Spec.Type("ClassNamespace");
        Assert.Equal(new[] { "A", "B", "A2" }, enumType.EnumMembers.Select(m => m.Name));
        var collision = Assert.Single(result.Diagnostics);
        Assert.Equal(new[] { "enum value", "A", "A2" }, collision.MessageArgs);
    }

    [Theory]
    [InlineData("getURLInfo")]
    [InlineData("X-Request-Id")]
    [InlineData("LIST_CREDENTIAL_POOLS")]
    [InlineData("v2/items/{item_id}:batchGet")]
    [InlineData("ABCDef9Ghi  jklMNO__pq1R")]
    [InlineData("Érable-ÇaVa ñandúÑ")]
    [InlineData("123abc")]
    [InlineData("--")]
    [InlineData("")]
    public void Pascal_and_camel_case_join_exactly_the_split_words(string text)
    {
        static string Capitalized(string word) => char.ToUpperInvariant(word[0]) + word.Substring(1).ToLowerInvariant();
        var words = Naming.SplitWords(text);
        var pascal = string.Concat(words.Select(Capitalized));
        var camel = string.Concat(words.Select((word, i) => i == 0 ? word.ToLowerInvariant() : Capitalized(word)));

        Assert.Equal(pascal, Naming.PascalWords(text));
        Assert.Equal(camel.Length == 0 ? "value" : char.IsDigit(camel[0]) ? "_" + camel : camel, Naming.CamelCase(text));
    }
}
