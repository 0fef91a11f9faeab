namespace SpecClient.Generator.Emitting.Syntax;

/// <summary>Fully qualified names the emitted code uses, in one place.</summary>
internal static class KnownTypes
{
    public const string Task = "global::System.Threading.Tasks.Task";
    public const string CancellationToken = "global::System.Threading.CancellationToken";
    public const string HttpClient = "global::System.Net.Http.HttpClient";
    public const string HttpRequestMessage = "global::System.Net.Http.HttpRequestMessage";
    public const string HttpResponseMessage = "global::System.Net.Http.HttpResponseMessage";
    public const string HttpMethod = "global::System.Net.Http.HttpMethod";
    public const string Stream = "global::System.IO.Stream";
    public const string Type = "global::System.Type";
    public const string Exception = "global::System.Exception";
    public const string ArgumentNullException = "global::System.ArgumentNullException";
    public const string ArgumentException = "global::System.ArgumentException";
    public const string IReadOnlyList = "global::System.Collections.Generic.IReadOnlyList";
    public const string IReadOnlyDictionary = "global::System.Collections.Generic.IReadOnlyDictionary";
    public const string Dictionary = "global::System.Collections.Generic.Dictionary";
    public const string List = "global::System.Collections.Generic.List";
    public const string KeyValuePair = "global::System.Collections.Generic.KeyValuePair";
    public const string Enumerable = "global::System.Linq.Enumerable";
    public const string GeneratedCode = "global::System.CodeDom.Compiler.GeneratedCode";
    public const string Obsolete = "global::System.Obsolete";
    public const string DebuggerDisplay = "global::System.Diagnostics.DebuggerDisplay";
    public const string SetsRequiredMembers = "global::System.Diagnostics.CodeAnalysis.SetsRequiredMembers";

    public const string JsonElement = "global::System.Text.Json.JsonElement";
    public const string JsonEncodedText = "global::System.Text.Json.JsonEncodedText";
    public const string Utf8JsonReader = "global::System.Text.Json.Utf8JsonReader";
    public const string Utf8JsonWriter = "global::System.Text.Json.Utf8JsonWriter";
    public const string JsonTokenType = "global::System.Text.Json.JsonTokenType";
    public const string JsonSerializerOptions = "global::System.Text.Json.JsonSerializerOptions";
    public const string JsonConverter = "global::System.Text.Json.Serialization.JsonConverter";
    public const string JsonConverterAttribute = "global::System.Text.Json.Serialization.JsonConverter";
    public const string JsonPropertyName = "global::System.Text.Json.Serialization.JsonPropertyName";
    public const string JsonTypeInfo = "global::System.Text.Json.Serialization.Metadata.JsonTypeInfo";
    public const string IJsonTypeInfoResolver = "global::System.Text.Json.Serialization.Metadata.IJsonTypeInfoResolver";
    public const string JsonMetadataServices = "global::System.Text.Json.Serialization.Metadata.JsonMetadataServices";

    public const string ApiHttp = "global::SpecClient.ApiHttp";
    public const string ApiUri = "global::SpecClient.ApiUri";
    public const string ApiPath = "global::SpecClient.ApiPath";
    public const string ApiQueryBuilder = "global::SpecClient.ApiQueryBuilder";
    public const string QueryStyle = "global::SpecClient.QueryStyle";
    public const string ApiWire = "global::SpecClient.ApiWire";
    public const string ApiHeaders = "global::SpecClient.ApiHeaders";
    public const string ApiSecurity = "global::SpecClient.ApiSecurity";
    public const string ApiContent = "global::SpecClient.ApiContent";
    public const string ApiJson = "global::SpecClient.ApiJson";
    public const string ApiException = "global::SpecClient.ApiException";
    public const string ApiSchema = "global::SpecClient.ApiSchema";
    public const string ApiValidation = "global::SpecClient.Internal.ApiValidation";
    public const string BasicCredentials = "global::SpecClient.BasicCredentials";
    public const string ApiClientOptions = "global::SpecClient.ApiClientOptions";
    public const string ApiHttpClientFactory = "global::SpecClient.ApiHttpClientFactory";
    public const string ApiResilienceHandler = "global::SpecClient.ApiResilienceHandler";
    public const string JsonListConverter = "global::SpecClient.JsonListConverter";
    public const string JsonMapConverter = "global::SpecClient.JsonMapConverter";
    public const string JsonNullableConverter = "global::SpecClient.JsonNullableConverter";
    public const string JsonStreamConverter = "global::SpecClient.JsonStreamConverter";
}
