using SpecClient.Generator.Emitting.Json;
using SpecClient.Generator.Emitting.Syntax;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Emitting.Files;

/// <summary>
/// Writes <c>{ClassName}ServiceCollectionExtensions.Add{ClassName}</c>, emitted only when the consuming compilation
/// references Microsoft.Extensions.Http: a typed client through <c>IHttpClientFactory</c> whose handler chain runs the
/// runtime's Polly pipeline, options read from configuration without reflection and validated at start-up.
/// </summary>
internal static class DependencyInjectionEmitter
{
    private const string Services = "global::Microsoft.Extensions.DependencyInjection.IServiceCollection";
    private const string Builder = "global::Microsoft.Extensions.DependencyInjection.IHttpClientBuilder";
    private const string Configuration = "global::Microsoft.Extensions.Configuration.IConfiguration";
    private const string OptionsOf = "global::Microsoft.Extensions.Options.IOptions";

    /// <param name="json">The client's types.</param>
    /// <param name="queryFreeLogs">Whether the project's Microsoft.Extensions.Http is 8.x, which logs the query (see <see cref="EmitOptions"/>).</param>
    public static string Write(JsonTypes json, bool queryFreeLogs)
    {
        var spec = json.Spec;
        var writer = new SourceWriter();
        var access = FileHeader.Accessibility(spec.Accessibility);
        var client = json.Qualified(spec.ClassName);
        var options = json.Qualified(json.Names.Options);
        var optionsName = json.Names.Options;
        var method = json.Names.AddMethod;
        FileHeader.Write(writer, spec);
        writer.WriteLine($"/// <summary>Registers <see cref=\"{spec.ClassName}\"/> (and <see cref=\"{json.Names.Interface}\"/>) with dependency injection.</summary>");
        writer.WriteLine(FileHeader.GeneratedCodeAttribute);
        writer.OpenBlock($"{access} static partial class {json.Names.ServiceCollectionExtensions}");
        writer.WriteLine($"/// <summary>The name of the <see cref=\"global::System.Net.Http.HttpClient\"/> that <c>{method}</c> registers with <c>IHttpClientFactory</c>.</summary>");
        writer.WriteLine($"public const string HttpClientName = {CSharp.Literal(spec.Namespace + "." + spec.ClassName)};");
        writer.WriteLine();
        writer.WriteLine($"/// <summary>Registers <see cref=\"{spec.ClassName}\"/> as a typed client, with <see cref=\"{optionsName}\"/> read from <paramref name=\"configuration\"/> (for example <c>configuration.GetSection(\"{DocComments.Escape(spec.ClassName)}\")</c>).</summary>");
        writer.WriteLine("/// <param name=\"services\">The services.</param>");
        writer.WriteLine("/// <param name=\"configuration\">The configuration section holding the options' keys (<c>BaseAddress</c>, the credential, <c>Timeout</c>, ...). It is read by generated code, without reflection.</param>");
        writer.WriteLine("/// <returns>The builder of the client's HttpClient, to add handlers of your own.</returns>");
        writer.OpenBlock($"public static {Builder} {method}(this {Services} services, {Configuration} configuration)");
        writer.WriteLine($"{KnownTypes.ArgumentNullException}.ThrowIfNull(configuration);");
        writer.WriteLine($"return {method}(services, options => options.ReadFrom(key => configuration[key]));");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine($"/// <summary>Registers <see cref=\"{spec.ClassName}\"/> as a typed client through <c>IHttpClientFactory</c>, with retries and timeouts from <see cref=\"{optionsName}\"/>, validated when the host starts.</summary>");
        writer.WriteLine("/// <param name=\"services\">The services.</param>");
        writer.WriteLine("/// <param name=\"configure\">Sets the options.</param>");
        writer.WriteLine("/// <returns>The builder of the client's HttpClient, to add handlers of your own.</returns>");
        writer.OpenBlock($"public static {Builder} {method}(this {Services} services, global::System.Action<{options}> configure)");
        writer.WriteLine($"{KnownTypes.ArgumentNullException}.ThrowIfNull(services);");
        writer.WriteLine($"{KnownTypes.ArgumentNullException}.ThrowIfNull(configure);");
        writer.WriteLine($"global::Microsoft.Extensions.DependencyInjection.OptionsBuilderExtensions.ValidateOnStart(global::Microsoft.Extensions.DependencyInjection.OptionsServiceCollectionExtensions.AddOptions<{options}>(services).Configure(configure));");
        writer.WriteLine("foreach (var descriptor in services)");
        writer.OpenBlock();
        writer.WriteLine("if (descriptor.ImplementationType == typeof(OptionsValidator))");
        writer.OpenBlock();
        writer.WriteLine("// Registered before: the options gain this configuration, the handler chain stays single (no doubled retries).");
        writer.WriteLine("return global::Microsoft.Extensions.DependencyInjection.HttpClientFactoryServiceCollectionExtensions.AddHttpClient(services, HttpClientName);");
        writer.CloseBlock();
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine($"global::Microsoft.Extensions.DependencyInjection.Extensions.ServiceCollectionDescriptorExtensions.TryAddEnumerable(services, global::Microsoft.Extensions.DependencyInjection.ServiceDescriptor.Singleton<global::Microsoft.Extensions.Options.IValidateOptions<{options}>, OptionsValidator>());");
        writer.WriteLine($"var builder = global::Microsoft.Extensions.DependencyInjection.HttpClientFactoryServiceCollectionExtensions.AddHttpClient(services, HttpClientName, static (serviceProvider, httpClient) =>");
        writer.WriteLine($"    {KnownTypes.ApiHttpClientFactory}.Configure(httpClient, GetOptions(serviceProvider), {client}.DefaultBaseUrl));");
        writer.WriteLine("// Retries and timeouts (Polly) around every attempt; IHttpClientFactory's own logging never shows header values.");
        writer.WriteLine($"global::Microsoft.Extensions.DependencyInjection.HttpClientBuilderExtensions.AddHttpMessageHandler(builder, static serviceProvider => new {KnownTypes.ApiResilienceHandler}(GetOptions(serviceProvider)));");
        writer.WriteLine("global::Microsoft.Extensions.DependencyInjection.HttpClientBuilderExtensions.RedactLoggedHeaders(builder, static _ => true);");
        if (queryFreeLogs)
        {
            // Microsoft.Extensions.Http 8.x logs each request's whole URI, query included, where an API key may stand:
            // its loggers give way to one that logs the same events with the URI cut before the query.
            writer.WriteLine("global::Microsoft.Extensions.DependencyInjection.HttpClientBuilderExtensions.RemoveAllLoggers(builder);");
            writer.WriteLine("global::Microsoft.Extensions.DependencyInjection.HttpClientBuilderExtensions.AddLogger(builder, static serviceProvider => new RequestLogger(global::Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<global::Microsoft.Extensions.Logging.ILoggerFactory>(serviceProvider).CreateLogger(\"System.Net.Http.HttpClient.\" + HttpClientName + \".LogicalHandler\")), wrapHandlersPipeline: true);");
        }

        writer.WriteLine($"global::Microsoft.Extensions.DependencyInjection.HttpClientBuilderExtensions.AddTypedClient<{client}>(builder, static (httpClient, serviceProvider) => new {client}(httpClient, GetOptions(serviceProvider).Credentials));");
        writer.WriteLine($"// The interface resolves to the typed client, so code that depends on {json.Names.Interface} gets the typed client, configured the same way.");
        writer.WriteLine($"global::Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddTransient<{json.Qualified(json.Names.Interface)}>(services, static serviceProvider => global::Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<{client}>(serviceProvider));");
        writer.WriteLine("return builder;");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine($"private static {options} GetOptions(global::System.IServiceProvider serviceProvider) =>");
        writer.WriteLine($"    global::Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<{OptionsOf}<{options}>>(serviceProvider).Value;");
        writer.WriteLine();
        if (queryFreeLogs)
        {
            WriteRequestLogger(writer);
            writer.WriteLine();
        }

        writer.WriteLine($"private sealed class OptionsValidator : global::Microsoft.Extensions.Options.IValidateOptions<{options}>");
        writer.OpenBlock();
        writer.OpenBlock($"public global::Microsoft.Extensions.Options.ValidateOptionsResult Validate(string? name, {options} options)");
        writer.WriteLine("var errors = options.Validate();");
        writer.WriteLine("return errors.Count == 0");
        writer.WriteLine("    ? global::Microsoft.Extensions.Options.ValidateOptionsResult.Success");
        writer.WriteLine($"    : global::Microsoft.Extensions.Options.ValidateOptionsResult.Fail({CSharp.Literal(optionsName + " (services." + method + ") is invalid: ")} + string.Join(\" \", errors));");
        writer.CloseBlock();
        writer.CloseBlock();
        writer.CloseBlock();
        return writer.ToString();
    }

