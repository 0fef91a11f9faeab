using System.Collections.Generic;
using System.Linq;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Model;

/// <summary>One HTTP operation as the spec describes it (read model); the binder makes it an <see cref="OperationModel"/>.</summary>
internal sealed record OperationSpec
{
    /// <summary>PascalCase name without the <c>Async</c> suffix, unique within the client (or within its group).</summary>
    public required string Name { get; init; }

    /// <summary>The spec's operationId, or a stable id made from method and path when it has none.</summary>
    public required string OperationId { get; init; }

    /// <summary>
    /// The HTTP method: upper case for the path item's fixed fields (GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS, TRACE,
    /// and 3.2's QUERY); an <c>additionalOperations</c> name as written (a valid method token, sent as it is).
    /// </summary>
    public required string HttpMethod { get; init; }

    /// <summary>The path template as written in the spec, e.g. <c>/api/v1/credentials/{credential_pool_id}/</c>.</summary>
    public required string Path { get; init; }

    public string? Summary { get; init; }

    public string? Description { get; init; }

    public bool IsDeprecated { get; init; }

    /// <summary>When the spec says the operation goes away (<c>x-sunset</c>, <c>x-deprecated-at</c>, or a date in its description).</summary>
    public string? Sunset { get; init; }

    /// <summary>The JSON pointer of the operation (<c>/paths/~1pets/get</c>), stable when lines move.</summary>
    public string? Pointer { get; init; }

    /// <summary>
    /// PascalCase name of the member group (from the first tag) when the client groups operations by tag;
    /// null puts the method on the client itself.
    /// </summary>
    public string? Group { get; init; }

    /// <summary>The first tag as the spec writes it, when the operation has a group.</summary>
    public string? GroupTag { get; init; }

    /// <summary>
    /// Parameters in method-signature order: path, required query/header/cookie, then optional ones.
    /// The body, when present, goes after the required parameters.
    /// </summary>
    public required EquatableArray<ParameterSpec> Parameters { get; init; }

    public RequestBodySpec? Body { get; init; }

    /// <summary>Every documented response, success and error, in spec order.</summary>
    public required EquatableArray<ResponseSpec> Responses { get; init; }

    /// <summary>
    /// Alternatives (OR) of sets (AND) of security scheme names that may authorize the call.
    /// Already resolved against the global default; empty means no authentication.
    /// </summary>
    public required EquatableArray<SecurityRequirementSpec> Security { get; init; }

    /// <summary>The operation's <c>x-ms-pageable</c> extension, when it has one (read as written; the binder decides).</summary>
    public PageableExtension? Pageable { get; init; }
}

internal sealed record ParameterSpec
{
    /// <summary>camelCase C# parameter name, unique within the method (not yet escaped for keywords).</summary>
    public required string Name { get; init; }

    public required string WireName { get; init; }

    public required ParameterLocation In { get; init; }

    public required TypeRef Type { get; init; }

    public bool IsRequired { get; init; }

    public ParameterStyle Style { get; init; }

    public bool Explode { get; init; }

    public string? Description { get; init; }

    public bool IsDeprecated { get; init; }

    /// <summary>When the spec says the parameter goes away (<c>x-sunset</c>, <c>x-deprecated-at</c>, or a date in its description).</summary>
    public string? Sunset { get; init; }

    /// <summary>The schema's validation keywords and format, when it has any; null otherwise.</summary>
    public ConstraintSpec? Constraints { get; init; }

    /// <summary>The JSON pointer of the parameter, stable when lines move.</summary>
    public string? Pointer { get; init; }

    public ConstantValue? DefaultValue { get; init; }

    /// <summary>The one string the schema allows (a one-value <c>enum</c> or a <c>const</c>), when it allows one only.</summary>
    public string? FixedValue { get; init; }
}

internal enum ParameterLocation
{
    Path,
    Query,
    Header,
    Cookie,

    /// <summary>OpenAPI 3.2's <c>in: querystring</c>: the whole query string is the value, an object whose properties are its fields.</summary>
    QueryString,
}

internal enum ParameterStyle
{
    Simple,
    Form,
    Label,
    Matrix,
    SpaceDelimited,
    PipeDelimited,
    DeepObject,
}

internal sealed record RequestBodySpec
{
    /// <summary>camelCase C# parameter name (usually <c>body</c> or <c>request</c>), unique within the method.</summary>
    public required string Name { get; init; }

    /// <summary>The media type sent in Content-Type, e.g. <c>application/json</c>.</summary>
    public required string ContentType { get; init; }

    public required BodyKind Kind { get; init; }

    public required TypeRef Type { get; init; }

