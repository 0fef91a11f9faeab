using System.Collections.Generic;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Emitting;

/// <summary>A generated file: its hint name and its text.</summary>
internal sealed record GeneratedFile(string HintName, string Text);

/// <summary>Turns a client model into source files. Looks only at the model, never at the OpenAPI document.</summary>
internal static class SourceEmitter
{
    public static IReadOnlyList<GeneratedFile> Emit(ClientSpec spec)
    {
        var json = new JsonTypes(spec);
        var prefix = $"{spec.Namespace}.{spec.ClassName}";
        var files = new List<GeneratedFile>
        {
            new($"{prefix}.g.cs", ClientEmitter.Write(json)),
            // The options carry the credentials, so they share the credentials file.
            new($"{prefix}.Credentials.g.cs", CredentialsEmitter.Write(spec) + "\n" + OptionsEmitter.WriteBlock(spec)),
            new($"{prefix}.JsonContext.g.cs", JsonContextEmitter.Write(json)),
        };

        if (spec.EmitDependencyInjection)
        {
            files.Add(new GeneratedFile($"{prefix}.DependencyInjection.g.cs", DependencyInjectionEmitter.Write(spec)));
        }

        if (ValidationEmitter.Write(json) is { } validation)
        {
            files.Add(new GeneratedFile($"{prefix}.Validation.g.cs", validation));
        }

        foreach (var type in spec.Types)
        {
            files.Add(new GeneratedFile($"{prefix}.Models.{type.Name}.g.cs", TypeFileEmitter.Write(json, type)));
        }

        return files;
    }
}
