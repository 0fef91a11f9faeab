using System.Collections.Generic;
using System.Linq;
using SpecClient.Generator.Emitting.Json;
using SpecClient.Generator.Emitting.Syntax;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Emitting.Operations;

/// <summary>Writes one operation as an async method: arguments checked, request built, response mapped.</summary>
internal static class OperationWriter
{
    /// <summary>The longest method signature kept on one line (without indentation); longer ones put each parameter on its own line.</summary>
    private const int MaxSignatureLength = 150;

    /// <summary>
    /// Writes the operation's public methods: <c>{Name}WithResponseAsync</c>, returning the value with the response's
    /// status, headers and request id, and <c>{Name}Async</c>, returning the value. With a value both are one-line shells
    /// over one private <c>{Name}Async&lt;TResult&gt;</c> that does the work and ends in what the shell asks for
    /// (<c>ApiResult</c>), so the plain call makes no <c>ApiResponse</c> and no task of its own. Without a value the plain
    /// method returns the task of <c>{Name}WithResponseAsync</c>, which does the work.
    /// </summary>
    public static void Write(SourceWriter writer, JsonTypes json, OperationModel operation, string clientPrefix)
    {
        // The operation's route and its client's telemetry, made once: a call carries one reference, whoever listens.
        var telemetry = clientPrefix.Length == 0 ? TelemetryField : CSharp.Identifier(json.Spec.ClassName) + "." + TelemetryField;
        writer.WriteLine($"private static readonly {KnownTypes.ApiRoute} {RouteField(operation)} = new({telemetry}, {CSharp.Literal(operation.Path)});");
        writer.WriteLine();
        var hasValue = operation.Result.Type is not null;
        WriteShell(writer, json, operation, MethodKind.Plain);
        writer.WriteLine();
        if (hasValue)
        {
            WriteShell(writer, json, operation, MethodKind.WithResponse);
            writer.WriteLine();
            WriteShared(writer, json, operation, clientPrefix);
        }
        else
        {
            WriteWithResponse(writer, json, operation, clientPrefix);
        }

        if (operation.Method(MethodKind.Stream) is not null)
        {
            writer.WriteLine();
            WriteStream(writer, json, operation, clientPrefix);
        }

        if (operation.Method(MethodKind.All) is not null)
        {
            writer.WriteLine();
            PagingWriter.Write(writer, json, operation, clientPrefix);
        }
    }

    /// <summary>Writes both method declarations for the client's interface.</summary>
    public static void WriteInterfaceDeclarations(SourceWriter writer, JsonTypes json, OperationModel operation)
    {
        WriteDeclaration(writer, json, operation, modifiers: string.Empty, terminator: ";");
        writer.WriteLine();
        WriteDeclaration(writer, json, operation, modifiers: string.Empty, terminator: ";", MethodKind.WithResponse);
        if (operation.Method(MethodKind.Stream) is not null)
        {
            writer.WriteLine();
            WriteDeclaration(writer, json, operation, modifiers: string.Empty, terminator: ";", MethodKind.Stream);
        }

        if (operation.Method(MethodKind.All) is not null)
        {
            writer.WriteLine();
            PagingWriter.WriteDeclaration(writer, json, operation, modifiers: string.Empty, terminator: ";");
        }
    }

    private static void WriteShell(SourceWriter writer, JsonTypes json, OperationModel operation, MethodKind kind)
    {
        var result = operation.Result;
        var method = operation.Method(kind)!;
        var options = method.RequestOptions ?? "null";
        var arguments = SignatureOrder(method).Select(CSharp.Identifier).Append(options);

        // Neither shell is async: each returns the task of the method that does the work, with no state machine of its own.
        WriteDeclaration(writer, json, operation, "public ", kind: kind);
        writer.Indent();
        if (result.Type is null)
        {
            writer.WriteLine($"=> {operation.Method(MethodKind.WithResponse)!.Name}({string.Join(", ", arguments.Append("cancellationToken"))});");
        }
        else
        {
            var shape = $"{KnownTypes.ApiResult}<{ValueTypeOf(json, result)}>.{(kind == MethodKind.Plain ? "Value" : "WithResponse")}";
            writer.WriteLine($"=> {SharedMethod(operation)}({string.Join(", ", arguments.Append(shape).Append("cancellationToken"))});");
        }

        writer.Unindent();
    }

