using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Shop.Api;
using SpecClient.Client.Tests.Support;
using StandardWebhooks;

namespace SpecClient.Client.Tests.Webhooks;

/// <summary>
/// Generated receivers (<c>ShopClientWebhooks</c>, openai.yaml's <c>OpenAiClientWebhooks</c>) verify deliveries signed by
/// the independent StandardWebhooks package and read them as the event union; a Kestrel minimal API receives them.
/// </summary>
public sealed class WebhookReceiverTests
{
    private static readonly string Secret = "whsec_" + Convert.ToBase64String(Encoding.UTF8.GetBytes("the shop's webhook signing key!!"));

    private const string OrderCreated = """{"object":"event","type":"order.created","order":{"id":"o_1","total":4200}}""";

    [Fact]
    public async Task A_minimal_API_endpoint_accepts_a_signed_delivery_and_refuses_a_tampered_one()
    {
        ConcurrentQueue<ShopClientWebhookEvent> received = new();
        var webhooks = new ShopClientWebhooks(Secret);

        // The README's receiver.
        await using var host = await LoopbackHost.StartAsync(app => app.MapPost("/webhooks", async (HttpRequest request) =>
        {
            try
            {
                received.Enqueue(await webhooks.ReadAsync(request.Body, name => request.Headers[name], request.HttpContext.RequestAborted));
                return Results.Ok();
            }
            catch (ApiWebhookSignatureException)
            {
                return Results.Unauthorized();
            }
        }), minimalApi: true);

        using var genuine = await host.Http.PostAsync("/webhooks", new StandardWebhook(Secret).MakeHttpContent(JsonDocument.Parse(OrderCreated).RootElement, "msg_1", DateTimeOffset.UtcNow));
        Assert.Equal(HttpStatusCode.OK, genuine.StatusCode);

        using var tampered = Delivery(OrderCreated, DateTimeOffset.UtcNow);
        tampered.Content = new StringContent(OrderCreated.Replace("4200", "1"), Encoding.UTF8, "application/json");
        using var refused = await host.Http.SendAsync(WithHeaders(tampered, OrderCreated, DateTimeOffset.UtcNow));
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);

