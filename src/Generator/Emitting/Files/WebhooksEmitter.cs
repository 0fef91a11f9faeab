using SpecClient.Generator.Emitting.Json;
using SpecClient.Generator.Emitting.Syntax;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Emitting.Files;

/// <summary>
/// Writes <c>{ClassName}Webhooks</c>, the receiver of the API's webhooks: built from the signing secret, it verifies a
/// delivery's Standard Webhooks signature and timestamp (the runtime's <c>ApiWebhookVerifier</c>), then reads the body
/// as the event union. One line of docs per webhook; nothing else grows with the spec.
/// </summary>
internal static class WebhooksEmitter
{
    /// <summary>The receiver's file, or null when the client has no webhooks.</summary>
    public static string? Write(JsonTypes json)
    {
        var spec = json.Spec;
        if (spec.Webhooks is not { } webhooks)
        {
            return null;
        }

        var name = CSharp.Identifier(webhooks.ClassName);
        var eventType = CSharp.Identifier(webhooks.EventType);
        var writer = new SourceWriter();
        FileHeader.Write(writer, spec);
        writer.WriteLine($"/// <summary>Receives the webhooks of <see cref=\"{CSharp.Identifier(spec.ClassName)}\"/>'s API: verifies each delivery's Standard Webhooks signature, then reads it as <see cref=\"{eventType}\"/>.</summary>");
        writer.WriteLine("/// <remarks>");
        writer.WriteLine("/// <para>Verified: HMAC-SHA256 of <c>webhook-id</c>, <c>webhook-timestamp</c> and the body, keyed with the secret, equals one of the <c>v1</c> signatures in <c>webhook-signature</c>; the timestamp lies within <see cref=\"global::SpecClient.ApiWebhookOptions.Tolerance\"/> of now (five minutes). Deduplicate by <c>webhook-id</c> to refuse replays inside that window.</para>");
        writer.WriteLine("/// <para>The webhooks:</para>");
        writer.WriteLine("/// <list type=\"bullet\">");
        foreach (var webhook in webhooks.Webhooks)
        {
            var about = webhook.Summary ?? webhook.Description;
            var text = DocComments.Escape(webhook.Key) + ": <c>Is" + webhook.Name + "</c>" + (string.IsNullOrWhiteSpace(about) ? string.Empty : ". " + DocComments.Escape(about!.Trim()));
            writer.WriteLine($"/// <item><description>{text}</description></item>");
        }

        writer.WriteLine("/// </list>");
        writer.WriteLine("/// </remarks>");
        writer.WriteLine(FileHeader.GeneratedCodeAttribute);
        writer.OpenBlock($"{FileHeader.Accessibility(spec.Accessibility)} sealed partial class {name}");
        writer.WriteLine($"private readonly {KnownTypes.ApiWebhookVerifier} _verifier;");
        writer.WriteLine();
        writer.WriteLine("/// <summary>Creates a receiver for the endpoint whose signing secret this is.</summary>");
        writer.WriteLine("/// <param name=\"secret\">The signing secret: base64, with or without its <c>whsec_</c> prefix. It appears in no message.</param>");
        writer.WriteLine("/// <param name=\"options\">The timestamp tolerance, the body limit and the clock; null for the defaults.</param>");
        writer.WriteLine($"public {name}(string secret, {KnownTypes.ApiWebhookOptions}? options = null) => _verifier = new {KnownTypes.ApiWebhookVerifier}(secret, options);");
        writer.WriteLine();
        writer.WriteLine("/// <summary>Verifies a delivery, then reads its body as an event.</summary>");
        writer.WriteLine("/// <param name=\"body\">The request body, exactly as received.</param>");
        writer.WriteLine("/// <param name=\"header\">Looks a request header up by name (<c>name =&gt; request.Headers[name]</c> in ASP.NET Core); null when absent.</param>");
        writer.WriteLine("/// <returns>The event; <c>IsUnknown</c> (raw JSON) for an event this API description does not list.</returns>");
        writer.WriteLine("/// <exception cref=\"global::SpecClient.ApiWebhookSignatureException\">A header is missing or malformed, the timestamp is outside the tolerance, or no signature matches.</exception>");
        writer.WriteLine("/// <exception cref=\"global::SpecClient.ApiResponseFormatException\">The delivery is genuine but its body is not the event JSON.</exception>");
        writer.OpenBlock($"public {eventType} Read({KnownTypes.ReadOnlySpan}<byte> body, {KnownTypes.Func}<string, string?> header)");
        writer.WriteLine("_verifier.Verify(body, header);");
        writer.WriteLine($"return {KnownTypes.ApiWebhookVerifier}.ReadEvent(body, {json.TypeInfoOf(TypeRef.Named(webhooks.EventType))}, {CSharp.Literal(webhooks.ClassName)});");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("/// <summary>Checks a delivery's signature headers and timestamp, reads its body from a stream (at most <c>MaxBodyBytes</c>), verifies it, then reads it as an event.</summary>");
        writer.WriteLine("/// <param name=\"body\">The request body stream.</param>");
        writer.WriteLine("/// <param name=\"header\">Looks a request header up by name; null when absent.</param>");
        writer.WriteLine("/// <param name=\"cancellationToken\">Cancels reading the body.</param>");
        writer.WriteLine("/// <returns>The event; <c>IsUnknown</c> (raw JSON) for an event this API description does not list.</returns>");
        writer.WriteLine("/// <exception cref=\"global::SpecClient.ApiWebhookSignatureException\">A header is missing or malformed, or the timestamp is outside the tolerance (before the body is read); the body is too large; or no signature matches.</exception>");
        writer.WriteLine("/// <exception cref=\"global::SpecClient.ApiResponseFormatException\">The delivery is genuine but its body is not the event JSON.</exception>");
        writer.OpenBlock($"public async {KnownTypes.Task}<{eventType}> ReadAsync({KnownTypes.Stream} body, {KnownTypes.Func}<string, string?> header, {KnownTypes.CancellationToken} cancellationToken = default)");
        writer.WriteLine("// A delivery that cannot be genuine is refused before its body is read.");
        writer.WriteLine("_verifier.CheckHeaders(header);");
        writer.WriteLine("var (buffer, count) = await _verifier.ReadBodyAsync(body, cancellationToken).ConfigureAwait(false);");
        writer.OpenBlock("try");
        writer.WriteLine($"return Read(new {KnownTypes.ReadOnlySpan}<byte>(buffer, 0, count), header);");
        writer.CloseBlock();
        writer.OpenBlock("finally");
        writer.WriteLine($"{KnownTypes.ApiWebhookVerifier}.Return(buffer);");
        writer.CloseBlock();
        writer.CloseBlock();
        writer.CloseBlock();
        return writer.ToString();
    }
}