    private static void WriteWithResponse(SourceWriter writer, JsonTypes json, OperationModel operation, string clientPrefix)
    {
        var locals = new Locals(operation);
        var result = operation.Result;
        var call = result.UsesSharedCall;
        WriteDeclaration(writer, json, operation, operation.Method(MethodKind.WithResponse)!.IsAsync ? "public async " : "public ", kind: MethodKind.WithResponse);
        writer.OpenBlock();
        WriteBody(writer, json, operation, locals, clientPrefix, result, call);
        writer.CloseBlock();
    }

    /// <summary>
    /// Writes the private <c>{Name}Async&lt;TResult&gt;</c> both shells of an operation with a value run: the request
    /// sent, the response read, and the result made by the shell's <c>result</c> function from the response and the value.
    /// </summary>
    private static void WriteShared(SourceWriter writer, JsonTypes json, OperationModel operation, string clientPrefix)
    {
        var locals = new Locals(operation);
        var result = operation.Result;
        var signature = ParameterList(json, operation, operation.Method(MethodKind.WithResponse)!, withDefaults: false, withAttributes: false);
        signature.Insert(signature.Count - 1, $"{KnownTypes.Func}<{KnownTypes.HttpResponseMessage}, {ValueTypeOf(json, result)}, TResult> {locals.Result}");
        var call = result.UsesSharedCall;
        WriteSignature(writer, $"private {(call ? string.Empty : "async ")}{KnownTypes.Task}<TResult> {SharedMethod(operation)}<TResult>(", signature, string.Empty);
        writer.OpenBlock();
        WriteBody(writer, json, operation, locals, clientPrefix, result, call);
        writer.CloseBlock();
    }

    /// <summary>
    /// Writes the body of the method that does an operation's work: the request built, then either the return of the
    /// client's one shared async method (<see cref="CallMethod"/>: sent, read, mapped; no state machine per operation)
    /// or, for what that method does not read (text, bytes, a stream, statuses read differently), the whole call here.
    /// </summary>
    private static void WriteBody(SourceWriter writer, JsonTypes json, OperationModel operation, Locals locals, string clientPrefix, ResultSpec result, bool call)
    {
        var arguments = WriteRequest(writer, json, operation, locals, clientPrefix, result.AcceptHeader, streamFlag: null, disposeRequest: !call);
        if (call)
        {
            var read = result.Type is null ? string.Empty : $"{json.TypeInfoOf(result.Type)}, ";
            var shape = result.Type is null ? string.Empty : $"{locals.Result}, ";
            writer.WriteLine($"return {clientPrefix}{CallMethod}({arguments}, {read}{ResponseWriter.ErrorTypes(json, operation, locals)}, {shape}cancellationToken);");
        }
        else
        {
            ResponseWriter.Write(writer, json, operation, result, locals, clientPrefix, $"{clientPrefix}{SendMethod}({arguments}, cancellationToken)");
        }
    }

    /// <summary>
    /// Writes <c>{Name}StreamAsync</c>: the same request asking for the sequential media type (<c>text/event-stream</c>,
    /// or JSON Lines, NDJSON, JSON text sequences; with the body's <c>stream</c> flag set when it has one), enumerated
    /// item by item by the runtime's reader the model names. The method is no iterator: it hands the
    /// runtime's event reader a lambda that sends the request (with the enumeration's token, which it names
    /// <c>cancellationToken</c> too) and returns the success response, so a stream has one enumerator over the parser's.
    /// Nothing is sent until enumeration starts.
    /// </summary>
    private static void WriteStream(SourceWriter writer, JsonTypes json, OperationModel operation, string clientPrefix)
    {
        var locals = new Locals(operation);
        var result = operation.Result;
        WriteDeclaration(writer, json, operation, "public ", kind: MethodKind.Stream);
        writer.OpenBlock();
        var reader = result.StreamFormat == StreamFormat.JsonSequence ? KnownTypes.ApiJsonSequence : KnownTypes.ApiEventStream;
        writer.WriteLine($"return {reader}.ReadAsync(async cancellationToken =>");
        writer.OpenBlock();
        var arguments = WriteRequest(writer, json, operation, locals, clientPrefix, result.StreamMediaType, result.StreamFlagProperty, disposeRequest: true);
        ResponseWriter.WriteEventStream(writer, json, operation, locals, clientPrefix, $"{clientPrefix}{SendMethod}({arguments}, cancellationToken)");
        writer.CloseBlock($", {json.TypeInfoOf(result.EventType!)}, cancellationToken);");
        writer.CloseBlock();
    }

