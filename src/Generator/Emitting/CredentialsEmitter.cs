using System.Linq;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Emitting;

/// <summary>
/// Writes <c>{ClassName}Credentials</c>: one property per security scheme of the spec. The client applies
/// whichever an operation accepts. Values never appear in <c>ToString()</c> or the debugger.
/// </summary>
internal static class CredentialsEmitter
{
    public static string CredentialsClass(ClientSpec spec) => spec.ClassName + "Credentials";

    /// <summary>Schemes a caller can hold a credential for (mutual TLS lives on the handler instead).</summary>
    public static bool HasCredential(SecuritySchemeSpec scheme) => scheme.Kind != SecuritySchemeKind.MutualTls;

    public static string CredentialType(SecuritySchemeSpec scheme) =>
        scheme.Kind == SecuritySchemeKind.HttpBasic ? KnownTypes.BasicCredentials : "string";

    public static string Write(ClientSpec spec)
    {
        var writer = new SourceWriter();
        var name = CredentialsClass(spec);
        FileHeader.Write(writer, spec.SpecPath);
        writer.OpenBlock($"namespace {spec.Namespace}");
        writer.WriteLine($"/// <summary>Credentials for the security schemes of <see cref=\"{spec.ClassName}\"/>. Set the ones you have; each operation uses one it accepts.</summary>");
        writer.WriteLine(FileHeader.GeneratedCodeAttribute);
        writer.WriteLine($"[{KnownTypes.DebuggerDisplay}(\"{{ToString(),nq}}\")]");
        writer.OpenBlock($"{FileHeader.Accessibility(spec.Accessibility)} sealed partial class {name}");
        var schemes = spec.SecuritySchemes.Where(HasCredential).ToList();
        foreach (var scheme in schemes)
        {
            DocComments.Summary(writer, Describe(scheme), scheme.Description);
            writer.WriteLine($"public {CredentialType(scheme)}? {CSharp.Identifier(scheme.PropertyName)} {{ get; init; }}");
            writer.WriteLine();
        }

        writer.WriteLine("/// <summary>Names the credentials that are set, never their values.</summary>");
        var parts = schemes.Select(s => $"{s.PropertyName} = {{({CSharp.Identifier(s.PropertyName)} is null ? \"(not set)\" : \"***\")}}");
        writer.WriteLine($"public override string ToString() => $\"{name} {{{{ {string.Join(", ", parts)} }}}}\";");
        writer.CloseBlock();
        writer.CloseBlock();
        return writer.ToString();
    }

    private static string Describe(SecuritySchemeSpec scheme) => scheme.Kind switch
    {
        SecuritySchemeKind.ApiKey => $"The API key for '{scheme.SchemeName}', sent in the {scheme.ParameterLocation.ToString().ToLowerInvariant()} '{scheme.ParameterName}'.",
        SecuritySchemeKind.HttpBasic => $"User name and password for '{scheme.SchemeName}' (HTTP basic authentication).",
        SecuritySchemeKind.HttpToken => $"The token for '{scheme.SchemeName}', sent as 'Authorization: {scheme.HttpScheme} <token>'.",
        _ => $"The access token for '{scheme.SchemeName}', sent as 'Authorization: Bearer <token>'.",
    };
}
