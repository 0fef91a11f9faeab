using System.Collections.Generic;
using System.Linq;
using SpecClient.Generator.Emitting.Json;
using SpecClient.Generator.Emitting.Operations;
using SpecClient.Generator.Emitting.Syntax;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Emitting.Files;

/// <summary>Writes the partial client class: construction, extension hooks, groups, and one method per operation.</summary>
internal static class ClientEmitter
{
    /// <summary>The member groups (first tags) in first-use order, when the client groups operations by tag.</summary>
    public static IReadOnlyList<GroupSpec> GroupsOf(ClientModel spec) => spec.Groups;

    /// <summary>The docs of a group: the tag it stands for, and the tag's summary when it has one.</summary>
    public static string GroupDoc(GroupSpec group) =>
        $"Operations tagged <c>{DocComments.Escape(group.Tag)}</c>{(group.Summary is { } summary ? ": " + DocComments.Escape(summary) : ".")}";

    /// <summary>A group's property and its explicit implementation of <paramref name="owner"/>'s (the client's interface or the parent group's).</summary>
    private static void WriteGroupProperty(SourceWriter writer, JsonTypes json, GroupSpec group, string owner)
    {
        writer.WriteLine($"/// <summary>{GroupDoc(group)}</summary>");
        writer.WriteLine($"public {CSharp.Identifier(group.ClassName)} {CSharp.Identifier(group.PropertyName)} {{ get; }}");
        writer.WriteLine();
        writer.WriteLine($"{json.Qualified(json.Names.Interface)}.{CSharp.Identifier(group.InterfaceName)} {owner}.{CSharp.Identifier(group.PropertyName)} => {CSharp.Identifier(group.PropertyName)};");
    }

