using System.Text.Json;
using Shop.Api;

namespace SpecClient.Client.Tests.Models;

/// <summary>
/// A property whose schema allows one string (shop-webhooks.yaml: <c>type: {enum: [order.shipped]}</c>, <c>type: {const:
/// refund.issued}</c>) is a string the model fills in when it is required: nothing to set when sending, and reading still
/// keeps what the server sent and still refuses an object without it.
/// </summary>
public class FixedValueTests
{
    private static string Write<T>(T value) => JsonSerializer.Serialize(value, ShopClientJsonContext.Of<T>.Info);

    private static T? Read<T>(string json) => JsonSerializer.Deserialize(json, ShopClientJsonContext.Of<T>.Info);

    [Fact]
    public void A_required_one_value_property_is_sent_without_being_set_and_an_optional_one_stays_out()
    {
        var shipped = new OrderShipped { OrderId = "o-1", Carrier = "ups" };

        Assert.Equal("order.shipped", shipped.Type);
        Assert.Null(shipped.Object);
        Assert.Equal("{\"type\":\"order.shipped\",\"order_id\":\"o-1\",\"carrier\":\"ups\"}", Write(shipped));
    }

    [Fact]
    public void Reading_keeps_the_value_the_server_sent_and_refuses_an_object_without_a_required_one()
    {
        var newer = Read<OrderShipped>("{\"type\":\"order.shipped.v2\",\"order_id\":\"o-1\",\"carrier\":\"ups\"}")!;
        Assert.Equal("order.shipped.v2", newer.Type);

        var missing = Assert.Throws<JsonException>(() => Read<OrderShipped>("{\"order_id\":\"o-1\",\"carrier\":\"ups\"}"));
        Assert.Contains("type", missing.Message, System.StringComparison.Ordinal);
    }
}
