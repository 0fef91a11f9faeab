namespace SpecClient.Generator.Emitting.Syntax;

/// <summary>Fully qualified names the emitted code uses, in one place (System names through the <see cref="Aliases"/>).</summary>
internal static class KnownTypes
{
    public const string Task = "_s::Threading.Tasks.Task";
    public const string CancellationToken = "_s::Threading.CancellationToken";
    public const string HttpClient = "_s::Net.Http.HttpClient";
    public const string HttpRequestMessage = "_s::Net.Http.HttpRequestMessage";
    public const string HttpResponseMessage = "_s::Net.Http.HttpResponseMessage";
    public const string HttpMethod = "_s::Net.Http.HttpMethod";
    public const string Stream = "_s::IO.Stream";
    public const string Type = "_s::Type";
    public const string Exception = "_s::Exception";
    public const string ArgumentNullException = "_s::ArgumentNullException";
    public const string ArgumentException = "_s::ArgumentException";
    public const string IReadOnlyList = "_g::IReadOnlyList";
    public const string IReadOnlyDictionary = "_g::IReadOnlyDictionary";
    public const string Dictionary = "_g::Dictionary";
    public const string List = "_g::List";
    public const string KeyValuePair = "_g::KeyValuePair";
    public const string Enumerable = "_s::Linq.Enumerable";
    public const string GeneratedCode = "_c::GeneratedCode";
    public const string Obsolete = "_s::Obsolete";
    public const string IEquatable = "_s::IEquatable";
    public const string InvariantCulture = "_s::Globalization.CultureInfo.InvariantCulture";
    public const string DebuggerDisplay = "_s::Diagnostics.DebuggerDisplay";
    public const string SetsRequiredMembers = "_s::Diagnostics.CodeAnalysis.SetsRequiredMembers";
    public const string DebuggerBrowsableNever = "_s::Diagnostics.DebuggerBrowsable(_s::Diagnostics.DebuggerBrowsableState.Never)";
    public const string StringBuilder = "_s::Text.StringBuilder";

    public const string JsonElement = "_j::JsonElement";
    public const string JsonEncodedText = "_j::JsonEncodedText";
    public const string Utf8JsonReader = "_j::Utf8JsonReader";
    public const string Utf8JsonWriter = "_j::Utf8JsonWriter";
    public const string JsonTokenType = "_j::JsonTokenType";
    public const string JsonSerializerOptions = "_j::JsonSerializerOptions";
    public const string JsonConverter = "_js::JsonConverter";
    public const string JsonConverterAttribute = "_js::JsonConverter";
    public const string JsonPropertyName = "_js::JsonPropertyName";
    public const string JsonTypeInfo = "_jm::JsonTypeInfo";
    public const string IJsonTypeInfoResolver = "_jm::IJsonTypeInfoResolver";
    public const string JsonMetadataServices = "_jm::JsonMetadataServices";

    public const string ApiHttp = "_i::ApiHttp";
    public const string ApiUri = "_i::ApiUri";
    public const string ApiPath = "_i::ApiPath";
    public const string ApiQueryBuilder = "_i::ApiQueryBuilder";
    public const string QueryStyle = "_i::QueryStyle";
    public const string ApiWire = "_i::ApiWire";
    public const string ApiHeaders = "_i::ApiHeaders";
    public const string ApiSecurity = "_i::ApiSecurity";
    public const string ApiClientCredentialsTokens = "_i::ApiClientCredentialsTokens";
    public const string ApiClientAuthentication = "_p::ApiClientAuthentication";
    public const string TokenProvider = "global::System.Func<global::System.Threading.CancellationToken, global::System.Threading.Tasks.ValueTask<string>>";
    public const string ApiContent = "_i::ApiContent";
    public const string ApiJson = "_i::ApiJson";
    public const string ApiException = "_p::ApiException";
    public const string ApiSchema = "_i::ApiSchema";
    public const string ApiUnion = "_p::ApiUnion";
    public const string ApiValidation = "_i::ApiValidation";
    public const string ApiResponse = "_p::ApiResponse";
    public const string ApiRequestOptions = "_p::ApiRequestOptions";
    public const string ApiCalls = "_i::ApiCalls";
    public const string ApiClientTelemetry = "_i::ApiClientTelemetry";
    public const string ApiRoute = "_i::ApiRoute";
    public const string ApiResult = "_i::ApiResult";
    public const string Func = "_s::Func";
    public const string ApiEventStream = "_i::ApiEventStream";

    /// <summary>Reads a JSON Lines, NDJSON or JSON text sequence response item by item, and writes one as a request body.</summary>
    public const string ApiJsonSequence = "_i::ApiJsonSequence";
    public const string ApiPager = "_i::ApiPager";
    public const string IAsyncEnumerable = "_g::IAsyncEnumerable";
    public const string BasicCredentials = "_p::BasicCredentials";
    public const string ApiClientOptions = "_p::ApiClientOptions";
    public const string ApiHttpClientFactory = "_i::ApiHttpClientFactory";
    public const string ApiResilienceHandler = "_i::ApiResilienceHandler";
    public const string JsonListConverter = "_i::JsonListConverter";
    public const string JsonMapConverter = "_i::JsonMapConverter";
    public const string JsonNullableConverter = "_i::JsonNullableConverter";
    public const string JsonStreamConverter = "_i::JsonStreamConverter";

    public const string JsonProperties = "_i::JsonProperties";
    public const string ObjectReader = "_i::ObjectReader";
    public const string RecordConverter = "_i::RecordConverter";
    public const string KnownValues = "_i::KnownValues";
    public const string IStringEnum = "_p::IStringEnum";
    public const string IIntegerEnum = "_p::IIntegerEnum";
    public const string StringEnumConverter = "_i::StringEnumConverter";
    public const string IntegerEnumConverter = "_i::IntegerEnumConverter";
    public const string UnionCases = "_i::UnionCases";
    public const string ReadOnlySpan = "_s::ReadOnlySpan";
    public const string ApiWebhookVerifier = "_i::ApiWebhookVerifier";
    public const string ApiWebhookOptions = "_p::ApiWebhookOptions";
}
