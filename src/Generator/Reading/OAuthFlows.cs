using System.Collections.Generic;
using Microsoft.OpenApi;
using SpecClient.Generator.Diagnostics;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Reading;

/// <summary>
/// An OAuth 2.0 scheme's flows and metadata URL, kept for the credentials' docs: the client sends the access token the
/// caller obtained, and runs only the <c>clientCredentials</c> flow itself (its <c>tokenUrl</c> is kept). OpenAPI 3.2's <c>deviceAuthorization</c> flow (RFC 8628, a person enters a
/// code on another device) is reported once as an info (SPEC034), located at the flow, so the caller knows to run it.
/// </summary>
internal static class OAuthFlows
{
    public static SecuritySchemeSpec Describe(ReadContext context, IOpenApiSecurityScheme scheme, SecuritySchemeSpec spec)
    {
        var flows = new List<string>();
        var all = scheme.Flows;
        Add(flows, "implicit", all?.Implicit, all?.Implicit?.AuthorizationUrl);
        Add(flows, "password", all?.Password, all?.Password?.TokenUrl);
        Add(flows, "clientCredentials", all?.ClientCredentials, all?.ClientCredentials?.TokenUrl);
        Add(flows, "authorizationCode", all?.AuthorizationCode, all?.AuthorizationCode?.AuthorizationUrl);
        if (all?.DeviceAuthorization is { } device)
        {
            Add(flows, "deviceAuthorization", device, device.DeviceAuthorizationUrl);
            var flowPointer = ReadContext.Child(ReadContext.Child(spec.Pointer ?? string.Empty, "flows"), "deviceAuthorization");
            context.Report(DiagnosticIds.OAuthFlowNotRun, flowPointer, spec.SchemeName, "deviceAuthorization");
        }

        var metadata = (scheme as IOAuth2MetadataProvider)?.OAuth2MetadataUrl;
        return spec with
        {
            OAuthFlows = flows.ToEquatableArray(),
            OAuthMetadataUrl = metadata?.OriginalString,
            ClientCredentialsTokenUrl = all?.ClientCredentials?.TokenUrl?.OriginalString,
        };
    }

    private static void Add(List<string> flows, string name, OpenApiOAuthFlow? flow, System.Uri? url)
    {
        if (flow is not null)
        {
            flows.Add(url is null ? name : name + " (" + url.OriginalString + ")");
        }
    }
}