    public static string Write(JsonTypes json)
    {
        var spec = json.Spec;
        var writer = new SourceWriter();
        var access = FileHeader.Accessibility(spec.Accessibility);
        var credentials = json.Qualified(json.Names.Credentials);
        FileHeader.Write(writer, spec);

        DocComments.Summary(writer, spec.Title is null ? $"Client for the API described in {System.IO.Path.GetFileName(spec.SpecPath)}." : $"Client for {spec.Title}.", spec.Description);
        writer.WriteLine(FileHeader.GeneratedCodeAttribute);
        writer.OpenBlock($"{access} partial class {spec.ClassName} : {json.Qualified(json.Names.Interface)}");
        if (spec.DefaultBaseUrl is not null && (spec.ServerName is not null || spec.SelfUrl is not null))
        {
            // OpenAPI 3.2: the server's name, and the document URL ($self) a relative server URL is resolved against.
            var named = spec.ServerName is null ? string.Empty : $" (the server '{spec.ServerName}')";
            var self = spec.SelfUrl is null ? null : $"Relative server URLs are resolved against the document's $self, {spec.SelfUrl}.";
            DocComments.Summary(writer, $"The first server URL of the API description{named}; used when the HttpClient has no BaseAddress.", self);
        }
        else
        {
            writer.WriteLine(spec.DefaultBaseUrl is null
                ? "/// <summary>Empty: the API description names no server, so the HttpClient's BaseAddress (or the options' BaseAddress) must be set.</summary>"
                : "/// <summary>The first server URL of the API description; used when the HttpClient has no BaseAddress.</summary>");
        }
        writer.WriteLine($"public const string DefaultBaseUrl = {CSharp.Literal(spec.DefaultBaseUrl ?? string.Empty)};");
        writer.WriteLine();
        writer.WriteLine("/// <summary>The name of this client's <c>ActivitySource</c> (one span per call) and <c>Meter</c> (<c>http.client.request.duration</c>): <c>AddSource</c> and <c>AddMeter</c> it.</summary>");
        writer.WriteLine($"public const string TelemetryName = {CSharp.Literal(spec.Namespace + "." + spec.ClassName)};");
        writer.WriteLine();
        writer.WriteLine($"private static readonly {KnownTypes.ApiClientTelemetry} {OperationWriter.TelemetryField} = {KnownTypes.ApiClientTelemetry}.For(TelemetryName);");
        writer.WriteLine();
        writer.WriteLine($"private readonly {KnownTypes.HttpClient} _httpClient;");
        writer.WriteLine($"private readonly {credentials}? _credentials;");
        foreach (var scheme in spec.SecuritySchemes.Where(s => s.RunsClientCredentials))
        {
            writer.WriteLine($"private readonly {KnownTypes.ApiClientCredentialsTokens}? {CredentialsEmitter.TokensField(scheme)};");
        }

        writer.WriteLine();
        writer.WriteLine("/// <summary>Creates a client that sends through <paramref name=\"httpClient\"/>; authentication is whatever it already sends.</summary>");
        writer.WriteLine("/// <param name=\"httpClient\">Its BaseAddress, when set, wins over <see cref=\"DefaultBaseUrl\"/>.</param>");
        writer.WriteLine($"public {spec.ClassName}({KnownTypes.HttpClient} httpClient) : this(httpClient, null) {{ }}");
        writer.WriteLine();
        writer.WriteLine("/// <summary>Creates a client that sends through <paramref name=\"httpClient\"/> and authenticates with <paramref name=\"credentials\"/>.</summary>");
        writer.WriteLine("/// <param name=\"httpClient\">Its BaseAddress, when set, wins over <see cref=\"DefaultBaseUrl\"/>.</param>");
        writer.WriteLine("/// <param name=\"credentials\">Credentials for the API's security schemes; null sends none.</param>");
        writer.OpenBlock($"public {spec.ClassName}({KnownTypes.HttpClient} httpClient, {credentials}? credentials)");
        writer.WriteLine($"{KnownTypes.ArgumentNullException}.ThrowIfNull(httpClient);");
        writer.WriteLine("_httpClient = httpClient;");
        writer.WriteLine("_credentials = credentials;");
        foreach (var scheme in spec.SecuritySchemes.Where(s => s.RunsClientCredentials))
        {
            // One token source per credentials object: every call of every client built from it shares its tokens.
            writer.WriteLine($"{CredentialsEmitter.TokensField(scheme)} = {KnownTypes.ApiClientCredentialsTokens}.Create(httpClient, DefaultBaseUrl, {CSharp.Literal(scheme.ClientCredentialsTokenUrl!)}, "
                + $"credentials?.{CSharp.Identifier(scheme.ClientIdName!)}, credentials?.{CSharp.Identifier(scheme.ClientSecretName!)}, credentials?.{CSharp.Identifier(scheme.ClientAuthenticationName!)}, credentials);");
        }

        var groups = GroupsOf(spec);
        foreach (var group in groups.Where(g => g.Parent is null))
        {
            writer.WriteLine($"{CSharp.Identifier(group.PropertyName)} = new {CSharp.Identifier(group.ClassName)}(this);");
        }

        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("/// <summary>The HttpClient every request goes through.</summary>");
        writer.WriteLine($"public {KnownTypes.HttpClient} HttpClient => _httpClient;");
        writer.WriteLine();
        var options = json.Qualified(json.Names.Options);
        writer.WriteLine("/// <summary>Creates a client without dependency injection: retries, backoff and timeouts from <paramref name=\"options\"/>, the same as the DI registration. Create it once and reuse it.</summary>");
        writer.WriteLine("/// <param name=\"options\">Base address, credentials, timeouts and retries; they are validated.</param>");
        writer.WriteLine("/// <param name=\"primaryHandler\">The handler that sends (a pooled <c>SocketsHttpHandler</c> when null); it is disposed with <see cref=\"HttpClient\"/>.</param>");
        writer.WriteLine("/// <returns>The client.</returns>");
        writer.WriteLine("/// <exception cref=\"global::System.ArgumentException\"><paramref name=\"options\"/> is invalid; the message never contains a credential.</exception>");
        writer.OpenBlock($"public static {spec.ClassName} Create({options} options, global::System.Net.Http.HttpMessageHandler? primaryHandler = null)");
        writer.WriteLine($"{KnownTypes.ArgumentNullException}.ThrowIfNull(options);");
        writer.WriteLine("options.ThrowIfInvalid();");
        writer.WriteLine($"return new {spec.ClassName}({KnownTypes.ApiHttpClientFactory}.Create(options, DefaultBaseUrl, primaryHandler), options.Credentials);");
        writer.CloseBlock();
        foreach (var group in groups.Where(g => g.Parent is null))
        {
            writer.WriteLine();
            WriteGroupProperty(writer, json, group, json.Qualified(json.Names.Interface));
        }

        writer.WriteLine();
        writer.WriteLine("/// <summary>Called with each request just before it is sent; implement it in your half of the partial class.</summary>");
        writer.WriteLine($"partial void OnPreparingRequest({KnownTypes.HttpRequestMessage} request, string operationId);");
        writer.WriteLine();
        writer.WriteLine("/// <summary>Called with each response before it is read; implement it in your half of the partial class.</summary>");
        writer.WriteLine($"partial void OnResponseReceived({KnownTypes.HttpResponseMessage} response, string operationId);");
        writer.WriteLine();
        // What every operation does last to its request, once here instead of in each operation.
        writer.WriteLine("/// <summary>Sets the request's URI (against the HttpClient's BaseAddress or <see cref=\"DefaultBaseUrl\"/>) and Accept header, calls <see cref=\"OnPreparingRequest\"/>, and sends it.</summary>");
        writer.WriteLine($"private {KnownTypes.Task}<{KnownTypes.HttpResponseMessage}> {OperationWriter.SendMethod}(");
        writer.WriteLine($"    {KnownTypes.HttpRequestMessage} request, string pathAndQuery, string? accept, string operationId, {KnownTypes.ApiRequestOptions}? requestOptions, {KnownTypes.CancellationToken} cancellationToken)");
        writer.OpenBlock();
        writer.WriteLine($"request.RequestUri = {KnownTypes.ApiUri}.Create(_httpClient.BaseAddress, DefaultBaseUrl, pathAndQuery);");
        writer.OpenBlock("if (accept is not null)");
        writer.WriteLine("request.Headers.TryAddWithoutValidation(\"Accept\", accept);");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("OnPreparingRequest(request, operationId);");
        writer.WriteLine($"return {KnownTypes.ApiCalls}.SendAsync(_httpClient, request, operationId, requestOptions, cancellationToken);");
        writer.CloseBlock();
        WriteCallMethods(writer);

        foreach (var operation in spec.Operations.Where(o => o.Group is null))
        {
            writer.WriteLine();
            OperationWriter.Write(writer, json, operation, clientPrefix: string.Empty);
        }

        foreach (var group in groups)
        {
            writer.WriteLine();
            writer.WriteLine($"/// <summary>{GroupDoc(group)}</summary>");
            writer.WriteLine(FileHeader.GeneratedCodeAttribute);
            writer.OpenBlock($"public sealed partial class {CSharp.Identifier(group.ClassName)} : {json.Qualified(json.Names.Interface)}.{CSharp.Identifier(group.InterfaceName)}");
            writer.WriteLine($"private readonly {spec.ClassName} _client;");
            writer.WriteLine();
            var children = groups.Where(g => g.Parent == group.PropertyName).ToList();
            if (children.Count == 0)
            {
                writer.WriteLine($"internal {CSharp.Identifier(group.ClassName)}({spec.ClassName} client) => _client = client;");
            }
            else
            {
                // A tag's child tags (OpenAPI 3.2 parents) are groups inside this one.
                writer.OpenBlock($"internal {CSharp.Identifier(group.ClassName)}({spec.ClassName} client)");
                writer.WriteLine("_client = client;");
                foreach (var child in children)
                {
                    writer.WriteLine($"{CSharp.Identifier(child.PropertyName)} = new {CSharp.Identifier(child.ClassName)}(client);");
                }

                writer.CloseBlock();
                foreach (var child in children)
                {
                    writer.WriteLine();
                    WriteGroupProperty(writer, json, child, $"{json.Qualified(json.Names.Interface)}.{CSharp.Identifier(group.InterfaceName)}");
                }
            }

            foreach (var operation in spec.Operations.Where(o => o.Group == group.PropertyName))
            {
                writer.WriteLine();
                OperationWriter.Write(writer, json, operation, clientPrefix: "_client.");
            }

            writer.CloseBlock();
        }

        writer.CloseBlock();
        return writer.ToString();
    }

