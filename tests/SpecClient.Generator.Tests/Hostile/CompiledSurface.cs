using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

namespace SpecClient.Generator.Tests.Hostile;

/// <summary>
/// Emits a compilation to an assembly, loads it in a collectible context and lists what it defines by reflection:
/// every type and every member declared on it, as "Type::Member" lines.
/// </summary>
internal static class CompiledSurface
{
    private const BindingFlags Declared = BindingFlags.DeclaredOnly | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;

    public static IReadOnlyList<string> Of(Compilation compilation)
    {
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(20)));
        image.Position = 0;
        var context = new AssemblyLoadContext("hostile-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(image);
            return assembly.GetTypes()
                .Where(t => !t.FullName!.StartsWith("<", StringComparison.Ordinal) && !t.Name.StartsWith("<", StringComparison.Ordinal) && t.Namespace != "Microsoft.CodeAnalysis" && t.Namespace != "System.Runtime.CompilerServices")
                .SelectMany(t => new[] { t.FullName! }.Concat(t.GetMembers(Declared).Where(IsWritten).Select(m => t.FullName + "::" + m.Name)))
                .Distinct()
                .OrderBy(line => line, StringComparer.Ordinal)
                .ToList();
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>Members the source declares (not the backing fields and accessors the compiler adds).</summary>
    private static bool IsWritten(MemberInfo member) =>
        !member.Name.Contains('<', StringComparison.Ordinal) &&
        !(member is MethodInfo { IsSpecialName: true } method && (method.Name.StartsWith("get_", StringComparison.Ordinal) || method.Name.StartsWith("set_", StringComparison.Ordinal)));
}
