using System;
using System.ComponentModel;
using System.Linq;
using System.Reflection;
using SpecClient.Generator.Emitting.Syntax;
using Xunit;

namespace SpecClient.Generator.Tests.Emitting;

/// <summary>
/// Generated code names runtime types only through <see cref="KnownTypes"/>: each <c>_p::</c> name is a type users may
/// see (namespace <c>SpecClient</c>), each <c>_i::</c> name plumbing hidden in <c>SpecClient.Internal</c>; and the runtime
/// exports no hidden plumbing that generated code never names (that would be internal).
/// </summary>
public sealed class KnownTypesTests
{
    private static readonly Type[] Exported = typeof(SpecClient.ApiClientOptions).Assembly.GetExportedTypes();

    private static readonly string[] RuntimeNames = typeof(KnownTypes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (string)f.GetRawConstantValue()!)
        .Where(v => v.StartsWith(Aliases.Internal, StringComparison.Ordinal) || v.StartsWith(Aliases.Public, StringComparison.Ordinal))
        .ToArray();

    [Fact]
    public void Every_runtime_name_the_emitter_writes_is_in_the_namespace_its_alias_says()
    {
        Assert.NotEmpty(RuntimeNames);
        foreach (var name in RuntimeNames)
        {
            var ns = name.StartsWith(Aliases.Internal, StringComparison.Ordinal) ? "SpecClient.Internal" : "SpecClient";
            var simple = name.Substring(name.IndexOf("::", StringComparison.Ordinal) + 2);
            // ApiResponse names ApiResponse and ApiResponse<T>; an attribute is written without its suffix.
            var types = Exported.Where(t => t.Namespace == ns && (BaseName(t) == simple || BaseName(t) == simple + "Attribute")).ToArray();
            Assert.True(types.Length > 0, $"{name} is no public type of {ns}");
            foreach (var type in types)
            {
                var hidden = type.GetCustomAttribute<EditorBrowsableAttribute>()?.State == EditorBrowsableState.Never;
                Assert.True(hidden == (ns == "SpecClient.Internal"), $"{type.FullName}: hidden is {hidden}");
            }
        }
    }

    [Fact]
    public void Every_public_plumbing_type_is_one_generated_code_names()
    {
        var named = RuntimeNames.Select(n => n.Substring(n.IndexOf("::", StringComparison.Ordinal) + 2)).ToHashSet(StringComparer.Ordinal);
        var unused = Exported
            .Where(t => t.Namespace == "SpecClient.Internal" && !t.IsNested)
            .Select(BaseName)
            .Where(n => !named.Contains(n) && !(n.EndsWith("Attribute", StringComparison.Ordinal) && named.Contains(n.Substring(0, n.Length - "Attribute".Length))))
            .ToArray();

        Assert.Empty(unused);
    }

    private static string BaseName(Type type) => type.IsGenericType ? type.Name.Substring(0, type.Name.IndexOf('`')) : type.Name;
}
