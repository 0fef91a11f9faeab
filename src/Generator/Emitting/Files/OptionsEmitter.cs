using System.Collections.Generic;
using System.Linq;
using SpecClient.Generator.Emitting.Json;
using SpecClient.Generator.Emitting.Syntax;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Emitting.Files;

/// <summary>
/// Writes <c>{ClassName}Options</c>: <c>SpecClient.ApiClientOptions</c> (base address, timeouts, retries) plus a
/// <c>Credentials</c> property of the client's credentials type, read from configuration keys by generated code (no
/// reflection, AOT safe) and validated with messages that never contain a value.
/// </summary>
internal static class OptionsEmitter
{
    public static string Write(JsonTypes json)
    {
        var spec = json.Spec;
        var writer = new SourceWriter();
        var name = json.Names.Options;
        var credentials = json.Qualified(json.Names.Credentials);
        var schemes = spec.SecuritySchemes.Where(s => s.HasCredential).ToList();
        var credentialKeys = schemes.SelectMany(CredentialsEmitter.KeysOf).ToList();
        FileHeader.Write(writer, spec);
        writer.WriteLine($"/// <summary>Settings for <see cref=\"{spec.ClassName}\"/>: base address, timeouts, retries{(schemes.Count > 0 ? " and credentials" : string.Empty)}. Bind them with <c>ReadFrom(key =&gt; section[key])</c> or <c>services.{json.Names.AddMethod}(section)</c>.</summary>");
        writer.WriteLine($"/// <remarks>Configuration keys: {string.Join(", ", json.Spec.OptionSettings.Concat(credentialKeys).Select(k => $"<c>{DocComments.Escape(k)}</c>"))}. <see cref=\"ToString\"/> never shows a credential.</remarks>");
        writer.WriteLine(FileHeader.GeneratedCodeAttribute);
        writer.WriteLine($"[{KnownTypes.DebuggerDisplay}(\"{{ToString(),nq}}\")]");
        writer.OpenBlock($"{FileHeader.Accessibility(spec.Accessibility)} sealed partial class {name} : {KnownTypes.ApiClientOptions}");
        writer.WriteLine($"/// <summary>The credentials the client sends{(credentialKeys.Count > 0 ? $" (configuration keys {DocComments.Escape(string.Join(", ", credentialKeys.Select(k => $"'{k}'")))})" : string.Empty)}; null sends none.</summary>");
        writer.WriteLine($"[{KnownTypes.DebuggerBrowsableNever}]");
        writer.WriteLine($"public {credentials}? Credentials {{ get; set; }}");
        writer.WriteLine();
        if (schemes.Count > 0)
        {
            var byDefault = spec.CredentialRequired
                ? "(default true). Turn it off when a handler of your own authenticates."
                : "(default false: no operation of the spec needs one, so the client also works without).";
            writer.WriteLine($"/// <summary>Whether validation requires a credential{(schemes.Count > 1 ? " (at least one)" : string.Empty)} to be set {byDefault}</summary>");
            writer.WriteLine($"public bool RequireCredentials {{ get; set; }} = {(spec.CredentialRequired ? "true" : "false")};");
            writer.WriteLine();
        }

        WriteReadCredentials(writer, schemes, credentials);
        writer.WriteLine();
        WriteValidateCredentials(writer, schemes, credentialKeys);
        writer.WriteLine();
        writer.WriteLine("/// <summary>Names every setting, never a credential's value.</summary>");
        var parts = json.Spec.OptionSettings.Select(SettingPart).Append("Credentials = {Credentials?.ToString() ?? \"(not set)\"}");
        writer.WriteLine($"public override string ToString() => $\"{name} {{{{ {string.Join(", ", parts)} }}}}\";");
        writer.CloseBlock();
        return writer.ToString();
    }

    /// <summary>
    /// One setting of the runtime's list in <c>ToString</c>: its value, except that the base address shows only its
    /// scheme, host and path (its user info or query may hold a secret).
    /// </summary>
    private static string SettingPart(string setting) => setting == "BaseAddress"
        ? "BaseAddress = {(BaseAddress is null ? \"(spec default)\" : BaseAddress.GetComponents(global::System.UriComponents.SchemeAndServer | global::System.UriComponents.Path, global::System.UriFormat.UriEscaped))}"
        : $"{setting} = {{{setting}}}";