    /// <summary>
    /// Writes the two <see cref="OperationWriter.CallMethod"/> overloads: the one async method (and so the one state
    /// machine) the operations that read a JSON value, or no value, share: the request sent, the response handed to
    /// <c>OnResponseReceived</c>, then the value read on success or the typed exception thrown, both disposed at the end.
    /// </summary>
    private static void WriteCallMethods(SourceWriter writer)
    {
        var parameters = $"{KnownTypes.HttpRequestMessage} request, string pathAndQuery, string? accept, string operationId, {KnownTypes.ApiRequestOptions}? requestOptions";
        var errorType = $"{KnownTypes.Func}<int, {KnownTypes.JsonTypeInfo}?>? errorType";
        WriteCallMethod(
            writer,
            "and reads its JSON value",
            $"{KnownTypes.Task}<TResult> {OperationWriter.CallMethod}<T, TResult>(",
            new[] { parameters + ",", $"{KnownTypes.JsonTypeInfo}<T> typeInfo, {errorType}, {KnownTypes.Func}<{KnownTypes.HttpResponseMessage}, T, TResult> result" },
            $"result(response, await {KnownTypes.ApiHttp}.ReadJsonAsync(response, typeInfo, operationId, cancellationToken).ConfigureAwait(false))");
        WriteCallMethod(
            writer,
            "for its status and headers",
            $"{KnownTypes.Task}<{KnownTypes.ApiResponse}> {OperationWriter.CallMethod}(",
            new[] { $"{parameters}, {errorType}" },
            $"new {KnownTypes.ApiResponse}(response)");
    }

