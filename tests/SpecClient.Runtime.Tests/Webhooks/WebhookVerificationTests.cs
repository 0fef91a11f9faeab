using System;
using System.Collections.Generic;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using StandardWebhooks;

namespace SpecClient.Runtime.Tests.Webhooks;

/// <summary>
/// Deliveries are signed by the independent StandardWebhooks package (never by the code under test), then verified by
/// <see cref="ApiWebhookVerifier"/> with the clock fixed at the moment of sending.
/// </summary>
public sealed class WebhookVerificationTests
{
    private static readonly string Secret = "whsec_" + Convert.ToBase64String(Encoding.UTF8.GetBytes("a signing key of thirty-two byte"));
    private static readonly DateTimeOffset Sent = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);
    private const string Body = "{\"type\":\"batch.completed\",\"data\":{\"id\":\"batch_1\"}}";

    [Fact]
    public void A_delivery_signed_with_the_secret_is_accepted_with_or_without_the_prefix()
    {
        Dictionary<string, string> headers = SignedHeaders(Secret, Body, Sent);

        Verifier(Secret, Sent).Verify(Encoding.UTF8.GetBytes(Body), Lookup(headers));
        Verifier(Secret.Substring("whsec_".Length), Sent).Verify(Encoding.UTF8.GetBytes(Body), Lookup(headers));
    }

    [Fact]
    public void The_published_example_vector_verifies()
    {
        // The Standard Webhooks specification's example delivery.
        var headers = new Dictionary<string, string>
        {
            ["webhook-id"] = "msg_p5jXN8AQM9LWM0D4loKWxJek",
            ["webhook-timestamp"] = "1614265330",
            ["webhook-signature"] = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
        };

        Verifier("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", DateTimeOffset.FromUnixTimeSeconds(1614265330))
            .Verify(Encoding.UTF8.GetBytes("{\"test\": 2432232314}"), Lookup(headers));
    }

    [Fact]
    public void Several_signatures_pass_when_one_matches()
    {
        Dictionary<string, string> headers = SignedHeaders(Secret, Body, Sent);
        string other = new StandardWebhook(OtherSecret).Sign("msg_1", Sent, Body);
        headers["webhook-signature"] = "v1a,c29tZXRoaW5n " + other + " " + headers["webhook-signature"];

        Verifier(Secret, Sent).Verify(Encoding.UTF8.GetBytes(Body), Lookup(headers));
    }

    [Fact]
    public void A_tampered_body_is_rejected()
    {
        Dictionary<string, string> headers = SignedHeaders(Secret, Body, Sent);

        Assert.Equal(ApiWebhookSignatureFailure.SignatureMismatch, Reject(Secret, Sent, Body.Replace("batch_1", "batch_2"), headers));
    }

    [Fact]
    public void A_delivery_signed_with_another_secret_is_rejected()
    {
        Dictionary<string, string> headers = SignedHeaders(OtherSecret, Body, Sent);

        Assert.Equal(ApiWebhookSignatureFailure.SignatureMismatch, Reject(Secret, Sent, Body, headers));
    }

    [Fact]
    public void A_signed_id_or_timestamp_cannot_be_swapped()
    {
        Dictionary<string, string> headers = SignedHeaders(Secret, Body, Sent);
        headers["webhook-id"] = "msg_2";

        Assert.Equal(ApiWebhookSignatureFailure.SignatureMismatch, Reject(Secret, Sent, Body, headers));
    }

    [Theory]
    [InlineData(-301, ApiWebhookSignatureFailure.StaleTimestamp)]
    [InlineData(301, ApiWebhookSignatureFailure.FutureTimestamp)]
    public void A_timestamp_outside_five_minutes_is_rejected_even_when_signed(int secondsFromNow, ApiWebhookSignatureFailure expected)
    {
        DateTimeOffset sent = Sent.AddSeconds(secondsFromNow);
        Dictionary<string, string> headers = SignedHeaders(Secret, Body, sent);

        Assert.Equal(expected, Reject(Secret, Sent, Body, headers));
        Verifier(Secret, Sent.AddSeconds(secondsFromNow > 0 ? 2 : -2)).Verify(Encoding.UTF8.GetBytes(Body), Lookup(headers));
    }

    [Fact]
    public void The_tolerance_can_be_widened()
    {
        Dictionary<string, string> headers = SignedHeaders(Secret, Body, Sent.AddMinutes(-30));
        var options = new ApiWebhookOptions { Tolerance = TimeSpan.FromHours(1), TimeProvider = new FixedClock(Sent) };

        new ApiWebhookVerifier(Secret, options).Verify(Encoding.UTF8.GetBytes(Body), Lookup(headers));
        Assert.Equal(ApiWebhookSignatureFailure.StaleTimestamp, Reject(Secret, Sent, Body, headers));
    }

    [Theory]
    [InlineData("webhook-id")]
    [InlineData("webhook-timestamp")]
    [InlineData("webhook-signature")]
    public void A_missing_header_is_rejected_by_name(string name)
    {
        Dictionary<string, string> headers = SignedHeaders(Secret, Body, Sent);
        headers.Remove(name);

        ApiWebhookSignatureException ex = Assert.Throws<ApiWebhookSignatureException>(() => Verifier(Secret, Sent).Verify(Encoding.UTF8.GetBytes(Body), Lookup(headers)));
        Assert.Equal(ApiWebhookSignatureFailure.MissingHeader, ex.Reason);
        Assert.Contains(name, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("webhook-signature", "v1")]
    [InlineData("webhook-signature", "v1,not base64!")]
    [InlineData("webhook-signature", "v1,c2hvcnQ=")]
    [InlineData("webhook-timestamp", "12.5")]
    [InlineData("webhook-timestamp", "-5")]
    public void A_malformed_header_is_rejected(string name, string value)
    {
        Dictionary<string, string> headers = SignedHeaders(Secret, Body, Sent);
        headers[name] = value;

        Assert.Equal(ApiWebhookSignatureFailure.MalformedHeader, Reject(Secret, Sent, Body, headers));
    }

    [Fact]
    public void Nothing_of_the_secret_signature_or_body_reaches_the_message()
    {
        Dictionary<string, string> headers = SignedHeaders(OtherSecret, Body, Sent);
        ApiWebhookSignatureException ex = Assert.Throws<ApiWebhookSignatureException>(() => Verifier(Secret, Sent).Verify(Encoding.UTF8.GetBytes(Body), Lookup(headers)));

        string text = ex.ToString();
        Assert.DoesNotContain(Secret.Substring(6, 12), text, StringComparison.Ordinal);
        Assert.DoesNotContain(headers["webhook-signature"].Substring(3, 12), text, StringComparison.Ordinal);
        Assert.DoesNotContain("batch", text, StringComparison.Ordinal);

        ArgumentException bad = Assert.Throws<ArgumentException>(() => new ApiWebhookVerifier("whsec_not*base64"));
        Assert.DoesNotContain("not*base64", bad.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stream_body_is_read_whole_and_one_over_the_limit_is_rejected()
    {
        var verifier = new ApiWebhookVerifier(Secret, new ApiWebhookOptions { MaxBodyBytes = 2048 });
        byte[] fits = RandomNumberGenerator.GetBytes(2048);

        (byte[] buffer, int count) = await verifier.ReadBodyAsync(new TrickleStream(fits), CancellationToken.None);
        Assert.Equal(fits, buffer.AsSpan(0, count).ToArray());
        ApiWebhookVerifier.Return(buffer);

        ApiWebhookSignatureException ex = await Assert.ThrowsAsync<ApiWebhookSignatureException>(
            async () => await verifier.ReadBodyAsync(new TrickleStream(RandomNumberGenerator.GetBytes(2049)), CancellationToken.None));
        Assert.Equal(ApiWebhookSignatureFailure.BodyTooLarge, ex.Reason);
    }

    private static readonly string OtherSecret = "whsec_" + Convert.ToBase64String(Encoding.UTF8.GetBytes("another key of thirty-two bytes!"));

    private static Dictionary<string, string> SignedHeaders(string secret, string body, DateTimeOffset sent) => new()
    {
        ["webhook-id"] = "msg_1",
        ["webhook-timestamp"] = sent.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["webhook-signature"] = new StandardWebhook(secret).Sign("msg_1", sent, body),
    };

    private static Func<string, string?> Lookup(Dictionary<string, string> headers) => name => headers.TryGetValue(name, out string? value) ? value : null;

    private static ApiWebhookVerifier Verifier(string secret, DateTimeOffset now) => new(secret, new ApiWebhookOptions { TimeProvider = new FixedClock(now) });

    private static ApiWebhookSignatureFailure Reject(string secret, DateTimeOffset now, string body, Dictionary<string, string> headers) =>
        Assert.Throws<ApiWebhookSignatureException>(() => Verifier(secret, now).Verify(Encoding.UTF8.GetBytes(body), Lookup(headers))).Reason;

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    /// <summary>Hands out at most 100 bytes a read, as a network stream may.</summary>
    private sealed class TrickleStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer.Length > 100 ? buffer.Slice(0, 100) : buffer, cancellationToken);
    }
}
