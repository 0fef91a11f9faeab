using System.Linq;
using SpecClient.Generator.Emitting.Json;
using SpecClient.Generator.Emitting.Syntax;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Emitting.Files;

/// <summary>
/// Writes <c>{ClassName}Credentials</c>, the one type that holds the client's secrets: one property per security
/// scheme, named as the binder settled it (the same name is the configuration key). The client applies whichever an
/// operation accepts. Values never appear in <c>ToString()</c> or the debugger.
/// </summary>
internal static class CredentialsEmitter
{
    public static string CredentialType(SecuritySchemeSpec scheme) =>
        scheme.Kind == SecuritySchemeKind.HttpBasic ? KnownTypes.BasicCredentials : "string";

    public static string Write(JsonTypes json)
    {
        var spec = json.Spec;
        var writer = new SourceWriter();
        var name = json.Names.Credentials;
        FileHeader.Write(writer, spec);
        writer.WriteLine($"/// <summary>Credentials for the security schemes of <see cref=\"{spec.ClassName}\"/>. Set the ones you have; each operation uses one it accepts.</summary>");
        writer.WriteLine(FileHeader.GeneratedCodeAttribute);
        writer.WriteLine($"[{KnownTypes.DebuggerDisplay}(\"{{ToString(),nq}}\")]");
        writer.OpenBlock($"{FileHeader.Accessibility(spec.Accessibility)} sealed partial class {name}");
        var schemes = spec.SecuritySchemes.Where(s => s.HasCredential).ToList();
        foreach (var scheme in schemes)
        {
            DocComments.Summary(writer, Describe(scheme) + HowToObtain(scheme), scheme.Description);
            if (scheme.IsDeprecated)
            {
                // Like a deprecated operation: setting the credential warns (SPEC105) where the caller sets it.
                writer.WriteLine(ConstraintAttributes.Obsolete($"The security scheme '{scheme.SchemeName}'", sunset: null));
            }

            writer.WriteLine($"[{KnownTypes.DebuggerBrowsableNever}]");
            writer.WriteLine($"public {CredentialType(scheme)}? {CSharp.Identifier(scheme.PropertyName)} {{ get; init; }}");
            writer.WriteLine();
            if (scheme.TokenProviderName is { } provider)
            {
                writer.WriteLine($"/// <summary>Gets the token for '{DocComments.Escape(scheme.SchemeName)}' when a request is sent (from Azure.Identity, an OAuth library or your own cache), instead of a fixed <see cref=\"{CSharp.Identifier(scheme.PropertyName)}\"/>, which wins when set. Called for every request; nothing keeps its result. Set it in code: it has no configuration key.</summary>");
                writer.WriteLine($"public {KnownTypes.TokenProvider}? {CSharp.Identifier(provider)} {{ get; init; }}");
                writer.WriteLine();
            }

            if (scheme.RunsClientCredentials)
            {
                WriteClientCredentials(writer, scheme);
            }
        }

        writer.WriteLine("/// <summary>Names the credentials that are set, never their values.</summary>");
        var parts = schemes.SelectMany(NamesOf).Select(n => $"{n} = {{({CSharp.Identifier(n)} is null ? \"(not set)\" : \"***\")}}");
        writer.WriteLine($"public override string ToString() => $\"{name} {{{{ {string.Join(", ", parts)} }}}}\";");
        writer.CloseBlock();
        return writer.ToString();
    }

    /// <summary>
    /// The configuration keys of a credential: its name, or <c>Name:Username</c> and <c>Name:Password</c> for basic; a
    /// scheme whose client credentials flow the client runs adds its client id, secret and authentication method.
    /// </summary>
    public static string[] KeysOf(SecuritySchemeSpec scheme) =>
        scheme.Kind == SecuritySchemeKind.HttpBasic
            ? new[] { scheme.PropertyName + ":Username", scheme.PropertyName + ":Password" }
            : scheme.RunsClientCredentials
                ? new[] { scheme.PropertyName, scheme.ClientIdName!, scheme.ClientSecretName!, scheme.ClientAuthenticationName! }
                : new[] { scheme.PropertyName };

