using System;
using System.Buffers;
using System.ComponentModel;
using System.Globalization;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;

namespace SpecClient.Internal;

/// <summary>
/// Standard Webhooks verification for generated <c>Webhooks</c> receivers: the HMAC-SHA256 of
/// <c>{webhook-id}.{webhook-timestamp}.{body}</c>, keyed with the base64 secret (its <c>whsec_</c> prefix optional),
/// must equal one of the space-separated <c>v1,&lt;base64&gt;</c> entries of <c>webhook-signature</c> (compared in
/// constant time), and the timestamp must lie within the tolerance of now. A few lines on the BCL's HMAC rather than
/// the StandardWebhooks package, which brings ASP.NET Core's shared framework to every consumer.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ApiWebhookVerifier
{
    private const string SecretPrefix = "whsec_";
    private const int SignatureBytes = 32;

    private readonly byte[] _key;
    private readonly TimeSpan _tolerance;
    private readonly int _maxBodyBytes;
    private readonly TimeProvider _clock;

    /// <summary>Initializes a verifier from the endpoint's signing secret.</summary>
    /// <param name="secret">The secret, base64 with an optional <c>whsec_</c> prefix.</param>
    /// <param name="options">The tolerance, body limit and clock; null for the defaults.</param>
    public ApiWebhookVerifier(string secret, ApiWebhookOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(secret);
        string encoded = secret.StartsWith(SecretPrefix, StringComparison.Ordinal) ? secret.Substring(SecretPrefix.Length) : secret;
        byte[] key = new byte[(encoded.Length * 3 / 4) + 3];
        if (encoded.Length == 0 || !Convert.TryFromBase64String(encoded, key, out int written))
        {
            // The secret itself stays out of the message.
            throw new ArgumentException("The webhook secret must be base64, optionally prefixed with 'whsec_'.", nameof(secret));
        }

        _key = key.AsSpan(0, written).ToArray();
        CryptographicOperations.ZeroMemory(key);

        // Read once: options changed later do not change a receiver that is already verifying.
        options ??= new ApiWebhookOptions();
        _tolerance = options.Tolerance;
        _maxBodyBytes = options.MaxBodyBytes;
        _clock = options.TimeProvider;
    }

    /// <summary>Throws <see cref="ApiWebhookSignatureException"/> unless the delivery is signed with the secret and timely.</summary>
    /// <param name="body">The body exactly as received.</param>
    /// <param name="header">Looks a request header up by name; null or empty when absent.</param>
    public void Verify(ReadOnlySpan<byte> body, Func<string, string?> header)
    {
        (string id, string timestamp, string signatures) = CheckedHeaders(header);

        Span<byte> expected = stackalloc byte[SignatureBytes];
        Sign(id, timestamp, body, expected);

        Span<byte> given = stackalloc byte[SignatureBytes + 3];
        bool anyReadable = false;
        foreach (string entry in signatures.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!entry.StartsWith("v1,", StringComparison.Ordinal))
            {
                continue; // Another scheme (v1a, a future version) or stray space: not ours to judge.
            }

            if (!Convert.TryFromBase64Chars(entry.AsSpan(3), given, out int length) || length != SignatureBytes)
            {
                continue;
            }

            anyReadable = true;
            if (CryptographicOperations.FixedTimeEquals(expected, given.Slice(0, SignatureBytes)))
            {
                return;
            }
        }

        throw anyReadable
            ? new ApiWebhookSignatureException(ApiWebhookSignatureFailure.SignatureMismatch, "No webhook-signature entry matches the delivery signed with the webhook secret.")
            : new ApiWebhookSignatureException(ApiWebhookSignatureFailure.MalformedHeader, "The webhook-signature header holds no readable 'v1,<base64>' signature.");
    }

    /// <summary>
    /// Throws <see cref="ApiWebhookSignatureException"/> when a signature header is missing or the timestamp is malformed
    /// or outside the tolerance: what can be refused before the body is read (<see cref="Verify"/> checks it again).
    /// </summary>
    /// <param name="header">Looks a request header up by name; null or empty when absent.</param>
    public void CheckHeaders(Func<string, string?> header) => _ = CheckedHeaders(header);

    /// <summary>Reads a body of at most <see cref="ApiWebhookOptions.MaxBodyBytes"/> from a stream, into a pooled buffer.</summary>
    /// <param name="body">The request body.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The bytes and their count; return the buffer with <see cref="Return"/>.</returns>
    public async ValueTask<(byte[] Buffer, int Count)> ReadBodyAsync(Stream body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        int limit = _maxBodyBytes;
        byte[] buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        int count = 0;
        try
        {
            while (true)
            {
                if (count == buffer.Length)
                {
                    if (count > limit)
                    {
                        break;
                    }

                    byte[] larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, (long)limit + 1));
                    buffer.AsSpan(0, count).CopyTo(larger);
                    Return(buffer);
                    buffer = larger;
                }

                int read = await body.ReadAsync(buffer.AsMemory(count, Math.Min(buffer.Length - count, limit + 1 - count)), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    return (buffer, count);
                }

                count += read;
                if (count > limit)
                {
                    break;
                }
            }
        }
        catch
        {
            Return(buffer);
            throw;
        }

        Return(buffer);
        throw new ApiWebhookSignatureException(
            ApiWebhookSignatureFailure.BodyTooLarge,
            string.Format(CultureInfo.InvariantCulture, "The webhook body is larger than the limit of {0} bytes (ApiWebhookOptions.MaxBodyBytes).", limit));
    }

    /// <summary>Clears a buffer from <see cref="ReadBodyAsync"/> and returns it to the pool.</summary>
    /// <param name="buffer">The buffer.</param>
    public static void Return(byte[] buffer) => ArrayPool<byte>.Shared.Return(buffer, clearArray: true);

    /// <summary>Reads a verified body as the event type; a body that is not it throws <see cref="ApiResponseFormatException"/>.</summary>
    /// <typeparam name="T">The event type.</typeparam>
    /// <param name="body">The verified body.</param>
    /// <param name="typeInfo">The event type's JSON contract.</param>
    /// <param name="name">The receiver's name, for messages.</param>
    /// <returns>The event.</returns>
    public static T ReadEvent<T>(ReadOnlySpan<byte> body, JsonTypeInfo<T> typeInfo, string name)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        try
        {
            return JsonSerializer.Deserialize(body, typeInfo)
                ?? throw new ApiResponseFormatException("Webhook delivery to '" + name + "' was JSON null where " + typeInfo.Type.Name + " was expected.", name, 0, "$");
        }
        catch (JsonException ex)
        {
            string path = ApiJson.GetJsonPath(ex) is { Length: > 0 } recorded ? recorded : (string.IsNullOrEmpty(ex.Path) ? "$" : ex.Path);
            throw new ApiResponseFormatException(
                "Webhook delivery to '" + name + "' could not be read as " + typeInfo.Type.Name + " at JSON path '" + ServerText.Sanitize(path) + "'.",
                name,
                0,
                path,
                innerException: ex);
        }
    }

    private (string Id, string Timestamp, string Signatures) CheckedHeaders(Func<string, string?> header)
    {
        ArgumentNullException.ThrowIfNull(header);
        string id = Required(header, "webhook-id");
        string timestamp = Required(header, "webhook-timestamp");
        string signatures = Required(header, "webhook-signature");
        CheckTimestamp(timestamp);
        return (id, timestamp, signatures);
    }

    private static string Required(Func<string, string?> header, string name) =>
        header(name) is { Length: > 0 } value
            ? value
            : throw new ApiWebhookSignatureException(ApiWebhookSignatureFailure.MissingHeader, "The " + name + " header is missing or empty.");

    private void CheckTimestamp(string timestamp)
    {
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out long seconds) || seconds > 253402300799)
        {
            throw new ApiWebhookSignatureException(ApiWebhookSignatureFailure.MalformedHeader, "The webhook-timestamp header is not whole seconds since 1970-01-01T00:00:00Z.");
        }

        TimeSpan offset = DateTimeOffset.FromUnixTimeSeconds(seconds) - _clock.GetUtcNow();
        if (offset < -_tolerance)
        {
            throw new ApiWebhookSignatureException(ApiWebhookSignatureFailure.StaleTimestamp, "The webhook-timestamp lies further in the past than the tolerance (ApiWebhookOptions.Tolerance).");
        }

        if (offset > _tolerance)
        {
            throw new ApiWebhookSignatureException(ApiWebhookSignatureFailure.FutureTimestamp, "The webhook-timestamp lies further in the future than the tolerance (ApiWebhookOptions.Tolerance).");
        }
    }

    private void Sign(string id, string timestamp, ReadOnlySpan<byte> body, Span<byte> destination)
    {
        // Incremental, so the body is hashed where it lies instead of copied behind its prefix.
        using IncrementalHash hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, _key);
        hmac.AppendData(Encoding.UTF8.GetBytes(id + "." + timestamp + "."));
        hmac.AppendData(body);
        hmac.GetHashAndReset(destination);
    }
}