        var only = Assert.Single(received);
        Assert.True(only.IsOrderCreated);
        Assert.Equal("o_1", only.AsOrderCreated!.Order.Id);
        Assert.Equal(4200, only.AsOrderCreated.Order.Total);
    }

    [Fact]
    public void Each_event_is_told_apart_by_its_type_and_an_unknown_type_is_kept_raw()
    {
        var webhooks = new ShopClientWebhooks(Secret);

        var shipped = Read(webhooks, """{"object":"event","type":"order.shipped","order_id":"o_1","carrier":"DHL"}""");
        Assert.True(shipped.IsOrderShipped);
        Assert.Equal("DHL", shipped.AsOrderShipped!.Carrier);

        var refund = Read(webhooks, """{"type":"refund.issued","amount":300}""");
        Assert.True(refund.IsRefundIssued);
        Assert.Equal(300, refund.AsRefundIssued!.Amount);

        var future = Read(webhooks, """{"object":"event","type":"order.returned","order_id":"o_1"}""");
        Assert.True(future.IsUnknown);
        Assert.Equal("order.returned", ((JsonElement)future.Value).GetProperty("type").GetString());
    }

    [Fact]
    public void A_genuine_delivery_whose_body_is_not_the_event_is_a_format_exception_and_a_forged_one_never_reaches_the_reader()
    {
        var webhooks = new ShopClientWebhooks(Secret);
        const string broken = """{"object":"event","type":"order.created","order":{"id":"o_1","total":"lots"}}""";

        var format = Assert.Throws<ApiResponseFormatException>(() => Read(webhooks, broken));
        Assert.Contains("ShopClientWebhooks", format.Message, StringComparison.Ordinal);
        Assert.Equal("$.order.total", format.JsonPath);

        var other = new ShopClientWebhooks("whsec_" + Convert.ToBase64String(Encoding.UTF8.GetBytes("somebody else's key, not ours!!!")));
        var signature = Assert.Throws<ApiWebhookSignatureException>(() => Read(other, broken));
        Assert.Equal(ApiWebhookSignatureFailure.SignatureMismatch, signature.Reason);
    }

    [Fact]
    public async Task A_delivery_without_signature_headers_or_with_a_stale_timestamp_is_refused_before_its_body_is_read()
    {
        var webhooks = new ShopClientWebhooks(Secret);
        var unsigned = new WatchedStream(Encoding.UTF8.GetBytes(OrderCreated));
        var stale = new WatchedStream(Encoding.UTF8.GetBytes(OrderCreated));
        var staleAt = DateTimeOffset.UtcNow.AddMinutes(-10).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

        var missing = await Assert.ThrowsAsync<ApiWebhookSignatureException>(() => webhooks.ReadAsync(unsigned, _ => null));
        var old = await Assert.ThrowsAsync<ApiWebhookSignatureException>(() => webhooks.ReadAsync(stale, name => name switch
        {
            "webhook-id" => "msg_1",
            "webhook-timestamp" => staleAt,
            _ => "v1,AAAA",
        }));

        Assert.Equal(ApiWebhookSignatureFailure.MissingHeader, missing.Reason);
        Assert.Equal(ApiWebhookSignatureFailure.StaleTimestamp, old.Reason);
        Assert.Equal(0, unsigned.Reads);
        Assert.Equal(0, stale.Reads);
    }

    /// <summary>A body stream that counts the reads made of it.</summary>
    private sealed class WatchedStream(byte[] bytes) : System.IO.MemoryStream(bytes)
    {
        public int Reads { get; private set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Reads++;
            return base.Read(buffer, offset, count);
        }

        public override System.Threading.Tasks.ValueTask<int> ReadAsync(Memory<byte> buffer, System.Threading.CancellationToken cancellationToken = default)
        {
            Reads++;
            return base.ReadAsync(buffer, cancellationToken);
        }
    }

    [Fact]
    public void A_delivery_older_than_the_tolerance_is_refused_unless_the_tolerance_allows_it()
    {
        var sent = DateTimeOffset.UtcNow.AddMinutes(-10);

        var stale = Assert.Throws<ApiWebhookSignatureException>(() => Read(new ShopClientWebhooks(Secret), OrderCreated, sent));
        Assert.Equal(ApiWebhookSignatureFailure.StaleTimestamp, stale.Reason);
        Assert.True(Read(new ShopClientWebhooks(Secret, new ApiWebhookOptions { Tolerance = TimeSpan.FromMinutes(15) }), OrderCreated, sent).IsOrderCreated);
    }

    [Fact]
    public void OpenAis_batch_completed_round_trips_and_a_fine_tuning_event_is_unknown_to_a_receiver_of_batch_events()
    {
        var webhooks = new global::OpenAi.Api.OpenAiClientWebhooks(Secret);
        const string batch = """{"created_at":1719168000,"id":"evt_1","data":{"id":"batch_abc"},"object":"event","type":"batch.completed"}""";

        var completed = Read(webhooks.Read, batch);
        Assert.True(completed.IsBatchCompleted);
        Assert.Equal("batch_abc", completed.AsBatchCompleted!.Data.Id);
        Assert.Equal(batch, JsonSerializer.Serialize(completed.AsBatchCompleted, global::OpenAi.Api.OpenAiClientJsonContext.Of<global::OpenAi.Api.WebhookBatchCompleted>.Info));

        var tuning = Read(webhooks.Read, """{"id":"evt_2","object":"event","type":"fine_tuning.job.succeeded","created_at":1719168000,"data":{"id":"ftjob_1"}}""");
        Assert.True(tuning.IsUnknown);
    }

    private delegate T Reader<T>(ReadOnlySpan<byte> body, Func<string, string?> header);

    private static ShopClientWebhookEvent Read(ShopClientWebhooks webhooks, string body, DateTimeOffset? sent = null) => Read(webhooks.Read, body, sent);

    private static T Read<T>(Reader<T> read, string body, DateTimeOffset? sent = null)
    {
        var at = sent ?? DateTimeOffset.UtcNow;
        string signature = new StandardWebhook(Secret).Sign("msg_1", at, body);
        string? Header(string name) => name switch
        {
            "webhook-id" => "msg_1",
            "webhook-timestamp" => at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
            "webhook-signature" => signature,
            _ => null,
        };

        return read(Encoding.UTF8.GetBytes(body), Header);
    }

    private static HttpRequestMessage Delivery(string body, DateTimeOffset sent) =>
        new(HttpMethod.Post, "/webhooks") { Content = new StringContent(body, Encoding.UTF8, "application/json") };

    /// <summary>Signs <paramref name="signedBody"/>, whatever the request's content says.</summary>
    private static HttpRequestMessage WithHeaders(HttpRequestMessage request, string signedBody, DateTimeOffset sent)
    {
        request.Headers.Add("webhook-id", "msg_1");
        request.Headers.Add("webhook-timestamp", sent.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        request.Headers.Add("webhook-signature", new StandardWebhook(Secret).Sign("msg_1", sent, signedBody));
        return request;
    }
}
