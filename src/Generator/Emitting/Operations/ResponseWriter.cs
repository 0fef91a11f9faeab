using System.Collections.Generic;
using System.Linq;
using SpecClient.Generator.Emitting.Json;
using SpecClient.Generator.Emitting.Syntax;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Emitting.Operations;

/// <summary>Writes sending the request and mapping the response: success bodies read, everything else a typed exception.</summary>
internal static class ResponseWriter
{
    public static void Write(SourceWriter writer, JsonTypes json, OperationSpec operation, ResultSpec result, Locals locals, string clientPrefix)
    {
        var opId = locals.OperationId;
        var send = $"await {KnownTypes.ApiCalls}.SendAsync({clientPrefix}_httpClient, {locals.Request}, {opId}, {locals.RequestOptions}, cancellationToken).ConfigureAwait(false)";
        if (result.ReturnsStream)
        {
            // The returned stream owns the response; every other path disposes it here.
            writer.WriteLine($"var {locals.Response} = {send};");
            writer.WriteLine($"var {locals.OwnsResponse} = true;");
            writer.OpenBlock("try");
        }
        else
        {
            writer.WriteLine($"using var {locals.Response} = {send};");
        }

        writer.WriteLine($"{clientPrefix}OnResponseReceived({locals.Response}, {opId});");
        writer.WriteLine($"var {locals.Status} = (int){locals.Response}.StatusCode;");
        var successes = result.Successes;
        var ranges = successes.Where(r => !int.TryParse(r.StatusCode, out _)).ToList();

        // Any 2xx without a branch of its own (a range like 2XX, a default that stands for success, or a
        // status the description omits) is read the way the primary success response is.
        var primary = ranges.FirstOrDefault() ?? successes.FirstOrDefault(r => r.Type is not null) ?? successes.FirstOrDefault();

        // Only statuses read differently from the primary (no content where it has some, or the reverse) need their own branch.
        var explicitCodes = successes
            .Where(r => int.TryParse(r.StatusCode, out _) && (r.Type is null) != (primary?.Type is null))
            .ToList();
        foreach (var response in explicitCodes)
        {
            writer.OpenBlock($"if ({locals.Status} == {CSharp.IntLiteral(response.StatusCode)})");
            WriteSuccess(writer, json, response, result, locals, opId);
            writer.CloseBlock();
            writer.WriteLine();
        }

        writer.OpenBlock($"if ({locals.Status} >= 200 && {locals.Status} <= 299)");
        if (primary is null)
        {
            WriteReturn(writer, result, locals, "default");
        }
        else
        {
            WriteSuccess(writer, json, primary, result, locals, opId);
        }

        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine($"throw await {KnownTypes.ApiHttp}.CreateExceptionAsync({locals.Response}, {opId}, {ErrorTypeExpression(json, operation, locals)}, cancellationToken).ConfigureAwait(false);");
        if (result.ReturnsStream)
        {
            writer.CloseBlock();
            writer.OpenBlock("finally");
            writer.OpenBlock($"if ({locals.OwnsResponse})");
            writer.WriteLine($"{locals.Response}.Dispose();");
            writer.CloseBlock();
            writer.CloseBlock();
        }
    }

    private static void WriteSuccess(SourceWriter writer, JsonTypes json, ResponseSpec response, ResultSpec result, Locals locals, string opId)
    {
        if (result.Type is null || response.Type is null)
        {
            WriteReturn(writer, result, locals, "default");
            return;
        }

        switch (result.Kind)
        {
            case BodyKind.Binary:
                if (result.Type.Kind == TypeKind.Bytes)
                {
                    WriteReturn(writer, result, locals, $"await {KnownTypes.ApiHttp}.ReadBytesAsync({locals.Response}, cancellationToken).ConfigureAwait(false)");
                    return;
                }

                writer.WriteLine($"var {locals.Stream} = await {KnownTypes.ApiHttp}.ReadStreamAsync({locals.Response}, cancellationToken).ConfigureAwait(false);");
                writer.WriteLine($"{locals.OwnsResponse} = false;");
                WriteReturn(writer, result, locals, locals.Stream);
                return;
            case BodyKind.Text:
                WriteReturn(writer, result, locals, $"await {KnownTypes.ApiHttp}.ReadTextAsync({locals.Response}, cancellationToken).ConfigureAwait(false)");
                return;
            default:
                // A body the spec declares nullable may be JSON null; otherwise null is a format error.
                var read = result.Type.IsNullable && !result.Type.IsStruct ? "ReadNullableJsonAsync" : "ReadJsonAsync";
                WriteReturn(writer, result, locals, $"await {KnownTypes.ApiHttp}.{read}({locals.Response}, {json.TypeInfoOf(result.Type)}, {opId}, cancellationToken).ConfigureAwait(false)");
                return;
        }
    }