    /// <summary>The client's static field holding its telemetry (private names start with what no spec-derived name does).</summary>
    public const string TelemetryField = "s_telemetry";

    /// <summary>The static field holding an operation's route: unique in its class, as the operation's name is.</summary>
    private static string RouteField(OperationModel operation) => CSharp.Identifier("s_" + operation.Name + "Route");

    /// <summary>The client's one private method that finishes a request (its URI and Accept header), calls <c>OnPreparingRequest</c> and sends it.</summary>
    public const string SendMethod = "_sendAsync";

    /// <summary>
    /// The client's private async methods that send a request and read its response (a JSON value, or none) or throw the
    /// typed exception, disposing both: the one state machine every such operation shares.
    /// </summary>
    public const string CallMethod = "_callAsync";

    /// <summary>
    /// Writes the argument checks and the building of the request (headers and body); returns the arguments
    /// <see cref="SendMethod"/> and <see cref="CallMethod"/> take first (request, path and query, Accept, operation id,
    /// per-call options). <paramref name="disposeRequest"/>: whether this method owns the request (<c>using</c>) or hands it on.
    /// </summary>
    private static string WriteRequest(SourceWriter writer, JsonTypes json, OperationModel operation, Locals locals, string clientPrefix, string? accept, string? streamFlag, bool disposeRequest)
    {
        WriteArgumentChecks(writer, operation);
        ValidationWriter.WriteOperationChecks(writer, json, operation);
        if (streamFlag is not null && operation.Body is { } flagged)
        {
            var name = CSharp.Identifier(flagged.Name);
            var flag = CSharp.Identifier(streamFlag);
            writer.WriteLine(flagged.IsRequired
                ? $"{name} = {name} with {{ {flag} = true }};"
                : $"{name} = {name} is null ? null : {name} with {{ {flag} = true }};");
        }

        writer.WriteLine($"const string {locals.OperationId} = {CSharp.Literal(operation.OperationId)};");

        // The runtime's request keeps the call's operation id and limits in fields: no options dictionary per call.
        writer.WriteLine($"{(disposeRequest ? "using " : string.Empty)}var {locals.Request} = {KnownTypes.ApiCalls}.CreateRequest({HttpMethodExpression(operation.HttpMethod)}, {RouteField(operation)});");
        var hasQuery = operation.Parameters.Any(p => p.In is ParameterLocation.Query or ParameterLocation.QueryString) || UsesQueryApiKey(json.Spec, operation);
        if (hasQuery)
        {
            writer.WriteLine($"var {locals.Query} = new {KnownTypes.ApiQueryBuilder}();");
            foreach (var parameter in operation.Parameters.Where(p => p.In is ParameterLocation.Query or ParameterLocation.QueryString))
            {
                ParameterWriter.WriteQuery(writer, json, parameter, locals);
            }
        }

        var secured = SecurityWriter.Write(writer, json.Spec, operation, locals, clientPrefix);
        var path = PathExpression(operation);
        var pathAndQuery = hasQuery ? $"{locals.Query}.ToString({path})" : path;
        var headers = operation.Parameters.Where(p => p.In is ParameterLocation.Header or ParameterLocation.Cookie).ToList();
        foreach (var parameter in headers)
        {
            ParameterWriter.WriteHeaderOrCookie(writer, json, parameter, locals);
        }

        if (operation.Body is { } requestBody)
        {
            BodyWriter.Write(writer, json, requestBody, locals);
        }

        // One blank line before the send: after the headers and body, or after the query when the security wrote none.
        if (headers.Count > 0 || operation.Body is not null || !secured)
        {
            writer.WriteLine();
        }

        // The Accept value comes from the spec's media types; it is added without re-parsing, which costs on every call.
        var acceptLiteral = accept is null ? "null" : CSharp.Literal(accept);
        return $"{locals.Request}, {pathAndQuery}, {acceptLiteral}, {locals.OperationId}, {locals.RequestOptions}";
    }


