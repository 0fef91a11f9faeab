using System;
using System.Threading.Tasks;
using Constraints.Api;
using SpecClient.Client.Tests.Features;

namespace SpecClient.Client.Tests.Validation;

/// <summary>
/// A client generated with Validate="true" (constraints.yaml) against a recording Kestrel server on 127.0.0.1:
/// a value that breaks the spec's rules throws <see cref="ApiValidationException"/> naming the member and the rule,
/// and nothing reaches the wire; valid values go through.
/// </summary>
public sealed class ValidationTests : IAsyncLifetime
{
    private RecordingServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await RecordingServer.StartAsync();
        _server.Respond = _ => Reply.Json(201, """{"id":"acc_1","name":"abc"}""");
    }

    public Task DisposeAsync() => _server.DisposeAsync().AsTask();

    private ConstraintsClient Client => new(_server.Http);

#pragma warning disable SPEC105 // LegacyCode is required and deprecated: the tests set it on purpose.
    private static NewAccount Valid(string? password = null, string? zip = "12345") => new()
    {
        Name = "abc",
        OwnerId = Guid.Parse("7c9e6679-7425-40de-944b-e07fc1f90ae7"),
        LegacyCode = "L1",
        Slug = "x1",
        Seats = 10,
        Discount = 0.25m,
        Score = 9.5,
        Tags = new[] { "a" },
        Password = password,
        Address = new Address { Zip = zip },
        Contacts = new[] { new Address { Zip = "54321" }, new Address { Zip = zip } },
    };
#pragma warning restore SPEC105

    private static string NonConstant(string text) => new(text.ToCharArray());

    [Fact]
    public async Task Valid_values_are_sent()
    {
        var account = await Client.CreateAccountAsync(Valid(password: "correct horse battery"));

        Assert.Equal("acc_1", account.Id);
        Assert.Contains("\"name\":\"abc\"", _server.Single().BodyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_nested_property_that_breaks_its_pattern_names_the_path_and_rule_and_sends_nothing()
    {
        var failure = await Assert.ThrowsAsync<ApiValidationException>(() => Client.CreateAccountAsync(Valid(zip: NonConstant("1234"))));

        Assert.Equal("body.address.zip", failure.Member);
        Assert.Equal("pattern ^[0-9]{5}$", failure.Rule);
        Assert.Equal("body", failure.ParamName);
        Assert.Empty(_server.Calls);
    }

    [Fact]
    public async Task Array_items_are_numbered_in_the_member_path()
    {
        var account = Valid() with { Address = null, Contacts = new[] { new Address { Zip = "54321" }, new Address { Zip = NonConstant("x") } } };

        var failure = await Assert.ThrowsAsync<ApiValidationException>(() => Client.CreateAccountAsync(account));

        Assert.Equal("body.contacts[1].zip", failure.Member);
    }

    [Theory]
    [InlineData("name", "minLength 3")]
    [InlineData("seats", "maximum 500")]
    [InlineData("discount", "maximum 0.5")]
    [InlineData("score", "exclusiveMaximum 10")]
    [InlineData("tags", "maxItems 5")]
    [InlineData("slug", "pattern [a-z]+")]
    public async Task Each_rule_is_checked_before_sending(string member, string rule)
    {
        var valid = Valid();
        var seats = 501;
        var discount = 0.75m;
        var score = 10.0;
        var account = member switch
        {
            "name" => valid with { Name = NonConstant("ab") },
            "seats" => valid with { Seats = seats },
            "discount" => valid with { Discount = discount },
            "score" => valid with { Score = score },
            "tags" => valid with { Tags = new[] { "a", "b", "c", "d", "e", "f" } },
            _ => valid with { Slug = NonConstant("123") },
        };

        var failure = await Assert.ThrowsAsync<ApiValidationException>(() => Client.CreateAccountAsync(account));

        Assert.Equal("body." + member, failure.Member);
        Assert.Equal(rule, failure.Rule);
        Assert.Empty(_server.Calls);
    }

    [Fact]
    public async Task A_secret_value_never_appears_in_the_exception()
    {
        var secret = NonConstant("short-pw");

        var failure = await Assert.ThrowsAsync<ApiValidationException>(() => Client.CreateAccountAsync(Valid(password: secret)));

        Assert.Equal("body.password", failure.Member);
        Assert.Equal("minLength 12", failure.Rule);
        Assert.DoesNotContain(secret, failure.ToString(), StringComparison.Ordinal);
        Assert.Empty(_server.Calls);
    }

    [Fact]
    public async Task Parameters_are_checked_too()
    {
        var limit = 0;
        var pattern = await Assert.ThrowsAsync<ApiValidationException>(() => Client.GetAccountAsync(NonConstant("nope")));
        var range = await Assert.ThrowsAsync<ApiValidationException>(() => Client.GetAccountAsync("acc_1234", limit: limit));

        Assert.Equal(("accountId", "pattern ^acc_[a-z0-9]{4,}$"), (pattern.Member, pattern.Rule));
        Assert.Equal(("limit", "minimum 1"), (range.Member, range.Rule));
        Assert.Empty(_server.Calls);
    }
}
