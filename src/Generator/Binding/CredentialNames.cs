using System.Collections.Generic;
using System.Linq;
using SpecClient.Generator.Diagnostics;
using SpecClient.Generator.Model;
using SpecClient.Generator.Names;

namespace SpecClient.Generator.Binding;

/// <summary>
/// Settles each credential's one name: its property on <c>{ClassName}Credentials</c> and its configuration key.
/// A spec with exactly one token-like scheme (HTTP token or bearer, API key, OAuth) calls it <c>ApiToken</c>, whatever
/// the scheme's key; otherwise each is named after its scheme, with a suffix (and SPEC011) when that name is reserved.
/// </summary>
internal static class CredentialNames
{
    /// <summary>The name of the single credential of a spec with one token-like scheme.</summary>
    public const string SingleToken = "ApiToken";

    public static EquatableArray<SecuritySchemeSpec> Bind(ClientSpec spec, ClientNames names, ICollection<BindFinding> findings)
    {
        var settled = SettleTokenNames(spec, names, findings);
        return ClientCredentialNames(settled, ReservedNames.ForCredentials(names, spec.ClassName));
    }

    /// <summary>
    /// A bearer-like scheme also gets <c>{Name}Provider</c> (the caller's async token provider); one with a
    /// <c>clientCredentials</c> flow also gets <c>{Scheme}ClientId</c>, <c>{Scheme}ClientSecret</c> and
    /// <c>{Scheme}ClientAuthentication</c>, named after the scheme's key, each claimed against every other credential name.
    /// </summary>
    private static EquatableArray<SecuritySchemeSpec> ClientCredentialNames(EquatableArray<SecuritySchemeSpec> schemes, HashSet<string> reserved)
    {
        if (!schemes.Any(s => s.IsBearerLike))
        {
            return schemes;
        }

        var taken = new UniqueNames(reserved.Concat(schemes.Where(s => s.HasCredential).Select(s => s.PropertyName)));
        return schemes.Select(scheme =>
        {
            if (!scheme.IsBearerLike)
            {
                return scheme;
            }

            // Any bearer-like scheme can take the caller's token provider instead of a fixed token.
            scheme = scheme with { TokenProviderName = taken.Claim(scheme.PropertyName + "Provider") };
            if (scheme.ClientCredentialsTokenUrl is null)
            {
                return scheme;
            }

            var stem = Naming.PascalCase(scheme.SchemeName);
            return scheme with
            {
                ClientIdName = taken.Claim(stem + "ClientId"),
                ClientSecretName = taken.Claim(stem + "ClientSecret"),
                ClientAuthenticationName = taken.Claim(stem + "ClientAuthentication"),
            };
        }).ToEquatableArray();
    }

    private static EquatableArray<SecuritySchemeSpec> SettleTokenNames(ClientSpec spec, ClientNames names, ICollection<BindFinding> findings)
    {
        var withCredential = spec.SecuritySchemes.Where(s => s.HasCredential).ToList();
        if (withCredential.Count == 1 && withCredential[0].Kind != SecuritySchemeKind.HttpBasic)
        {
            return spec.SecuritySchemes.Select(s => s.HasCredential ? s with { PropertyName = SingleToken } : s).ToEquatableArray();
        }

        var reserved = ReservedNames.ForCredentials(names, spec.ClassName);
        var taken = new UniqueNames(reserved.Concat(withCredential.Select(s => s.PropertyName)));
        return spec.SecuritySchemes.Select(scheme =>
        {
            if (!scheme.HasCredential || !reserved.Contains(scheme.PropertyName))
            {
                return scheme;
            }

            // A scheme named like a member of the options (say 'timeout') gets a suffix instead of hiding it.
            var renamed = taken.Claim(scheme.PropertyName + "Credential");

            findings.Add(new BindFinding(
                DiagnosticIds.NameCollision,
                new[] { "security scheme", scheme.SchemeName, renamed }.ToEquatableArray(),
                scheme.Pointer));
            return scheme with { PropertyName = renamed };
        }).ToEquatableArray();
    }
}