    /// <summary>Writes the method's docs, attributes and signature (ending at the closing parenthesis) for the client or its interface.</summary>
    /// <param name="modifiers">What precedes the return type: <c>public async </c> on the client, nothing on the interface.</param>
    /// <param name="kind">Which of the operation's methods: the plain one, <c>{Name}WithResponseAsync</c> (returning an <c>ApiResponse</c> and taking per-call options) or <c>{Name}StreamAsync</c>.</param>
    public static void WriteDeclaration(SourceWriter writer, JsonTypes json, OperationModel operation, string modifiers, string terminator = "", MethodKind kind = MethodKind.Plain)
    {
        var result = operation.Result;
        var method = operation.Method(kind)!;
        var returnType = kind switch
        {
            MethodKind.Stream => $"{KnownTypes.IAsyncEnumerable}<{json.TypeOf(result.EventType!)}>",
            _ when result.Type is null => kind == MethodKind.Plain ? KnownTypes.Task : $"{KnownTypes.Task}<{KnownTypes.ApiResponse}>",
            MethodKind.Plain => $"{KnownTypes.Task}<{ValueTypeOf(json, result)}>",
            _ => $"{KnownTypes.Task}<{KnownTypes.ApiResponse}<{ValueTypeOf(json, result)}>>",
        };
        // Docs once: in full on the interface's plain method; its twins there inherit them and say only what differs;
        // the client's methods inherit the interface's.
        if (modifiers.Length > 0)
        {
            writer.WriteLine("/// <inheritdoc/>");
        }
        else if (kind == MethodKind.Plain)
        {
            WriteDocs(writer, operation, result);
        }
        else
        {
            WriteTwinDocs(writer, operation, result, kind, method.RequestOptions!);
        }

        if (operation.IsDeprecated)
        {
            writer.WriteLine(ConstraintAttributes.Obsolete("The operation " + operation.OperationId, operation.Sunset));
        }

        // The constraint attributes once, on the interface: the call-site analyzer reads a client method's rules there.
        var signature = ParameterList(json, operation, method, withDefaults: true, withAttributes: modifiers.Length == 0);
        WriteSignature(writer, $"{modifiers}{returnType} {method.Name}(", signature, terminator);
    }

    /// <summary>
    /// The declarations of <paramref name="method"/>'s parameters, in the order the binder gave them: the operation's own
    /// (required, body, optional), then the per-call options and the cancellation token when the method takes them.
    /// </summary>
    internal static List<string> ParameterList(JsonTypes json, OperationModel operation, MethodSpec method, bool withDefaults, bool withAttributes)
    {
        string Attributes(ParameterSpec p) => withAttributes ? ConstraintAttributes.ForParameter(p) : string.Empty;
        var optional = withDefaults ? " = null" : string.Empty;
        var signature = new List<string>(method.Parameters.Count);
        foreach (var parameter in method.Parameters)
        {
            var name = CSharp.Identifier(parameter.Name);
            switch (parameter.Role)
            {
                case MethodParameterRole.Required:
                    var required = ParameterOf(operation, parameter);
                    signature.Add($"{Attributes(required)}{json.TypeOf(required.Type)} {name}");
                    break;
                case MethodParameterRole.Fixed:
                    var fixedParameter = ParameterOf(operation, parameter);
                    var fixedDefault = withDefaults ? " = " + CSharp.Literal(fixedParameter.FixedValue!) : string.Empty;
                    signature.Add($"{Attributes(fixedParameter)}{json.TypeOf(fixedParameter.Type)} {name}{fixedDefault}");
                    break;
                case MethodParameterRole.Optional:
                    var optionalParameter = ParameterOf(operation, parameter);
                    signature.Add($"{Attributes(optionalParameter)}{json.TypeOf(optionalParameter.Type, nullable: true)} {name}{optional}");
                    break;
                case MethodParameterRole.Body:
                    var body = operation.Body!;
                    if (body.Kind == BodyKind.JsonSequence)
                    {
                        var items = $"{KnownTypes.IAsyncEnumerable}<{json.TypeOf(body.Type)}>";
                        signature.Add(body.IsRequired ? $"{items} {name}" : $"{items}? {name}{optional}");
                        break;
                    }

                    signature.Add(body.IsRequired
                        ? $"{json.TypeOf(body.Type, body.Type.IsNullable)} {name}"
                        : $"{json.TypeOf(body.Type, nullable: true)} {name}{optional}");
                    break;
                case MethodParameterRole.RequestOptions:
                    signature.Add($"{KnownTypes.ApiRequestOptions}? {name}{optional}");
                    break;
                default:
                    signature.Add($"{KnownTypes.CancellationToken} {name}{(withDefaults ? " = default" : string.Empty)}");
                    break;
            }
        }

        return signature;
    }

