using System;
using System.IO;
using System.Linq;
using System.Text;
using SpecClient.Generator.Model;
using SpecClient.Generator.Reading;

namespace SpecClient.Generator.Tests.Reading;

/// <summary>Runs the reader on text or files and finds things in its result.</summary>
internal static class ReaderHarness
{
    public static ReadResult Read(string text, string path = "/specs/test.yaml", bool groupByTag = false, System.Collections.Generic.IEnumerable<SpecDocument>? others = null) =>
        SpecReader.Read(new SpecInput
        {
            Entry = new SpecDocument(path, text),
            OtherDocuments = new Model.EquatableArray<SpecDocument>(others ?? Enumerable.Empty<SpecDocument>()),
            Options = new ClientOptions { ClassName = "TestClient", Namespace = "Test.Api", GroupByTag = groupByTag },
        });

    /// <summary>Reads and binds as the pipeline does: the bound model, and the reader's and binder's findings located.</summary>
    public static BoundRead ReadBound(SpecInput input)
    {
        var read = SpecReader.Read(input);
        if (read.Spec is null)
        {
            return new BoundRead(null, read.Diagnostics.ToList());
        }

        var bound = SpecClient.Generator.Binding.ClientBinder.Bind(read.Spec);
        return new BoundRead(bound.Client, read.Diagnostics.Concat(read.Places.Locate(read.Spec.SpecPath, bound.Findings)).ToList());
    }

    /// <summary>Reads and binds text as the pipeline does.</summary>
    public static BoundRead ReadBound(string text, bool groupByTag = false) =>
        ReadBound(new SpecInput
        {
            Entry = new SpecDocument("/specs/test.yaml", text),
            Options = new ClientOptions { ClassName = "TestClient", Namespace = "Test.Api", GroupByTag = groupByTag },
        });

    public static OperationModel Operation(this ClientModel spec, string name) =>
        spec.Operations.SingleOrDefault(o => o.Name == name) ?? throw new InvalidOperationException(
            "no operation " + name + "; operations: " + string.Join(", ", spec.Operations.Select(o => o.Name)));

    public static TypeModel Type(this ClientModel spec, string name) =>
        spec.Types.SingleOrDefault(t => t.Name == name) ?? throw new InvalidOperationException(
            "no type " + name + "; types: " + string.Join(", ", spec.Types.Select(t => t.Name)));

    /// <summary>Reads a spec that must produce a model, with its names settled (the binder's first step): C# names throughout.</summary>
    public static ClientSpec ReadSpec(string text, bool groupByTag = false)
    {
        var result = Read(text, groupByTag: groupByTag);
        Assert.True(result.Spec is not null, "no model; diagnostics: " + Describe(result));
        return Named(result.Spec!);
    }

    /// <summary>The read model with the names the binder settles, as every step after naming sees it.</summary>
    public static ClientSpec Named(ClientSpec spec) =>
        SpecClient.Generator.Binding.NameBinder.Bind(spec, new System.Collections.Generic.List<BindFinding>());

    /// <summary>Severity comes from the descriptor catalog, the one place that decides it.</summary>
    public static bool IsError(DiagnosticInfo diagnostic) =>
        global::SpecClient.Generator.Diagnostics.DiagnosticDescriptors.ById[diagnostic.Id].DefaultSeverity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error;

    public static string RepoRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Generator.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Generator.sln not found above " + AppContext.BaseDirectory);
    }

    public static TypeSpec Type(this ClientSpec spec, string name) =>
        spec.Types.SingleOrDefault(t => t.Name == name) ?? throw new InvalidOperationException(
            "no type " + name + "; types: " + string.Join(", ", spec.Types.Select(t => t.Name)));

    public static PropertySpec Property(this TypeSpec type, string wireName) =>
        type.Properties.SingleOrDefault(p => p.WireName == wireName) ?? throw new InvalidOperationException(
            "no property " + wireName + " in " + type.Name);

    public static OperationSpec Operation(this ClientSpec spec, string name) =>
        spec.Operations.SingleOrDefault(o => o.Name == name) ?? throw new InvalidOperationException(
            "no operation " + name + "; operations: " + string.Join(", ", spec.Operations.Select(o => o.Name)));

    public static string Describe(ReadResult result)
    {
        var text = new StringBuilder();
        foreach (var d in result.Diagnostics)
        {
            text.Append(d.Id).Append(' ').Append(string.Join(" | ", d.MessageArgs));
            if (d.Location is { } l)
            {
                text.Append(" @").Append(l.StartLine).Append(':').Append(l.StartColumn);
            }

            text.AppendLine();
        }

        return text.ToString();
    }

    /// <summary>A short C#-like spelling of a type, for readable assertions.</summary>
    public static string Show(this TypeRef type)
    {
        var text = type.Kind switch
        {
            TypeKind.Named => type.Name!,
            TypeKind.Array => "List<" + type.Element!.Show() + ">",
            TypeKind.Map => "Map<" + type.Element!.Show() + ">",
            _ => type.Kind.ToString(),
        };
        return type.IsNullable ? text + "?" : text;
    }
}

/// <summary>What reading and binding gave: the bound model (null when the spec could not be used) and every located finding.</summary>
internal sealed record BoundRead(ClientModel? Spec, System.Collections.Generic.IReadOnlyList<DiagnosticInfo> Diagnostics);
