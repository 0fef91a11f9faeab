using System.Collections.Generic;
using System.Linq;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Emitting;

/// <summary>
/// Writes <c>{ClassName}Options</c>: <c>SpecClient.ApiClientOptions</c> (base address, timeouts, retries) plus the
/// spec's credentials, read from configuration keys by generated code (no reflection, AOT safe) and validated with
/// messages that never contain a value. A spec with exactly one token-like scheme gets a single <c>ApiToken</c>.
/// </summary>
internal static class OptionsEmitter
{
    public static string OptionsClass(ClientSpec spec) => spec.ClassName + "Options";

    /// <summary>One credential setting of the options class.</summary>
    private sealed record Setting(SecuritySchemeSpec Scheme, string Property, IReadOnlyList<string> Keys);

    private static List<Setting> Settings(ClientSpec spec)
    {
        var schemes = spec.SecuritySchemes.Where(CredentialsEmitter.HasCredential).ToList();
        if (schemes.Count == 1 && schemes[0].Kind != SecuritySchemeKind.HttpBasic)
        {
            var keys = new List<string> { "ApiToken" };
            if (schemes[0].PropertyName != "ApiToken")
            {
                keys.Add(schemes[0].PropertyName);
            }

            return new List<Setting> { new(schemes[0], "ApiToken", keys) };
        }

        return schemes.Select(s =>
        {
            // A scheme named like a member of ApiClientOptions (say 'timeout') gets a suffix instead of hiding it.
            var property = Reserved.Contains(s.PropertyName) || s.PropertyName == OptionsClass(spec) ? s.PropertyName + "Credential" : s.PropertyName;
            return new Setting(s, property, new[] { property });
        }).ToList();
    }

    private static readonly HashSet<string> Reserved = new(System.StringComparer.Ordinal)
    {
        "BaseAddress", "Timeout", "AttemptTimeout", "MaxRetryAttempts", "RetryBaseDelay", "RetryMaxDelay", "UseJitter",
        "MaxRetryAfter", "RetryUnsafeMethods", "RequireCredentials", "CreateCredentials", "ReadFrom", "ReadCredentials",
        "Validate", "ValidateCredentials", "ThrowIfInvalid", "ToString", "Equals", "GetHashCode", "GetType", "MemberwiseClone", "Finalize",
    };