    /// <summary>The spec parameter a method parameter stands for.</summary>
    internal static ParameterSpec ParameterOf(OperationModel operation, MethodParameter parameter) =>
        operation.Parameters.First(p => p.Name == parameter.Name);

    /// <summary>The private generic method both shells of an operation with a value call: the plain method's name, generic.</summary>
    private static string SharedMethod(OperationModel operation) => operation.Method(MethodKind.Plain)!.Name;

    /// <summary>
    /// Writes <paramref name="opening"/> and the parameters: on one line when it is at most <see cref="MaxSignatureLength"/>
    /// characters; otherwise the parameters on the next line when that fits, else one parameter per line, the last closing the list.
    /// </summary>
    internal static void WriteSignature(SourceWriter writer, string opening, List<string> signature, string terminator)
    {
        var parameters = $"{string.Join(", ", signature)}){terminator}";
        if (opening.Length + parameters.Length <= MaxSignatureLength)
        {
            writer.WriteLine(opening + parameters);
            return;
        }

        writer.WriteLine(opening);
        writer.Indent();
        if (parameters.Length <= MaxSignatureLength)
        {
            writer.WriteLine(parameters);
            writer.Unindent();
            return;
        }

        for (var i = 0; i < signature.Count; i++)
        {
            writer.WriteLine(signature[i] + (i == signature.Count - 1 ? ")" + terminator : ","));
        }

        writer.Unindent();
    }

    /// <summary>The C# type of the operation's value: what the plain method returns and <c>ApiResponse&lt;T&gt;.Value</c> holds.</summary>
    public static string ValueTypeOf(JsonTypes json, ResultSpec result) =>
        json.TypeOf(result.Type!, result.Type!.IsNullable || result.MayBeEmpty);

    /// <summary>The names of the method's own parameters (before the options and the cancellation token), in declaration order.</summary>
    public static IEnumerable<string> SignatureOrder(MethodSpec method) =>
        method.Parameters.Where(p => p.Role is MethodParameterRole.Required or MethodParameterRole.Body or MethodParameterRole.Fixed or MethodParameterRole.Optional).Select(p => p.Name);

    private static void WriteDocs(SourceWriter writer, OperationModel operation, ResultSpec result)
    {
        DocComments.Summary(writer, operation.Summary ?? $"{operation.HttpMethod} {operation.Path}", operation.Description);
        foreach (var name in SignatureOrder(operation.Method(MethodKind.Plain)!))
        {
            DocComments.Param(writer, name, ParameterDocOf(operation, name));
        }

        DocComments.Param(writer, "cancellationToken", "Cancels the request.");
        DocComments.Returns(writer, result.Description);
        writer.WriteLine($"/// <exception cref=\"{KnownTypes.ApiException}\">The API answered with a status the description does not list as success.</exception>");
    }

    /// <summary>
    /// The docs of <c>{Name}WithResponseAsync</c> and <c>{Name}StreamAsync</c>: the plain method's (parameters included),
    /// but their own result, which also says what the per-call options are (a <c>param</c> tag of their own would make
    /// the compiler ask for every parameter's tag again).
    /// </summary>
    private static void WriteTwinDocs(SourceWriter writer, OperationModel operation, ResultSpec result, MethodKind kind, string requestOptions)
    {
        writer.WriteLine($"/// <inheritdoc cref=\"{operation.Method(MethodKind.Plain)!.Name}\" path=\"/*[not(self::returns)]\"/>");
        var value = kind == MethodKind.Stream
            ? result.StreamFormat == StreamFormat.JsonSequence
                ? "Each item of the response's sequence of JSON texts, as it arrives."
                : "The data of each event of the response's event stream, as it arrives; an event whose data is [DONE] ends it."
            : "The response's status code, headers and request id" + (result.Type is null ? "." : ", with its body as Value.");
        writer.WriteLine($"/// <returns>{value} <paramref name=\"{requestOptions}\"/>: options for this call only (extra headers, a timeout, an idempotency key).</returns>");
    }