    /// <summary>Reads each credential's key; a key that is set replaces that credential and keeps the others.</summary>
    private static void WriteReadCredentials(SourceWriter writer, List<SecuritySchemeSpec> schemes, string credentials)
    {
        writer.WriteLine("/// <inheritdoc/>");
        writer.OpenBlock("protected override void ReadCredentials(global::System.Func<string, string?> getValue)");
        writer.WriteLine($"{KnownTypes.ArgumentNullException}.ThrowIfNull(getValue);");
        if (schemes.Count == 0)
        {
            writer.CloseBlock();
            return;
        }

        var locals = new LocalNames(new[] { "getValue" });
        var configured = new List<(string Property, string Value)>();
        foreach (var scheme in schemes)
        {
            var local = locals.Take("configured" + scheme.PropertyName);
            if (scheme.Kind == SecuritySchemeKind.HttpBasic)
            {
                var keys = CredentialsEmitter.KeysOf(scheme);
                var userName = locals.Take(local + "UserName");
                var password = locals.Take(local + "Password");
                writer.WriteLine($"var {userName} = getValue({CSharp.Literal(keys[0])});");
                writer.WriteLine($"var {password} = getValue({CSharp.Literal(keys[1])});");
                writer.WriteLine($"var {local} = {userName} is not null && {password} is not null ? new {KnownTypes.BasicCredentials}({userName}, {password}) : null;");
            }
            else
            {
                writer.WriteLine($"var {local} = getValue({CSharp.Literal(scheme.PropertyName)});");
            }

            configured.Add((scheme.PropertyName, local));
            if (scheme.RunsClientCredentials)
            {
                // The client id usually comes from appsettings.json, the secret from user secrets or the environment.
                foreach (var name in new[] { scheme.ClientIdName!, scheme.ClientSecretName! })
                {
                    var value = locals.Take("configured" + name);
                    writer.WriteLine($"var {value} = getValue({CSharp.Literal(name)});");
                    configured.Add((name, value));
                }

                var method = locals.Take("configured" + scheme.ClientAuthenticationName);
                writer.WriteLine($"var {method} = {KnownTypes.ApiSecurity}.ParseClientAuthentication(getValue({CSharp.Literal(scheme.ClientAuthenticationName!)}), {CSharp.Literal(scheme.ClientAuthenticationName!)});");
                configured.Add((scheme.ClientAuthenticationName!, method));
            }
        }

        writer.WriteLine();
        writer.OpenBlock($"if ({string.Join(" || ", configured.Select(c => $"{c.Value} is not null"))})");
        writer.OpenBlock($"Credentials = new {credentials}");
        foreach (var (name, value) in configured)
        {
            var property = CSharp.Identifier(name);
            writer.WriteLine($"{property} = {value} ?? Credentials?.{property},");
        }

        foreach (var provider in schemes.Select(s => s.TokenProviderName).OfType<string>())
        {
            // Set in code only: reading configuration keeps it.
            writer.WriteLine($"{CSharp.Identifier(provider)} = Credentials?.{CSharp.Identifier(provider)},");
        }

        writer.CloseBlock(";");
        writer.CloseBlock();
        writer.CloseBlock();
    }

    private static void WriteValidateCredentials(SourceWriter writer, List<SecuritySchemeSpec> schemes, List<string> credentialKeys)
    {
        writer.WriteLine("/// <inheritdoc/>");
        writer.OpenBlock("protected override void ValidateCredentials(global::System.Collections.Generic.ICollection<string> errors)");
        writer.WriteLine($"{KnownTypes.ArgumentNullException}.ThrowIfNull(errors);");
        if (schemes.Count > 0)
        {
            var missing = string.Join(" && ", schemes.SelectMany(s => new[] { s.PropertyName, s.TokenProviderName, s.ClientIdName }.OfType<string>())
                .Select(name => $"Credentials?.{CSharp.Identifier(name)} is null"));
            var keys = string.Join(" or ", credentialKeys.Select(k => $"'{k}'"));
            var subject = schemes.Count == 1 ? schemes[0].PropertyName + " is not" : "No credential is";
            writer.OpenBlock($"if (RequireCredentials && {missing})");
            writer.WriteLine($"errors.Add({CSharp.Literal($"{subject} set (configuration key {keys}); the API needs a credential for {string.Join(" or ", schemes.Select(s => $"'{s.SchemeName}'"))}.")});");
            writer.CloseBlock();
            var locals = new LocalNames(new[] { "errors" });
            foreach (var scheme in schemes.Where(s => s.Kind != SecuritySchemeKind.HttpBasic))
            {
                writer.WriteLine();
                var token = locals.Take(CSharp.Camel(scheme.PropertyName));
                writer.OpenBlock($"if (Credentials?.{CSharp.Identifier(scheme.PropertyName)} is {{ }} {token} && ({token}.Trim().Length == 0 || {token}.IndexOfAny(new[] {{ '\\r', '\\n' }}) >= 0))");
                writer.WriteLine($"errors.Add({CSharp.Literal($"{scheme.PropertyName} is empty or contains a line break.")});");
                writer.CloseBlock();
                if (scheme.RunsClientCredentials)
                {
                    writer.WriteLine();
                    writer.OpenBlock($"if (Credentials?.{CSharp.Identifier(scheme.ClientIdName!)} is not null && string.IsNullOrEmpty(Credentials.{CSharp.Identifier(scheme.ClientSecretName!)}))");
                    writer.WriteLine($"errors.Add({CSharp.Literal($"{scheme.ClientIdName} is set without {scheme.ClientSecretName} (configuration key '{scheme.ClientSecretName}').")});");
                    writer.CloseBlock();
                }
            }
        }

        writer.CloseBlock();
    }
}