    /// <summary>Writes the options class in its own namespace block, without a file header (it shares the credentials file).</summary>
    public static string WriteBlock(ClientSpec spec)
    {
        var writer = new SourceWriter();
        var name = OptionsClass(spec);
        var credentials = $"global::{spec.Namespace}.{CredentialsEmitter.CredentialsClass(spec)}";
        var settings = Settings(spec);
        writer.OpenBlock($"namespace {spec.Namespace}");
        writer.WriteLine($"/// <summary>Settings for <see cref=\"{spec.ClassName}\"/>: base address, timeouts, retries{(settings.Count > 0 ? " and credentials" : string.Empty)}. Bind them with <c>ReadFrom(key =&gt; section[key])</c> or <c>services.Add{spec.ClassName}(section)</c>.</summary>");
        writer.WriteLine($"/// <remarks>Configuration keys: <c>BaseAddress</c>, <c>Timeout</c>, <c>AttemptTimeout</c>, <c>MaxRetryAttempts</c>, <c>RetryBaseDelay</c>, <c>RetryMaxDelay</c>, <c>UseJitter</c>, <c>MaxRetryAfter</c>, <c>RetryUnsafeMethods</c>{string.Concat(settings.SelectMany(KeysOf).Select(k => $", <c>{DocComments.Escape(k)}</c>"))}. <see cref=\"ToString\"/> never shows a credential.</remarks>");
        writer.WriteLine(FileHeader.GeneratedCodeAttribute);
        writer.WriteLine($"[{KnownTypes.DebuggerDisplay}(\"{{ToString(),nq}}\")]");
        writer.OpenBlock($"{FileHeader.Accessibility(spec.Accessibility)} sealed partial class {name} : global::SpecClient.ApiClientOptions");
        foreach (var setting in settings)
        {
            var type = CredentialsEmitter.CredentialType(setting.Scheme);
            writer.WriteLine($"/// <summary>{DocComments.Escape(Describe(setting))}</summary>");
            writer.WriteLine($"[global::System.Diagnostics.DebuggerBrowsable(global::System.Diagnostics.DebuggerBrowsableState.Never)]");
            writer.WriteLine($"public {type}? {CSharp.Identifier(setting.Property)} {{ get; set; }}");
            writer.WriteLine();
        }

        if (settings.Count > 0)
        {
            writer.WriteLine($"/// <summary>Whether validation requires a credential{(settings.Count > 1 ? " (at least one)" : string.Empty)} to be set (default true). Turn it off when a handler of your own authenticates.</summary>");
            writer.WriteLine("public bool RequireCredentials { get; set; } = true;");
            writer.WriteLine();
        }

        writer.WriteLine($"/// <summary>Creates the credentials the client sends; null when none is set.</summary>");
        writer.OpenBlock($"public {credentials}? CreateCredentials()");
        if (settings.Count == 0)
        {
            writer.WriteLine("return null;");
        }
        else
        {
            writer.WriteLine($"if ({string.Join(" && ", settings.Select(s => $"{CSharp.Identifier(s.Property)} is null"))})");
            writer.OpenBlock();
            writer.WriteLine("return null;");
            writer.CloseBlock();
            writer.WriteLine();
            writer.WriteLine($"return new {credentials}");
            writer.OpenBlock();
            foreach (var setting in settings)
            {
                writer.WriteLine($"{CSharp.Identifier(setting.Scheme.PropertyName)} = {CSharp.Identifier(setting.Property)},");
            }

            writer.CloseBlock(";");
        }

        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("/// <inheritdoc/>");
        writer.OpenBlock("protected override void ReadCredentials(global::System.Func<string, string?> getValue)");
        writer.WriteLine($"{KnownTypes.ArgumentNullException}.ThrowIfNull(getValue);");
        foreach (var setting in settings)
        {
            writer.WriteLine();
            var property = CSharp.Identifier(setting.Property);
            if (setting.Scheme.Kind == SecuritySchemeKind.HttpBasic)
            {
                writer.WriteLine($"var {CSharp.Camel(setting.Property)}Username = getValue({CSharp.Literal(setting.Property + ":Username")});");
                writer.WriteLine($"var {CSharp.Camel(setting.Property)}Password = getValue({CSharp.Literal(setting.Property + ":Password")});");
                writer.WriteLine($"if ({CSharp.Camel(setting.Property)}Username is not null && {CSharp.Camel(setting.Property)}Password is not null)");
                writer.OpenBlock();
                writer.WriteLine($"{property} = new {KnownTypes.BasicCredentials}({CSharp.Camel(setting.Property)}Username, {CSharp.Camel(setting.Property)}Password);");
                writer.CloseBlock();
            }
            else
            {
                var reads = string.Join(" ?? ", setting.Keys.Select(k => $"getValue({CSharp.Literal(k)})"));
                writer.WriteLine($"if ({(setting.Keys.Count > 1 ? "(" + reads + ")" : reads)} is {{ }} {CSharp.Camel(setting.Property)}Value)");
                writer.OpenBlock();
                writer.WriteLine($"{property} = {CSharp.Camel(setting.Property)}Value;");
                writer.CloseBlock();
            }
        }

        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("/// <inheritdoc/>");
        writer.OpenBlock("protected override void ValidateCredentials(global::System.Collections.Generic.ICollection<string> errors)");
        writer.WriteLine($"{KnownTypes.ArgumentNullException}.ThrowIfNull(errors);");
        if (settings.Count > 0)
        {
            var missing = string.Join(" && ", settings.Select(s => $"{CSharp.Identifier(s.Property)} is null"));
            var keys = string.Join(" or ", settings.SelectMany(KeysOf).Select(k => $"'{k}'"));
            writer.WriteLine($"if (RequireCredentials && {missing})");
            writer.OpenBlock();
            writer.WriteLine($"errors.Add({CSharp.Literal($"{(settings.Count == 1 ? settings[0].Property + " is not" : "No credential is")} set (configuration key {keys}); the API needs a credential for {string.Join(" or ", settings.Select(s => $"'{s.Scheme.SchemeName}'"))}.")});");
            writer.CloseBlock();
            foreach (var setting in settings.Where(s => s.Scheme.Kind != SecuritySchemeKind.HttpBasic))
            {
                writer.WriteLine();
                var property = CSharp.Identifier(setting.Property);
                writer.WriteLine($"if ({property} is {{ }} {CSharp.Camel(setting.Property)}Check && ({CSharp.Camel(setting.Property)}Check.Trim().Length == 0 || {CSharp.Camel(setting.Property)}Check.IndexOfAny(new[] {{ '\\r', '\\n' }}) >= 0))");
                writer.OpenBlock();
                writer.WriteLine($"errors.Add({CSharp.Literal($"{setting.Property} is empty or contains a line break.")});");
                writer.CloseBlock();
            }
        }

        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("/// <summary>Names the settings, never a credential's value.</summary>");
        var parts = new List<string> { "BaseAddress = {(BaseAddress is null ? \"(spec default)\" : BaseAddress.GetComponents(global::System.UriComponents.SchemeAndServer | global::System.UriComponents.Path, global::System.UriFormat.UriEscaped))}", "Timeout = {Timeout}", "AttemptTimeout = {AttemptTimeout}", "MaxRetryAttempts = {MaxRetryAttempts}" };
        parts.AddRange(settings.Select(s => $"{s.Property} = {{({CSharp.Identifier(s.Property)} is null ? \"(not set)\" : \"***\")}}"));
        writer.WriteLine($"public override string ToString() => $\"{name} {{{{ {string.Join(", ", parts)} }}}}\";");
        writer.CloseBlock();
        writer.CloseBlock();
        return writer.ToString();
    }

    private static IEnumerable<string> KeysOf(Setting setting) =>
        setting.Scheme.Kind == SecuritySchemeKind.HttpBasic
            ? new[] { setting.Property + ":Username", setting.Property + ":Password" }
            : setting.Keys;

    private static string Describe(Setting setting) => setting.Scheme.Kind switch
    {
        SecuritySchemeKind.HttpBasic => $"User name and password for '{setting.Scheme.SchemeName}' (configuration keys '{setting.Property}:Username' and '{setting.Property}:Password').",
        _ => $"The credential for '{setting.Scheme.SchemeName}' (configuration key {string.Join(" or ", setting.Keys.Select(k => $"'{k}'"))}).",
    };
}