    public bool IsRequired { get; init; }

    public string? Description { get; init; }

    /// <summary>The first example of the media type, as OpenAPI 3.2's <c>serializedValue</c> or <c>dataValue</c> gives it (docs only).</summary>
    public string? Example { get; init; }
}

internal enum BodyKind
{
    /// <summary>application/json and +json.</summary>
    Json,

    /// <summary>application/x-www-form-urlencoded: the body type's properties as fields.</summary>
    FormUrlEncoded,

    /// <summary>multipart/form-data: the body type's properties as parts; Stream/Bytes properties are files.</summary>
    Multipart,

    /// <summary>application/octet-stream or any other binary type: a Stream.</summary>
    Binary,

    /// <summary>text/plain: a string.</summary>
    Text,

    /// <summary>
    /// OpenAPI 3.2: JSON Lines, NDJSON or JSON text sequences with an <c>itemSchema</c>; the type is the item's, the
    /// argument an <c>IAsyncEnumerable</c> of it, written item by item as the request is sent.
    /// </summary>
    JsonSequence,
}

internal sealed record ResponseSpec
{
    /// <summary><c>200</c>, <c>2XX</c> or <c>default</c>.</summary>
    public required string StatusCode { get; init; }

    /// <summary>2xx (or 2XX).</summary>
    public bool IsSuccess { get; init; }

    public string? Description { get; init; }

    /// <summary>The response's short <c>summary</c> (OpenAPI 3.2).</summary>
    public string? Summary { get; init; }

    /// <summary>The first example of the body's media type, as OpenAPI 3.2's <c>serializedValue</c> or <c>dataValue</c> gives it (docs only).</summary>
    public string? Example { get; init; }

    /// <summary>The body's media type, or null when the response has no content.</summary>
    public string? ContentType { get; init; }

    public BodyKind Kind { get; init; }

    /// <summary>The body's type, or null when the response has no content.</summary>
    public TypeRef? Type { get; init; }

    /// <summary>
    /// The type of each item when the response also (or only) offers a sequential media type with a type for its items:
    /// <c>text/event-stream</c> with a schema (openai's <c>createChatCompletion</c>: <c>CreateChatCompletionStreamResponse</c>)
    /// or, in OpenAPI 3.2, an <c>itemSchema</c> whose <c>data</c> names its JSON <c>contentSchema</c>; or JSON Lines, NDJSON
    /// or JSON text sequences with an <c>itemSchema</c>. Null otherwise.
    /// </summary>
    public TypeRef? EventType { get; init; }

    /// <summary>The sequential media type <see cref="EventType"/> describes the items of, as the spec writes it; null without one.</summary>
    public string? StreamMediaType { get; init; }

    /// <summary>How the items of <see cref="StreamMediaType"/> are framed.</summary>
    public StreamFormat StreamFormat { get; init; }

    /// <summary>The response declares a <c>Link</c> header (the web links of RFC 8288, where APIs name the next page).</summary>
    public bool HasLinkHeader { get; init; }
}

/// <summary>How a sequential response body frames its items.</summary>
internal enum StreamFormat
{
    /// <summary><c>text/event-stream</c>: each event's data is an item.</summary>
    EventStream,

    /// <summary><c>application/jsonl</c>, <c>application/x-ndjson</c> (a JSON text a line), <c>application/json-seq</c> (RFC 7464).</summary>
    JsonSequence,
}

/// <summary>Schemes that must all be satisfied together.</summary>
internal sealed record SecurityRequirementSpec(EquatableArray<string> SchemeNames)
{
    /// <summary>The scopes the requirement names for each scheme, space-separated, in the order of <see cref="SchemeNames"/> (empty when none).</summary>
    public EquatableArray<string> Scopes { get; init; } = EquatableArray<string>.Empty;

    /// <summary>The space-separated scopes for <paramref name="schemeName"/>.</summary>
    public string ScopesOf(string schemeName)
    {
        for (var i = 0; i < SchemeNames.Count && i < Scopes.Count; i++)
        {
            if (SchemeNames[i] == schemeName)
            {
                return Scopes[i];
            }
        }

        return string.Empty;
    }

    /// <summary>
    /// The declared schemes whose credentials this alternative sends, in its order; null when it goes without one: it is
    /// empty (anonymous access), names no declared scheme, or includes a scheme that has no credential (mutual TLS).
    /// </summary>
    public List<SecuritySchemeSpec>? CredentialSchemes(IReadOnlyDictionary<string, SecuritySchemeSpec> schemes)
    {
        var members = SchemeNames.Where(schemes.ContainsKey).Select(name => schemes[name]).ToList();
        return members.Count == 0 || members.Any(scheme => !scheme.HasCredential) ? null : members;
    }
}