    /// <summary>
    /// Writes one <see cref="OperationWriter.CallMethod"/> overload, its parameters on the lines <paramref name="parameterLines"/>
    /// (the token follows the last), returning <paramref name="success"/> for a 2xx status.
    /// </summary>
    private static void WriteCallMethod(SourceWriter writer, string what, string opening, string[] parameterLines, string success)
    {
        writer.WriteLine();
        writer.WriteLine($"/// <summary>Sends a request an operation built {what}, or throws the typed exception (<paramref name=\"errorType\"/> names the error body's type for a status); disposes both.</summary>");
        writer.WriteLine($"private async {opening}");
        writer.Indent();
        for (var i = 0; i < parameterLines.Length; i++)
        {
            writer.WriteLine(i < parameterLines.Length - 1 ? parameterLines[i] : $"{parameterLines[i]}, {KnownTypes.CancellationToken} cancellationToken)");
        }

        writer.Unindent();
        writer.OpenBlock();
        writer.OpenBlock("using (request)");
        writer.WriteLine($"using var response = await {OperationWriter.SendMethod}(request, pathAndQuery, accept, operationId, requestOptions, cancellationToken).ConfigureAwait(false);");
        writer.WriteLine("OnResponseReceived(response, operationId);");
        writer.WriteLine("return response.IsSuccessStatusCode");
        writer.WriteLine($"    ? {success}");
        writer.WriteLine($"    : throw await {KnownTypes.ApiHttp}.CreateExceptionAsync(response, operationId, errorType?.Invoke((int)response.StatusCode), cancellationToken).ConfigureAwait(false);");
        writer.CloseBlock();
        writer.CloseBlock();
    }
}