    /// <summary>The doc text of the operation's parameter (or body) <paramref name="name"/>.</summary>
    internal static string ParameterDocOf(OperationModel operation, string name) =>
        operation.Body is { } body && body.Name == name
            ? (body.Description ?? (body.Kind == BodyKind.JsonSequence ? "The items, each written as one JSON text of the sequence while the request is sent." : "The request body."))
                + (body.Example is null ? string.Empty : " Example: " + body.Example)
            : ParameterText(operation.Parameters.First(p => p.Name == name));

    internal static string ParameterText(ParameterSpec parameter)
    {
        var text = parameter.Description ?? $"The {parameter.In.ToString().ToLowerInvariant()} parameter '{parameter.WireName}'.";
        if (parameter.IsRequired && parameter.FixedValue is { } only)
        {
            return $"{text} Always {only}, the one value the API allows; set for you.";
        }

        return parameter.DefaultValue is { Kind: not ConstantKind.Null } value && !parameter.IsRequired
            ? $"{text} When omitted, the API uses {value.Text}."
            : text;
    }

    private static void WriteArgumentChecks(SourceWriter writer, OperationModel operation)
    {
        var wrote = false;
        foreach (var parameter in operation.Parameters.Where(p => p.IsRequired && !p.Type.IsNullable && !p.Type.IsStruct))
        {
            var name = CSharp.Identifier(parameter.Name);
            writer.WriteLine(parameter.In == ParameterLocation.Path && parameter.Type.Kind == TypeKind.String
                ? $"{KnownTypes.ArgumentException}.ThrowIfNullOrEmpty({name});"
                : $"{KnownTypes.ArgumentNullException}.ThrowIfNull({name});");
            wrote = true;
        }

        if (operation.Body is { IsRequired: true } body && (body.Kind == BodyKind.JsonSequence || (!body.Type.IsNullable && !body.Type.IsStruct)))
        {
            writer.WriteLine($"{KnownTypes.ArgumentNullException}.ThrowIfNull({CSharp.Identifier(body.Name)});");
            wrote = true;
        }

        if (wrote)
        {
            writer.WriteLine();
        }
    }

    private static bool UsesQueryApiKey(ClientModel spec, OperationModel operation) =>
        operation.Security.SelectMany(r => r.SchemeNames)
            .Any(name => spec.SecuritySchemes.Any(s => s.SchemeName == name && s.Kind == SecuritySchemeKind.ApiKey && s.ParameterLocation == ParameterLocation.Query));

    private static string HttpMethodExpression(string method) => method switch
    {
        "GET" => $"{KnownTypes.HttpMethod}.Get",
        "POST" => $"{KnownTypes.HttpMethod}.Post",
        "PUT" => $"{KnownTypes.HttpMethod}.Put",
        "PATCH" => $"{KnownTypes.HttpMethod}.Patch",
        "DELETE" => $"{KnownTypes.HttpMethod}.Delete",
        "HEAD" => $"{KnownTypes.HttpMethod}.Head",
        "OPTIONS" => $"{KnownTypes.HttpMethod}.Options",
        "TRACE" => $"{KnownTypes.HttpMethod}.Trace",
        _ => $"new {KnownTypes.HttpMethod}({CSharp.Literal(method)})",
    };

    /// <summary>The path as a concatenation of literal text and escaped parameter values.</summary>
    private static string PathExpression(OperationModel operation)
    {
        var parts = new List<string>();
        var path = operation.Path;
        var position = 0;
        while (position < path.Length)
        {
            var open = path.IndexOf('{', position);
            var close = open < 0 ? -1 : path.IndexOf('}', open);
            if (open < 0 || close < 0)
            {
                parts.Add(CSharp.Literal(path.Substring(position)));
                break;
            }

            if (open > position)
            {
                parts.Add(CSharp.Literal(path.Substring(position, open - position)));
            }

            var wireName = path.Substring(open + 1, close - open - 1);
            var parameter = operation.Parameters.FirstOrDefault(p => p.In == ParameterLocation.Path && p.WireName == wireName);
            parts.Add(parameter is null ? CSharp.Literal(path.Substring(open, close - open + 1)) : ParameterWriter.PathValue(parameter));
            position = close + 1;
        }

        return parts.Count == 0 ? "\"\"" : string.Join(" + ", parts);
    }
}
