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

    public const string ApiHttp = "global::SpecClient.Internal.ApiHttp";
    public const string ApiUri = "global::SpecClient.Internal.ApiUri";
    public const string ApiPath = "global::SpecClient.Internal.ApiPath";
    public const string ApiQueryBuilder = "global::SpecClient.Internal.ApiQueryBuilder";
    public const string QueryStyle = "global::SpecClient.Internal.QueryStyle";
    public const string ApiWire = "global::SpecClient.Internal.ApiWire";
    public const string ApiHeaders = "global::SpecClient.Internal.ApiHeaders";
    public const string ApiSecurity = "global::SpecClient.Internal.ApiSecurity";
    public const string ApiContent = "global::SpecClient.Internal.ApiContent";
    public const string ApiJson = "global::SpecClient.Internal.ApiJson";
    public const string ApiException = "global::SpecClient.ApiException";
    public const string ApiResponse = "global::SpecClient.ApiResponse";
    public const string ApiRequestOptions = "global::SpecClient.ApiRequestOptions";
    public const string ApiCalls = "global::SpecClient.Internal.ApiCalls";
    public const string ApiEventStream = "global::SpecClient.Internal.ApiEventStream";
    public const string TaskAsyncEnumerableExtensions = "global::System.Threading.Tasks.TaskAsyncEnumerableExtensions";
    public const string IAsyncEnumerable = "global::System.Collections.Generic.IAsyncEnumerable";
    public const string EnumeratorCancellation = "global::System.Runtime.CompilerServices.EnumeratorCancellation";
    public const string BasicCredentials = "global::SpecClient.BasicCredentials";
    public const string ApiClientOptions = "global::SpecClient.ApiClientOptions";
    public const string ApiHttpClientFactory = "global::SpecClient.Internal.ApiHttpClientFactory";
    public const string ApiResilienceHandler = "global::SpecClient.ApiResilienceHandler";
    public const string JsonListConverter = "global::SpecClient.Internal.JsonListConverter";
    public const string JsonMapConverter = "global::SpecClient.Internal.JsonMapConverter";
    public const string JsonNullableConverter = "global::SpecClient.Internal.JsonNullableConverter";
    public const string JsonStreamConverter = "global::SpecClient.Internal.JsonStreamConverter";
}
