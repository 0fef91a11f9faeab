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
        }

        writer.WriteLine("/// <summary>Names the credentials that are set, never their values.</summary>");
        var parts = schemes.Select(s => $"{s.PropertyName} = {{({CSharp.Identifier(s.PropertyName)} is null ? \"(not set)\" : \"***\")}}");
        writer.WriteLine($"public override string ToString() => $\"{name} {{{{ {string.Join(", ", parts)} }}}}\";");
        writer.CloseBlock();
        return writer.ToString();
    }

    /// <summary>The configuration keys of a credential: its name, or <c>Name:Username</c> and <c>Name:Password</c> for basic.</summary>
    public static string[] KeysOf(SecuritySchemeSpec scheme) =>
        scheme.Kind == SecuritySchemeKind.HttpBasic
            ? new[] { scheme.PropertyName + ":Username", scheme.PropertyName + ":Password" }
            : new[] { scheme.PropertyName };

    /// <summary>For OAuth 2.0: the flows that give the token (the client runs none) and the authorization server's metadata.</summary>
    private static string HowToObtain(SecuritySchemeSpec scheme)
    {
        var text = scheme.OAuthFlows.Count == 0 ? string.Empty : " Obtain it through the flow " + string.Join(" or ", scheme.OAuthFlows) + ".";
        return scheme.OAuthMetadataUrl is null ? text : text + " The authorization server's metadata: " + scheme.OAuthMetadataUrl + ".";
    }

    private static string Describe(SecuritySchemeSpec scheme)
    {
        var keys = string.Join(" and ", KeysOf(scheme).Select(k => $"'{k}'"));
        return scheme.Kind switch
        {
            SecuritySchemeKind.ApiKey => $"The API key for '{scheme.SchemeName}', sent in the {scheme.ParameterLocation.ToString().ToLowerInvariant()} '{scheme.ParameterName}' (configuration key {keys}).",
            SecuritySchemeKind.HttpBasic => $"User name and password for '{scheme.SchemeName}', HTTP basic authentication (configuration keys {keys}).",
            SecuritySchemeKind.HttpToken => $"The token for '{scheme.SchemeName}', sent as 'Authorization: {scheme.HttpScheme} <token>' (configuration key {keys}).",
            _ => $"The access token for '{scheme.SchemeName}', sent as 'Authorization: Bearer <token>' (configuration key {keys}).",
        };
    }
}
