using System.Collections.Generic;
using System.Linq;
using SpecClient.Generator.Emitting.Files;
using SpecClient.Generator.Emitting.Syntax;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Emitting.Operations;

/// <summary>
/// Writes how an operation authenticates: the first alternative of its security requirement whose
/// credentials the caller supplied is applied; with none, the request goes as the HttpClient sends it.
/// </summary>
internal static class SecurityWriter
{
    public static void Write(SourceWriter writer, ClientSpec spec, OperationSpec operation, Locals locals, string clientPrefix)
    {
        var schemes = spec.SecuritySchemes.ToDictionary(s => s.SchemeName);
        var alternatives = new List<List<SecuritySchemeSpec>>();
        foreach (var requirement in operation.Security)
        {
            var members = requirement.SchemeNames.Where(schemes.ContainsKey).Select(n => schemes[n]).ToList();
            if (members.Count == 0 || members.Any(s => !s.HasCredential))
            {
                // Anonymous access (an empty requirement) or mutual TLS: nothing to add per request.
                break;
            }

            alternatives.Add(members);
        }

        if (alternatives.Count == 0)
        {
            return;
        }

        writer.WriteLine($"var {locals.Credentials} = {clientPrefix}_credentials;");
        for (var i = 0; i < alternatives.Count; i++)
        {
            // Pattern variables are only assigned inside their own branch, so each alternative declares its own.
            var variables = alternatives[i].Select(s => locals.Take(CSharp.Camel(s.PropertyName) + "Credential")).ToList();
            var conditions = alternatives[i].Select((s, j) => $"{locals.Credentials}?.{CSharp.Identifier(s.PropertyName)} is {{ }} {variables[j]}");
            writer.OpenBlock($"{(i == 0 ? "if" : "else if")} ({string.Join(" && ", conditions)})");
            for (var j = 0; j < alternatives[i].Count; j++)
            {
                writer.WriteLine(Apply(alternatives[i][j], locals, variables[j]));
            }

            writer.CloseBlock();
        }

        writer.WriteLine();
    }

    private static string Apply(SecuritySchemeSpec scheme, Locals locals, string value) => scheme.Kind switch
    {
        SecuritySchemeKind.ApiKey => scheme.ParameterLocation switch
        {
            ParameterLocation.Query => $"{locals.Query}.Add({CSharp.Literal(scheme.ParameterName ?? scheme.SchemeName)}, {value});",
            ParameterLocation.Cookie => $"{KnownTypes.ApiSecurity}.ApplyApiKeyCookie({locals.Request}, {CSharp.Literal(scheme.ParameterName ?? scheme.SchemeName)}, {value});",
            _ => $"{KnownTypes.ApiSecurity}.ApplyApiKeyHeader({locals.Request}, {CSharp.Literal(scheme.ParameterName ?? scheme.SchemeName)}, {value});",
        },
        SecuritySchemeKind.HttpBasic => $"{KnownTypes.ApiSecurity}.ApplyBasic({locals.Request}, {value});",
        SecuritySchemeKind.HttpToken => $"{KnownTypes.ApiSecurity}.ApplyHttpToken({locals.Request}, {CSharp.Literal(scheme.HttpScheme ?? "Bearer")}, {value});",
        _ => $"{KnownTypes.ApiSecurity}.ApplyHttpToken({locals.Request}, \"Bearer\", {value});",
    };
}
