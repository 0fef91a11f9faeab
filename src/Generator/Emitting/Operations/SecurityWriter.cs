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
    /// <summary>Writes the statements (and a blank line after them); returns whether there were any.</summary>
    public static bool Write(SourceWriter writer, ClientModel spec, OperationModel operation, Locals locals, string clientPrefix)
    {
        var schemes = spec.SecuritySchemes.ToDictionary(s => s.SchemeName);
        var alternatives = new List<List<SecuritySchemeSpec>>();
        var requirements = new List<SecurityRequirementSpec>();
        foreach (var requirement in operation.Security)
        {
            if (requirement.CredentialSchemes(schemes) is not { } members)
            {
                // Anonymous access (an empty requirement) or mutual TLS: nothing to add per request.
                break;
            }

            alternatives.Add(members);
            requirements.Add(requirement);
        }

        if (alternatives.Count == 0)
        {
            return false;
        }

        if (alternatives.Count == 1 && alternatives[0].Count == 1)
        {
            // One scheme and no alternative: applied when its credential is set, skipped (by the runtime) when it is null.
            var scheme = alternatives[0][0];
            var value = $"{clientPrefix}_credentials?.{CSharp.Identifier(scheme.PropertyName)}";
            writer.WriteLine(scheme.GetsTokenAtSend
                ? ApplyBearer(scheme, requirements[0], locals, value, $"{clientPrefix}_credentials?.", clientPrefix)
                : Apply(scheme, locals, value, ifSet: true));
            writer.WriteLine();
            return true;
        }

        writer.WriteLine($"var {locals.Credentials} = {clientPrefix}_credentials;");
        for (var i = 0; i < alternatives.Count; i++)
        {
            // Pattern variables are only assigned inside their own branch, so each alternative declares its own.
            var variables = alternatives[i].Select(s => locals.Take(CSharp.Camel(s.PropertyName) + "Credential")).ToList();
            var conditions = alternatives[i].Select((s, j) => s.GetsTokenAtSend
                ? $"{KnownTypes.ApiSecurity}.HasBearer({locals.Credentials}?.{CSharp.Identifier(s.PropertyName)}, {Provider(s, locals.Credentials + "?.")}, {Tokens(s, clientPrefix)})"
                : $"{locals.Credentials}?.{CSharp.Identifier(s.PropertyName)} is {{ }} {variables[j]}");
            writer.OpenBlock($"{(i == 0 ? "if" : "else if")} ({string.Join(" && ", conditions)})");
            for (var j = 0; j < alternatives[i].Count; j++)
            {
                var scheme = alternatives[i][j];
                writer.WriteLine(scheme.GetsTokenAtSend
                    ? ApplyBearer(scheme, requirements[i], locals, $"{locals.Credentials}?.{CSharp.Identifier(scheme.PropertyName)}", locals.Credentials + "?.", clientPrefix)
                    : Apply(scheme, locals, variables[j]));
            }

            writer.CloseBlock();
        }

        writer.WriteLine();
        return true;
    }

    /// <summary>
    /// The statement applying a bearer-like scheme: the fixed token when set, else the caller's token provider, else (when
    /// the client runs the client credentials flow) a token for the scopes the requirement names; got when the request is sent.
    /// </summary>
    private static string ApplyBearer(SecuritySchemeSpec scheme, SecurityRequirementSpec requirement, Locals locals, string token, string credentials, string clientPrefix) =>
        $"{KnownTypes.ApiSecurity}.ApplyBearerIfSet({locals.Request}, {CSharp.Literal(scheme.HttpScheme ?? "Bearer")}, {token}, {Provider(scheme, credentials)}, {Tokens(scheme, clientPrefix)}, {CSharp.Literal(requirement.ScopesOf(scheme.SchemeName))});";

    private static string Provider(SecuritySchemeSpec scheme, string credentials) =>
        scheme.TokenProviderName is null ? "null" : credentials + CSharp.Identifier(scheme.TokenProviderName);

    private static string Tokens(SecuritySchemeSpec scheme, string clientPrefix) =>
        scheme.RunsClientCredentials ? clientPrefix + CredentialsEmitter.TokensField(scheme) : "null";

    /// <summary>The statement applying <paramref name="scheme"/> with <paramref name="value"/>; with <paramref name="ifSet"/>, one that skips a null value.</summary>
    private static string Apply(SecuritySchemeSpec scheme, Locals locals, string value, bool ifSet = false)
    {
        var suffix = ifSet ? "IfSet" : string.Empty;
        return scheme.Kind switch
        {
            SecuritySchemeKind.ApiKey => scheme.ParameterLocation switch
            {
                // The query builder already skips a null value.
                ParameterLocation.Query => $"{locals.Query}.Add({CSharp.Literal(scheme.ParameterName ?? scheme.SchemeName)}, {value});",
                ParameterLocation.Cookie => $"{KnownTypes.ApiSecurity}.ApplyApiKeyCookie{suffix}({locals.Request}, {CSharp.Literal(scheme.ParameterName ?? scheme.SchemeName)}, {value});",
                _ => $"{KnownTypes.ApiSecurity}.ApplyApiKeyHeader{suffix}({locals.Request}, {CSharp.Literal(scheme.ParameterName ?? scheme.SchemeName)}, {value});",
            },
            SecuritySchemeKind.HttpBasic => $"{KnownTypes.ApiSecurity}.ApplyBasic{suffix}({locals.Request}, {value});",
            SecuritySchemeKind.HttpToken => $"{KnownTypes.ApiSecurity}.ApplyHttpToken{suffix}({locals.Request}, {CSharp.Literal(scheme.HttpScheme ?? "Bearer")}, {value});",
            _ => $"{KnownTypes.ApiSecurity}.ApplyHttpToken{suffix}({locals.Request}, \"Bearer\", {value});",
        };
    }
}