    /// <summary>Writes sending the request of a stream method, an error status as the usual typed exception, and the enumeration of the events.</summary>
    public static void WriteEventStream(SourceWriter writer, JsonTypes json, OperationSpec operation, TypeRef eventType, Locals locals, string clientPrefix)
    {
        var opId = locals.OperationId;
        writer.WriteLine($"using var {locals.Response} = await {KnownTypes.ApiCalls}.SendAsync({clientPrefix}_httpClient, {locals.Request}, {opId}, {locals.RequestOptions}, cancellationToken).ConfigureAwait(false);");
        writer.WriteLine($"{clientPrefix}OnResponseReceived({locals.Response}, {opId});");
        writer.WriteLine($"var {locals.Status} = (int){locals.Response}.StatusCode;");
        writer.OpenBlock($"if ({locals.Status} < 200 || {locals.Status} > 299)");
        writer.WriteLine($"throw await {KnownTypes.ApiHttp}.CreateExceptionAsync({locals.Response}, {opId}, {ErrorTypeExpression(json, operation, locals)}, cancellationToken).ConfigureAwait(false);");
        writer.CloseBlock();
        writer.WriteLine();
        var item = locals.Take("item");
        var events = $"{KnownTypes.ApiEventStream}.ReadAsync({locals.Response}, {json.TypeInfoOf(eventType)}, {opId}, cancellationToken)";
        writer.OpenBlock($"await foreach (var {item} in {KnownTypes.TaskAsyncEnumerableExtensions}.ConfigureAwait({events}, false))");
        writer.WriteLine($"yield return {item};");
        writer.CloseBlock();
    }

    /// <summary>
    /// Returns the response's status and headers; when the operation has a value, what the caller's method makes of the
    /// response and <paramref name="value"/> (the value alone, or an <c>ApiResponse</c> with it).
    /// </summary>
    private static void WriteReturn(SourceWriter writer, ResultSpec result, Locals locals, string value) =>
        writer.WriteLine(result.Type is null
            ? $"return new {KnownTypes.ApiResponse}({locals.Response});"
            : $"return {locals.Result}({locals.Response}, {value});");

    /// <summary>The declared error body type for the status, as a switch expression, or <c>null</c> when none is declared.</summary>
    private static string ErrorTypeExpression(JsonTypes json, OperationSpec operation, Locals locals)
    {
        var errors = operation.Responses
            .Where(r => !r.IsSuccess && r.Kind == BodyKind.Json && r.Type is not null)
            .Where(r => !(r.StatusCode == "default" && !operation.Responses.Any(s => s.IsSuccess)))
            .OrderBy(r => Specificity(r.StatusCode))
            .ToList();
        if (errors.Count == 0)
        {
            return "null";
        }

        var arms = errors.Select(error => (Pattern: StatusPattern(error.StatusCode), TypeInfo: json.TypeInfoOf(error.Type!))).ToList();
        if (!arms.Any(arm => arm.Pattern == "_"))
        {
            arms.Add(("_", "null"));
        }

        // Each arm is cast to the base type so the switch has one natural type.
        return $"{locals.Status} switch {{ {string.Join(", ", arms.Select(arm => $"{arm.Pattern} => ({KnownTypes.JsonTypeInfo}?){arm.TypeInfo}"))} }}";
    }

    /// <summary>
    /// The pattern matching a status code: <c>404</c>, <c>&gt;= 400 and &lt;= 499</c> for <c>4XX</c>, <c>_</c> for <c>default</c>.
    /// Only numbers reach the code: the reader keeps no other response key, and anything else fails generation.
    /// </summary>
    private static string StatusPattern(string statusCode) => statusCode switch
    {
        "default" => "_",
        { Length: 3 } code when code.EndsWith("XX", System.StringComparison.OrdinalIgnoreCase) =>
            $">= {CSharp.IntLiteral(code.Substring(0, 1))}00 and <= {CSharp.IntLiteral(code.Substring(0, 1))}99",
        var code => CSharp.IntLiteral(code),
    };

    private static int Specificity(string statusCode) =>
        statusCode == "default" ? 2 : statusCode.EndsWith("XX", System.StringComparison.OrdinalIgnoreCase) ? 1 : 0;
}
