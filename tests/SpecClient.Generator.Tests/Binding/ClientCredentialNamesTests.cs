using System.Linq;
using static SpecClient.Generator.Tests.Reading.ReaderHarness;

namespace SpecClient.Generator.Tests.Binding;

/// <summary>
/// The credential names the binder claims for bearer-like schemes (a token provider) and for an OAuth 2.0 client
/// credentials flow (client id, secret, authentication method), and the scopes each requirement names.
/// </summary>
public sealed class ClientCredentialNamesTests
{
    [Fact]
    public void A_client_credentials_flow_gets_client_id_secret_and_method_names_that_avoid_every_other_credential()
    {
        var result = ReadBound("""
            openapi: 3.0.3
            info: {title: t, version: '1'}
            security:
              - m2m: ["pools:read", "pools:write"]
            paths:
              /pools:
                get:
                  operationId: listPools
                  responses: {'204': {description: ok}}
            components:
              securitySchemes:
                m2mClientId: {type: apiKey, in: header, name: X-Id}
                m2m:
                  type: oauth2
                  flows:
                    clientCredentials: {tokenUrl: /oauth/token, scopes: {"pools:read": r, "pools:write": w}}
                    authorizationCode: {authorizationUrl: 'https://a.example/authorize', tokenUrl: 'https://a.example/token', scopes: {}}
            """);

        var schemes = result.Spec!.SecuritySchemes;
        var oauth = schemes.Single(s => s.SchemeName == "m2m");
        Assert.Equal("/oauth/token", oauth.ClientCredentialsTokenUrl);
        Assert.Equal("M2mClientId2", oauth.ClientIdName);
        Assert.Equal("M2mClientSecret", oauth.ClientSecretName);
        Assert.Equal("M2mClientAuthentication", oauth.ClientAuthenticationName);
        Assert.Equal("M2mProvider", oauth.TokenProviderName);
        Assert.Null(schemes.Single(s => s.SchemeName == "m2mClientId").TokenProviderName);
        Assert.Equal("pools:read pools:write", Assert.Single(Assert.Single(result.Spec.Operations).Security).ScopesOf("m2m"));
    }

    [Fact]
    public void Only_bearer_like_schemes_take_a_token_provider_and_only_client_credentials_flows_a_client_id()
    {
        var result = ReadBound("""
            openapi: 3.0.3
            info: {title: t, version: '1'}
            paths: {}
            components:
              securitySchemes:
                bearer: {type: http, scheme: bearer}
                token: {type: http, scheme: token}
                oidc: {type: openIdConnect, openIdConnectUrl: 'https://id.example/.well-known/openid-configuration'}
                code:
                  type: oauth2
                  flows:
                    authorizationCode: {authorizationUrl: 'https://a.example/authorize', tokenUrl: 'https://a.example/token', scopes: {}}
            """);

        Assert.True(result.Spec is not null, string.Join("\n", result.Diagnostics.Select(d => d.Id + " " + string.Join(",", d.MessageArgs))));
        var schemes = result.Spec!.SecuritySchemes.ToDictionary(s => s.SchemeName);
        Assert.Equal("BearerProvider", schemes["bearer"].TokenProviderName);
        Assert.Null(schemes["token"].TokenProviderName);
        Assert.Equal("OidcProvider", schemes["oidc"].TokenProviderName);
        Assert.Equal("CodeProvider", schemes["code"].TokenProviderName);
        Assert.All(schemes.Values, s => Assert.Null(s.ClientIdName));
    }
}