    /// <summary>The credential's properties on the credentials type: its configuration keys' and its token provider's.</summary>
    public static System.Collections.Generic.IEnumerable<string> NamesOf(SecuritySchemeSpec scheme)
    {
        var keys = scheme.Kind == SecuritySchemeKind.HttpBasic ? new[] { scheme.PropertyName } : KeysOf(scheme);
        return scheme.TokenProviderName is { } provider ? keys.Take(1).Append(provider).Concat(keys.Skip(1)) : keys;
    }

    /// <summary>The client's field holding the token source of a scheme whose client credentials flow it runs.</summary>
    public static string TokensField(SecuritySchemeSpec scheme) => "_tokensFor" + scheme.ClientIdName;

    private static void WriteClientCredentials(SourceWriter writer, SecuritySchemeSpec scheme)
    {
        var tokenUrl = scheme.ClientCredentialsTokenUrl!;
        writer.WriteLine($"/// <summary>The client id for '{DocComments.Escape(scheme.SchemeName)}': with <see cref=\"{scheme.ClientSecretName}\"/>, the client gets its access tokens from {DocComments.Escape(tokenUrl)} (the client credentials flow), keeps each until shortly before it expires and renews it (configuration key '{scheme.ClientIdName}'). <see cref=\"{CSharp.Identifier(scheme.PropertyName)}\"/>, when set, wins.</summary>");
        writer.WriteLine($"public string? {CSharp.Identifier(scheme.ClientIdName!)} {{ get; init; }}");
        writer.WriteLine();
        writer.WriteLine($"/// <summary>The client secret for <see cref=\"{scheme.ClientIdName}\"/> (configuration key '{scheme.ClientSecretName}': keep it in user secrets or the environment). Sent only to the token endpoint.</summary>");
        writer.WriteLine($"[{KnownTypes.DebuggerBrowsableNever}]");
        writer.WriteLine($"public string? {CSharp.Identifier(scheme.ClientSecretName!)} {{ get; init; }}");
        writer.WriteLine();
        writer.WriteLine($"/// <summary>How the client authenticates to the token endpoint: <c>client_secret_basic</c> (the default) or <c>client_secret_post</c> (configuration key '{scheme.ClientAuthenticationName}').</summary>");
        writer.WriteLine($"public {KnownTypes.ApiClientAuthentication}? {CSharp.Identifier(scheme.ClientAuthenticationName!)} {{ get; init; }}");
        writer.WriteLine();
    }

    /// <summary>For OAuth 2.0: the flows that give the token (the client runs none) and the authorization server's metadata.</summary>
    private static string HowToObtain(SecuritySchemeSpec scheme)
    {
        var text = scheme.OAuthFlows.Count == 0 ? string.Empty : " Obtain it through the flow " + string.Join(" or ", scheme.OAuthFlows) + ".";
        if (scheme.RunsClientCredentials)
        {
            text += $" Or set {scheme.ClientIdName} and {scheme.ClientSecretName}: the client then runs the clientCredentials flow itself.";
        }

        return scheme.OAuthMetadataUrl is null ? text : text + " The authorization server's metadata: " + scheme.OAuthMetadataUrl + ".";
    }

    private static string Describe(SecuritySchemeSpec scheme)
    {
        var keys = string.Join(" and ", KeysOf(scheme).Take(scheme.Kind == SecuritySchemeKind.HttpBasic ? 2 : 1).Select(k => $"'{k}'"));
        return scheme.Kind switch
        {
            SecuritySchemeKind.ApiKey => $"The API key for '{scheme.SchemeName}', sent in the {scheme.ParameterLocation.ToString().ToLowerInvariant()} '{scheme.ParameterName}' (configuration key {keys}).",
            SecuritySchemeKind.HttpBasic => $"User name and password for '{scheme.SchemeName}', HTTP basic authentication (configuration keys {keys}).",
            SecuritySchemeKind.HttpToken => $"The token for '{scheme.SchemeName}', sent as 'Authorization: {scheme.HttpScheme} <token>' (configuration key {keys}).",
            _ => $"The access token for '{scheme.SchemeName}', sent as 'Authorization: Bearer <token>' (configuration key {keys}).",
        };
    }
}
