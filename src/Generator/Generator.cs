using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using SpecClient.Generator.Inputs;
using SpecClient.Generator.Model;

namespace SpecClient.Generator;

/// <summary>
/// Wires the pipeline: &lt;OpenApiClient&gt; items (AdditionalFiles) -> spec text and options -> read and bound model
/// -> source. Each step's output compares by value, so an edit elsewhere in the project re-parses nothing. What each
/// step does lives in <c>Generator.Steps.cs</c> and the folders it calls (see docs/architecture.md).
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed partial class SpecClientGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var projectOptions = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => ProjectOptions.Read(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.ProjectOptions);

        var requests = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, cancellationToken) => SpecRequest.From(pair.Left, pair.Right.GetOptions(pair.Left), cancellationToken))
            .Where(static request => request is not null)
            .Select(static (request, _) => request!)
            .WithTrackingName(TrackingNames.SpecRequests);

        // Files a multi-file spec may reach (OpenApiClientPart items): collected once, then each request
        // keeps only those under its entry's folder, so an edit to one client's files re-reads only that client.
        var parts = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, cancellationToken) => SpecRequest.PartFrom(pair.Left, pair.Right.GetOptions(pair.Left), cancellationToken))
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

        // Only a small record leaves the compilation, so an edit elsewhere re-runs this cheap check and nothing after it.
        var emitOptions = context.CompilationProvider
            .Select(static (compilation, _) => ProjectOptions.EmitOptionsOf(compilation))
            .WithTrackingName(TrackingNames.EmitOptions);

        var emitInputs = models
            .Combine(emitOptions)
            .WithTrackingName(TrackingNames.ClientModelsForEmit);

        context.RegisterSourceOutput(results.Select(static (result, _) => result.Diagnostics), ReportDiagnostics);
        context.RegisterSourceOutput(emitInputs, static (context, pair) => Emit(context, pair.Left, pair.Right));
        context.RegisterSourceOutput(
            projectOptions.Select(static (options, _) => options.MissingSpecs).WithTrackingName(TrackingNames.MissingSpecs),
            ReportMissingSpecs);
    }
}
