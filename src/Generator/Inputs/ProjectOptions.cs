using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SpecClient.Generator.Emitting;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Inputs;

/// <summary>Project-wide settings the generator reads from MSBuild properties.</summary>
internal sealed record ProjectOptions(string? RootNamespace, EquatableArray<string> MissingSpecs)
{
    public static ProjectOptions Read(AnalyzerConfigOptions options)
    {
        options.TryGetValue("build_property.RootNamespace", out var rootNamespace);
        options.TryGetValue("build_property.SpecClientMissingSpecs", out var missing);
        var missingSpecs = (missing ?? string.Empty)
            .Split(new[] { ';' }, StringSplitOptions.RemoveEmptyEntries)
            .Select(static path => path.Trim())
            .Where(static path => path.Length > 0)
            .ToEquatableArray();
        return new ProjectOptions(rootNamespace, missingSpecs);
    }

    /// <summary>
    /// What the compilation lets the emitters write: DI registration when it references what the emitted
    /// <c>Add{ClassName}</c> uses: Microsoft.Extensions.Http (IHttpClientFactory), and the configuration and options
    /// abstractions it depends on.
    /// </summary>
    public static EmitOptions EmitOptionsOf(Compilation compilation)
    {
        bool http = false, configuration = false, options = false;
        var httpMajor = 0;
        foreach (var assembly in compilation.ReferencedAssemblyNames)
        {
            switch (assembly.Name)
            {
                case "Microsoft.Extensions.Http":
                    http = true;
                    httpMajor = assembly.Version.Major;
                    break;
                case "Microsoft.Extensions.Configuration.Abstractions":
                    configuration = true;
                    break;
                case "Microsoft.Extensions.Options":
                    options = true;
                    break;
            }
        }

        // Microsoft.Extensions.Http 8.x logs the query (9.0 redacts it by default, and keeps its header logs at Trace):
        // only there does the registration replace the loggers, which 8.0 is the first to allow.
        var loggers = http && httpMajor == 8;
        return new EmitOptions(DependencyInjection: http && configuration && options, HttpClientLoggers: loggers);
    }
}