    /// <summary>The logger <c>Add{ClassName}</c> puts in place of IHttpClientFactory's: its events, without the query.</summary>
    private static void WriteRequestLogger(SourceWriter writer)
    {
        const string Logging = "global::Microsoft.Extensions.Logging";
        const string Message = "global::System.Net.Http.HttpRequestMessage";
        writer.WriteLine("/// <summary>Logs each request as IHttpClientFactory does, but its URI without the query, where an API key may stand.</summary>");
        writer.OpenBlock("private sealed class RequestLogger : global::Microsoft.Extensions.Http.Logging.IHttpClientLogger");
        writer.WriteLine($"private readonly {Logging}.ILogger _logger;");
        writer.WriteLine();
        writer.WriteLine($"public RequestLogger({Logging}.ILogger logger) => _logger = logger;");
        writer.WriteLine();
        writer.OpenBlock($"public object? LogRequestStart({Message} request)");
        writer.WriteLine($"{Logging}.LoggerExtensions.LogInformation(_logger, \"Start processing HTTP request {{HttpMethod}} {{Uri}}\", request.Method, WithoutQuery(request));");
        writer.WriteLine("return null;");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine($"public void LogRequestStop(object? context, {Message} request, global::System.Net.Http.HttpResponseMessage response, global::System.TimeSpan elapsed) =>");
        writer.WriteLine($"    {Logging}.LoggerExtensions.LogInformation(_logger, \"End processing HTTP request after {{ElapsedMilliseconds}}ms - {{StatusCode}}\", elapsed.TotalMilliseconds, (int)response.StatusCode);");
        writer.WriteLine();
        writer.WriteLine($"public void LogRequestFailed(object? context, {Message} request, global::System.Net.Http.HttpResponseMessage? response, global::System.Exception exception, global::System.TimeSpan elapsed) =>");
        writer.WriteLine($"    {Logging}.LoggerExtensions.LogWarning(_logger, exception, \"HTTP request {{HttpMethod}} {{Uri}} failed after {{ElapsedMilliseconds}}ms\", request.Method, WithoutQuery(request), elapsed.TotalMilliseconds);");
        writer.WriteLine();
        // From the text, not GetComponents: the client's URIs keep their path as written (no canonicalization), which
        // GetComponents refuses; the host part never carries user info.
        writer.OpenBlock($"private static string? WithoutQuery({Message} request)");
        writer.OpenBlock("if (request.RequestUri is not { IsAbsoluteUri: true } uri)");
        writer.WriteLine("return null;");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("var text = uri.OriginalString;");
        writer.WriteLine("var end = text.IndexOfAny(new[] { '?', '#' });");
        writer.WriteLine("text = end < 0 ? text : text.Substring(0, end);");
        writer.WriteLine("var path = text.IndexOf('/', text.IndexOf(\"://\", global::System.StringComparison.Ordinal) + 3);");
        writer.WriteLine("return uri.Scheme + \"://\" + uri.Host + (uri.IsDefaultPort ? string.Empty : \":\" + uri.Port.ToString(global::System.Globalization.CultureInfo.InvariantCulture)) + (path < 0 ? \"/\" : text.Substring(path));");
        writer.CloseBlock();
        writer.CloseBlock();
    }
}
