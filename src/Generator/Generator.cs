using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SpecClient.Generator.Diagnostics;
using SpecClient.Generator.Emitting;
using SpecClient.Generator.Helpers;
using SpecClient.Generator.Model;
using SpecClient.Generator.Reading;

namespace SpecClient.Generator;

/// <summary>
/// Wires the pipeline: &lt;OpenApiClient&gt; items (AdditionalFiles) -> spec text and options -> model -> source.
/// Each step's output compares by value, so an edit elsewhere in the project re-parses nothing.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class SpecClientGenerator : IIncrementalGenerator
{
    private const string ItemMetadata = "build_metadata.AdditionalFiles.";

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var projectOptions = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => ReadProjectOptions(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.ProjectOptions);

        var requests = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, cancellationToken) => ReadRequest(pair.Left, pair.Right.GetOptions(pair.Left), cancellationToken))
            .Where(static request => request is not null)
            .Select(static (request, _) => request!)
            .WithTrackingName(TrackingNames.SpecRequests);

        // Files a multi-file spec may reach (OpenApiClientPart items): collected once, then each request
        // keeps only those under its entry's folder, so an edit to one client's files re-reads only that client.
        var parts = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, cancellationToken) => ReadPart(pair.Left, pair.Right.GetOptions(pair.Left), cancellationToken))
            .Where(static part => part is not null)
            .Select(static (part, _) => part!)
            .Collect()
            .Select(static (all, _) => all.OrderBy(static part => part.Path, StringComparer.Ordinal).ToEquatableArray())
            .WithTrackingName(TrackingNames.SpecParts);

        var requestsWithParts = requests
            .Combine(parts)
            .Select(static (pair, _) => pair.Left.WithPartsFrom(pair.Right))
            .WithTrackingName(TrackingNames.SpecRequestsWithParts);

        var results = requestsWithParts
            .Combine(projectOptions)
            .Select(static (pair, _) => Read(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.ReadResults);

        var models = results
            .Where(static result => result.Spec is not null)
            .Select(static (result, _) => result.Spec!)
            .WithTrackingName(TrackingNames.ClientModels);

        // Only a bool leaves the compilation, so an edit elsewhere re-runs this cheap check and nothing after it.
        var dependencyInjection = context.CompilationProvider
            .Select(static (compilation, _) => ReferencesHttpClientFactory(compilation))
            .WithTrackingName(TrackingNames.DependencyInjectionAvailable);

        var emitModels = models
            .Combine(dependencyInjection)
            .Select(static (pair, _) => pair.Left.EmitDependencyInjection == pair.Right ? pair.Left : pair.Left with { EmitDependencyInjection = pair.Right })
            .WithTrackingName(TrackingNames.ClientModelsForEmit);

        context.RegisterSourceOutput(results.Select(static (result, _) => result.Diagnostics), ReportDiagnostics);
        context.RegisterSourceOutput(emitModels, Emit);
        context.RegisterSourceOutput(
            projectOptions.Select(static (options, _) => options.MissingSpecs).WithTrackingName(TrackingNames.MissingSpecs),
            ReportMissingSpecs);
    }

    /// <summary>
    /// Whether the compilation references what the emitted <c>Add{ClassName}</c> uses: Microsoft.Extensions.Http
    /// (IHttpClientFactory), and the configuration and options abstractions it depends on.
    /// </summary>
    private static bool ReferencesHttpClientFactory(Compilation compilation)
    {
        bool http = false, configuration = false, options = false;
        foreach (var assembly in compilation.ReferencedAssemblyNames)
        {
            switch (assembly.Name)
            {
                case "Microsoft.Extensions.Http":
                    http = true;
                    break;
                case "Microsoft.Extensions.Configuration.Abstractions":
                    configuration = true;
                    break;
                case "Microsoft.Extensions.Options":
                    options = true;
                    break;
            }
        }

        return http && configuration && options;
    }

    private static ProjectOptions ReadProjectOptions(AnalyzerConfigOptions options)
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

    private static SpecRequest? ReadRequest(AdditionalText file, AnalyzerConfigOptions options, System.Threading.CancellationToken cancellationToken)
    {
        if (!options.TryGetValue(ItemMetadata + "SpecClientItem", out var item) || item != "OpenApiClient")
        {
            return null;
        }

        string? Metadata(string name) => options.TryGetValue(ItemMetadata + name, out var value) ? value : null;
        var metadata = new[] { "ClassName", "Namespace", "Accessibility", "GroupByTag", Selection.OperationSelection.IncludeMetadata, Selection.OperationSelection.ExcludeMetadata }
            .Select(name => new MetadataValue(name, Metadata(name)))
            .ToEquatableArray();
        return new SpecRequest(file.Path, file.GetText(cancellationToken)?.ToString(), metadata);
    }

    private static SpecDocument? ReadPart(AdditionalText file, AnalyzerConfigOptions options, System.Threading.CancellationToken cancellationToken)
    {
        if (!options.TryGetValue(ItemMetadata + "SpecClientItem", out var item) || item != "OpenApiClientPart")
        {
            return null;
        }

        // An unreadable part is left out; a $ref to it then reports a located SPEC004.
        return file.GetText(cancellationToken)?.ToString() is { } text ? new SpecDocument(file.Path, text) : null;
    }

    private static ReadResult Read(SpecRequest request, ProjectOptions project)
    {
        var diagnostics = new List<DiagnosticInfo>();
        try
        {
            if (request.Text is null)
            {
                diagnostics.Add(new DiagnosticInfo(DiagnosticIds.SpecFileNotFound, new EquatableArray<string>(new[] { request.Path }), null));
                return new ReadResult(null, diagnostics.ToEquatableArray());
            }

            var options = ClientOptionsReader.Read(request.Path, request.Get, project.RootNamespace, diagnostics);
            var input = new SpecInput { Entry = new SpecDocument(request.Path, request.Text), OtherDocuments = request.Parts, Options = options };
            var result = SpecReader.Read(input);
            diagnostics.AddRange(result.Diagnostics);
            return new ReadResult(result.Spec, diagnostics.ToEquatableArray());
        }
        catch (Exception exception)
        {
            diagnostics.Add(InternalError(exception, request.Path));
            return new ReadResult(null, diagnostics.ToEquatableArray());
        }
    }

    private static void Emit(SourceProductionContext context, ClientSpec spec)
    {
        IReadOnlyList<GeneratedFile> files;
        try
        {
            files = SourceEmitter.Emit(spec);
        }
        catch (Exception exception)
        {
            Report(context, InternalError(exception, spec.SpecPath));
            return;
        }

        foreach (var file in files)
        {
            context.AddSource(file.HintName, SourceText.From(file.Text, System.Text.Encoding.UTF8));
        }
    }

    private static void ReportDiagnostics(SourceProductionContext context, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            Report(context, diagnostic);
        }
    }

    private static void ReportMissingSpecs(SourceProductionContext context, EquatableArray<string> missingSpecs)
    {
        foreach (var path in missingSpecs)
        {
            Report(context, new DiagnosticInfo(DiagnosticIds.SpecFileNotFound, new EquatableArray<string>(new[] { path }), null));
        }
    }

    private static void Report(SourceProductionContext context, DiagnosticInfo info)
    {
        var descriptor = DiagnosticDescriptors.ById.TryGetValue(info.Id, out var known) ? known : DiagnosticDescriptors.InternalError;
        var location = info.Location is { } at
            ? Location.Create(
                at.FilePath,
                default,
                new LinePositionSpan(new LinePosition(at.StartLine, at.StartColumn), new LinePosition(at.EndLine, at.EndColumn)))
            : Location.None;
        context.ReportDiagnostic(Diagnostic.Create(descriptor, location, info.MessageArgs.Cast<object>().ToArray()));
    }

    private static DiagnosticInfo InternalError(Exception exception, string path) =>
        new(DiagnosticIds.InternalError, new EquatableArray<string>(new[] { $"{exception.GetType().Name}: {exception.Message}" }), new SourceLocation(path, 0, 0, 0, 0));
}

/// <summary>One &lt;OpenApiClient&gt; item: its path, its text (null when unreadable) and its metadata.</summary>
internal sealed record SpecRequest(string Path, string? Text, EquatableArray<MetadataValue> Metadata)
{
    /// <summary>The spec files under the entry's folder that the build supplied (a multi-file spec's other files).</summary>
    public EquatableArray<SpecDocument> Parts { get; init; } = EquatableArray<SpecDocument>.Empty;

    public SpecRequest WithPartsFrom(EquatableArray<SpecDocument> parts)
    {
        var folder = Reading.Bundling.SpecPaths.Directory(Reading.Bundling.SpecPaths.Normalize(Path));
        var mine = parts.Where(part => part.Path != Path && Reading.Bundling.SpecPaths.IsUnder(part.Path, folder)).ToEquatableArray();
        return mine.IsEmpty && Parts.IsEmpty ? this : this with { Parts = mine };
    }

    public string? Get(string name) => Metadata.FirstOrDefault(m => m.Name == name)?.Value;
}

/// <summary>A metadata name and value of an &lt;OpenApiClient&gt; item.</summary>
internal sealed record MetadataValue(string Name, string? Value);