internal sealed record SecuritySchemeSpec
{
    /// <summary>The key under <c>components/securitySchemes</c>.</summary>
    public required string SchemeName { get; init; }

    /// <summary>
    /// PascalCase name of the credential: its property on <c>{ClassName}Credentials</c> and its configuration key.
    /// The reader proposes it from the scheme's key; the binder settles it (see <c>Binding/CredentialNames</c>).
    /// </summary>
    public required string PropertyName { get; init; }

    public required SecuritySchemeKind Kind { get; init; }

    /// <summary>For api keys: the header, query or cookie name.</summary>
    public string? ParameterName { get; init; }

    /// <summary>For api keys: where the key goes.</summary>
    public ParameterLocation ParameterLocation { get; init; }

    /// <summary>For HTTP schemes other than basic: the scheme word, as in <c>Bearer</c> or <c>Token</c>.</summary>
    public string? HttpScheme { get; init; }

    public string? Description { get; init; }

    /// <summary>The scheme is <c>deprecated: true</c> (OpenAPI 3.2): its credential property is obsolete.</summary>
    public bool IsDeprecated { get; init; }

    /// <summary>
    /// For OAuth 2.0: the flows the spec offers, by their key (<c>authorizationCode</c>, <c>clientCredentials</c>,
    /// 3.2's <c>deviceAuthorization</c>, ...), with their URLs; the caller runs one to obtain the token. Docs only.
    /// </summary>
    public EquatableArray<string> OAuthFlows { get; init; } = EquatableArray<string>.Empty;

    /// <summary>For OAuth 2.0: the authorization server's metadata URL (OpenAPI 3.2's <c>oauth2MetadataUrl</c>, RFC 8414).</summary>
    public string? OAuthMetadataUrl { get; init; }

    /// <summary>For OAuth 2.0 with a <c>clientCredentials</c> flow: its <c>tokenUrl</c> as written (the client runs that flow).</summary>
    public string? ClientCredentialsTokenUrl { get; init; }

    /// <summary>
    /// For a <c>clientCredentials</c> flow: the credentials' properties (and configuration keys) for the client id,
    /// the client secret and the client authentication method, settled by the binder (see <c>Binding/CredentialNames</c>).
    /// </summary>
    public string? ClientIdName { get; init; }

    /// <inheritdoc cref="ClientIdName"/>
    public string? ClientSecretName { get; init; }

    /// <inheritdoc cref="ClientIdName"/>
    public string? ClientAuthenticationName { get; init; }

    /// <summary>
    /// For a bearer-like scheme (HTTP bearer, OAuth 2.0, OpenID Connect): the credentials' property for the caller's
    /// async token provider, settled by the binder; <see langword="null"/> for other schemes.
    /// </summary>
    public string? TokenProviderName { get; init; }

    /// <summary>Whether the scheme sends <c>Authorization: Bearer</c> (HTTP bearer, OAuth 2.0, OpenID Connect).</summary>
    public bool IsBearerLike => Kind == SecuritySchemeKind.OAuth2
        || (Kind == SecuritySchemeKind.HttpToken && string.Equals(HttpScheme, "Bearer", System.StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether the token may be got when the request is sent (a provider or the client credentials flow).</summary>
    public bool GetsTokenAtSend => TokenProviderName is not null || RunsClientCredentials;

    /// <summary>Whether the client runs the client credentials flow for this scheme.</summary>
    public bool RunsClientCredentials => ClientIdName is not null && ClientSecretName is not null && ClientAuthenticationName is not null;

    /// <summary>The JSON pointer of the scheme's declaration, for findings made after reading.</summary>
    public string? Pointer { get; init; }

    /// <summary>Whether a caller holds a credential for it (mutual TLS lives on the handler instead).</summary>
    public bool HasCredential => Kind != SecuritySchemeKind.MutualTls;
}

internal enum SecuritySchemeKind
{
    /// <summary><c>type: apiKey</c>.</summary>
    ApiKey,

    /// <summary><c>type: http</c>, <c>scheme: basic</c>.</summary>
    HttpBasic,

    /// <summary><c>type: http</c> with any other scheme (bearer, token, ...): <c>Authorization: {Scheme} {token}</c>.</summary>
    HttpToken,

    /// <summary><c>type: oauth2</c> and <c>openIdConnect</c>: a bearer access token the caller obtains.</summary>
    OAuth2,

    /// <summary><c>type: mutualTLS</c>: configured on the HttpClient's handler, nothing per request.</summary>
    MutualTls,
}
