using System.Collections.Generic;
using System.Linq;
using SpecClient.Generator.Emitting.Json;
using SpecClient.Generator.Emitting.Syntax;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Emitting.Operations;

/// <summary>Writes sending the request and mapping the response: success bodies read, everything else a typed exception.</summary>
internal static class ResponseWriter
{
    /// <param name="sendCall">The call that finishes and sends the request (see <see cref="OperationWriter.SendMethod"/>).</param>
    public static void Write(SourceWriter writer, JsonTypes json, OperationModel operation, ResultSpec result, Locals locals, string clientPrefix, string sendCall)
    {
        var opId = locals.OperationId;
        var send = $"await {sendCall}.ConfigureAwait(false)";
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
        var primary = result.PrimarySuccess;
        var explicitCodes = result.SeparateSuccesses;
        var compactValue = explicitCodes.Count == 0 && !result.ReturnsStream ? SuccessValue(json, primary, result, locals, opId) : null;
        if (compactValue is not null)
        {
            // Success is the whole 2xx range (exactly IsSuccessStatusCode), every status of it read the same way.
            writer.WriteLine($"return {locals.Response}.IsSuccessStatusCode");
            writer.WriteLine($"    ? {ReturnValue(result, locals, compactValue)}");
            writer.WriteLine($"    : {ThrowError(json, operation, locals, opId, $"(int){locals.Response}.StatusCode")};");
            return;
        }

        writer.WriteLine($"var {locals.Status} = (int){locals.Response}.StatusCode;");
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
        writer.WriteLine($"{ThrowError(json, operation, locals, opId, locals.Status)};");
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

    /// <summary>
    /// The declared error body types as a static function of the status (<c>null</c> when none is declared), which the
    /// shared <c>_callAsync</c> calls only for an error status.
    /// </summary>
    public static string ErrorTypes(JsonTypes json, OperationModel operation, Locals locals)
    {
        var expression = ErrorTypeExpression(json, operation, locals.Status);
        return expression == "null" ? "null" : $"static {locals.Status} => {expression}";
    }

    /// <summary>
    /// The value a success returns when it is one expression (JSON, text or bytes, or <c>null</c> for no content),
    /// or <see langword="null"/> when reading it takes statements (a returned stream).
    /// </summary>
    private static string? SuccessValue(JsonTypes json, ResponseSpec? response, ResultSpec result, Locals locals, string opId)
    {
        if (result.Type is null || response?.Type is null)
        {
            return result.Type is null ? string.Empty : null;
        }

        switch (result.Kind)
        {
            case BodyKind.Binary:
                return result.Type.Kind == TypeKind.Bytes
                    ? $"await {KnownTypes.ApiHttp}.ReadBytesAsync({locals.Response}, cancellationToken).ConfigureAwait(false)"
                    : null;
            case BodyKind.Text:
                return $"await {KnownTypes.ApiHttp}.ReadTextAsync({locals.Response}, cancellationToken).ConfigureAwait(false)";
            default:
                // A body the spec declares nullable may be JSON null; otherwise null is a format error.
                var read = result.Type.IsNullable && !result.Type.IsStruct ? "ReadNullableJsonAsync" : "ReadJsonAsync";
                return $"await {KnownTypes.ApiHttp}.{read}({locals.Response}, {json.TypeInfoOf(result.Type)}, {opId}, cancellationToken).ConfigureAwait(false)";
        }
    }

    private static void WriteSuccess(SourceWriter writer, JsonTypes json, ResponseSpec response, ResultSpec result, Locals locals, string opId)
    {
        var value = SuccessValue(json, response, result, locals, opId);
        if (value is not null)
        {
            WriteReturn(writer, result, locals, value);
            return;
        }

        if (result.Type is null || response.Type is null)
        {
            WriteReturn(writer, result, locals, "default");
            return;
        }

        // A binary body read as a stream: the returned stream owns the response.
        writer.WriteLine($"var {locals.Stream} = await {KnownTypes.ApiHttp}.ReadStreamAsync({locals.Response}, cancellationToken).ConfigureAwait(false);");
        writer.WriteLine($"{locals.OwnsResponse} = false;");
        WriteReturn(writer, result, locals, locals.Stream);
    }

    /// <summary>
    /// Writes the end of a stream method's send lambda: sending the request, an error status as the usual typed exception
    /// (the response disposed), and returning the success response, which the event reader owns from then on.
    /// </summary>
    public static void WriteEventStream(SourceWriter writer, JsonTypes json, OperationModel operation, Locals locals, string clientPrefix, string sendCall)
    {
        var opId = locals.OperationId;
        writer.WriteLine($"var {locals.Response} = await {sendCall}.ConfigureAwait(false);");
        writer.OpenBlock("try");
        writer.WriteLine($"{clientPrefix}OnResponseReceived({locals.Response}, {opId});");
        writer.WriteLine($"var {locals.Status} = (int){locals.Response}.StatusCode;");
        writer.OpenBlock($"if ({locals.Status} < 200 || {locals.Status} > 299)");
        writer.WriteLine($"{ThrowError(json, operation, locals, opId, locals.Status)};");
        writer.CloseBlock();
        writer.CloseBlock();
        writer.OpenBlock("catch");
        writer.WriteLine($"{locals.Response}.Dispose();");
        writer.WriteLine("throw;");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine($"return {locals.Response};");
    }

    /// <summary>
    /// Returns the response's status and headers; when the operation has a value, what the caller's method makes of the
    /// response and <paramref name="value"/> (the value alone, or an <c>ApiResponse</c> with it).
    /// </summary>
    private static void WriteReturn(SourceWriter writer, ResultSpec result, Locals locals, string value) =>
        writer.WriteLine($"return {ReturnValue(result, locals, value)};");

    private static string ReturnValue(ResultSpec result, Locals locals, string value) => result.Type is null
        ? $"new {KnownTypes.ApiResponse}({locals.Response})"
        : $"{locals.Result}({locals.Response}, {value})";

    /// <summary>The throw of the typed exception for an error status read from <paramref name="status"/>.</summary>
    private static string ThrowError(JsonTypes json, OperationModel operation, Locals locals, string opId, string status) =>
        $"throw await {KnownTypes.ApiHttp}.CreateExceptionAsync({locals.Response}, {opId}, {ErrorTypeExpression(json, operation, status)}, cancellationToken).ConfigureAwait(false)";

    /// <summary>The declared error body type for the status, as a switch expression, or <c>null</c> when none is declared.</summary>
    private static string ErrorTypeExpression(JsonTypes json, OperationModel operation, string status)
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
        return $"{status} switch {{ {string.Join(", ", arms.Select(arm => $"{arm.Pattern} => ({KnownTypes.JsonTypeInfo}?){arm.TypeInfo}"))} }}";
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
