using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;
using SpecClient.Generator.Model;
using ModelLocation = SpecClient.Generator.Model.ParameterLocation;
using SpecLocation = Microsoft.OpenApi.ParameterLocation;
using SpecClient.Generator.Names;

namespace SpecClient.Generator.Reading;

/// <summary>Maps the declared security schemes and resolves each operation's requirements.</summary>
internal static class SecurityMapper
{
    public static EquatableArray<SecuritySchemeSpec> MapSchemes(ReadContext context)
    {
        var schemes = context.Document.Components?.SecuritySchemes;
        if (schemes is null)
        {
            return EquatableArray<SecuritySchemeSpec>.Empty;
        }

        var result = new List<SecuritySchemeSpec>();
        foreach (var entry in schemes)
        {
            var scheme = entry.Value;
            if (scheme is null)
            {
                // `Token:` with nothing under it declares no way to authenticate.
                continue;
            }

            var pointer = (context.IsSwagger2 ? "/securityDefinitions/" : "/components/securitySchemes/") + SpecLineIndex.Escape(entry.Key);
            if (scheme is OpenApiSecuritySchemeReference { UnresolvedReference: true } reference)
            {
                context.ReportBrokenReference(reference.Reference, pointer);
                continue;
            }

            var propertyName = Naming.PascalCase(entry.Key);

            var spec = new SecuritySchemeSpec
            {
                SchemeName = entry.Key,
                PropertyName = propertyName,
                Pointer = pointer,
                Kind = SecuritySchemeKind.OAuth2,
                Description = scheme.Description,
                IsDeprecated = scheme.Deprecated,
            };
            switch (scheme.Type)
            {
                case SecuritySchemeType.ApiKey:
                    spec = spec with
                    {
                        Kind = SecuritySchemeKind.ApiKey,
                        ParameterName = scheme.Name,
                        ParameterLocation = scheme.In switch
                        {
                            SpecLocation.Query => ModelLocation.Query,
                            SpecLocation.Cookie => ModelLocation.Cookie,
                            _ => ModelLocation.Header,
                        },
                    };
                    break;
                case SecuritySchemeType.Http when string.Equals(scheme.Scheme, "basic", System.StringComparison.OrdinalIgnoreCase):
                    spec = spec with { Kind = SecuritySchemeKind.HttpBasic };
                    break;
                case SecuritySchemeType.Http:
                    spec = spec with { Kind = SecuritySchemeKind.HttpToken, HttpScheme = HttpScheme(scheme.Scheme) };
                    break;
                case SecuritySchemeType.MutualTLS:
                    spec = spec with { Kind = SecuritySchemeKind.MutualTls };
                    break;
                case SecuritySchemeType.OAuth2:
                    spec = OAuthFlows.Describe(context, scheme, spec);
                    break;
            }

            result.Add(spec);
        }

        return result.ToEquatableArray();
    }

    /// <summary>The operation's own <c>security</c> when written (an empty list opts out), else the document's.</summary>
    public static EquatableArray<SecurityRequirementSpec> Requirements(ReadContext context, OpenApiOperation operation)
    {
        var requirements = operation.Security ?? context.Document.Security;
        if (requirements is null)
        {
            return EquatableArray<SecurityRequirementSpec>.Empty;
        }

        return requirements
            .Where(requirement => requirement is not null)
            .Select(requirement =>
            {
                var named = requirement.Where(entry => (entry.Key.Reference?.Id ?? string.Empty).Length > 0).ToList();
                return new SecurityRequirementSpec(named.Select(entry => entry.Key.Reference!.Id!).ToEquatableArray())
                {
                    Scopes = named.Select(entry => string.Join(" ", entry.Value ?? new List<string>())).ToEquatableArray(),
                };
            })
            .ToEquatableArray();
    }

    /// <summary>As written, except that <c>bearer</c> gets the capital the Authorization header uses.</summary>
    private static string HttpScheme(string? scheme) =>
        string.IsNullOrEmpty(scheme) ? "Bearer"
        : string.Equals(scheme, "bearer", System.StringComparison.OrdinalIgnoreCase) ? "Bearer"
        : scheme!;
}
