using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace SpecClient.Generator.Tests.Infrastructure;

/// <summary>Metadata references for compiling generated code in memory: the running framework plus SpecClient.Runtime.</summary>
public static class References
{
    private static readonly Lazy<IReadOnlyList<MetadataReference>> AllLazy = new(() =>
    {
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var framework = trusted
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal)
                || Path.GetFileName(path) is "mscorlib.dll" or "netstandard.dll" or "Microsoft.Win32.Primitives.dll")
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path));
        var runtime = MetadataReference.CreateFromFile(typeof(SpecClient.ApiException).Assembly.Location);
        return framework.Append(runtime).ToList();
    });

    public static IReadOnlyList<MetadataReference> All => AllLazy.Value;
}
