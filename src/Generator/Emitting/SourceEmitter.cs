using System.Collections.Generic;
using System.Linq;
using SpecClient.Generator.Emitting.Files;
using SpecClient.Generator.Emitting.Json;
using SpecClient.Generator.Emitting.Syntax;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Emitting;

/// <summary>A generated file: its hint name and its text.</summary>
internal sealed record GeneratedFile(string HintName, string Text);

/// <summary>
/// Turns a bound client model into source files, one emitter per file kind (Files/). Looks only at the model,
/// never at the OpenAPI document, and decides nothing the binder decides.
/// </summary>
internal static class SourceEmitter
{
    public static IReadOnlyList<GeneratedFile> Emit(ClientModel spec, EmitOptions options)
    {
        using var reuse = SourceWriter.ReuseBuilders();
        var json = new JsonTypes(spec);
        var prefix = $"{spec.Namespace}.{spec.ClassName}";
        var files = new List<GeneratedFile>
        {
            new($"{prefix}.g.cs", ClientEmitter.Write(json)),
            new($"{prefix}.Interface.g.cs", InterfaceEmitter.Write(json)),
            new($"{prefix}.Credentials.g.cs", CredentialsEmitter.Write(json)),
            new($"{prefix}.Options.g.cs", OptionsEmitter.Write(json)),
            new($"{prefix}.JsonContext.g.cs", JsonContextEmitter.Write(json)),
        };

        if (options.DependencyInjection)
        {
            files.Add(new GeneratedFile($"{prefix}.DependencyInjection.g.cs", DependencyInjectionEmitter.Write(json, options.HttpClientLoggers)));
        }

        if (ValidationEmitter.Write(json) is { } validation)
        {
            files.Add(new GeneratedFile($"{prefix}.Validation.g.cs", validation));
        }

        if (WebhooksEmitter.Write(json) is { } webhooks)
        {
            files.Add(new GeneratedFile($"{prefix}.Webhooks.g.cs", webhooks));
        }

        for (var i = 0; i < files.Count; i++)
        {
            files[i] = files[i] with { Text = Aliases.Declare(files[i].Text, spec.Namespace) };
        }

        // Model files declare their aliases as they are put together (no copy of the whole text to insert them).
        foreach (var (key, types) in ModelFileGroups.Group(spec.Types.Select(type => TypeFileEmitter.Write(json, type))))
        {
            var name = key.Length == 0 ? $"{prefix}.Models.g.cs" : $"{prefix}.Models.{key}.g.cs";
            files.Add(new GeneratedFile(name, TypeFileEmitter.WriteFile(json, types)));
        }

        return files;
    }
}
