using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using SpecClient.Generator.Inputs;
using SpecClient.Generator.Model;

namespace SpecClient.Generator;

/// <summary>
/// Wires the pipeline: &lt;OpenApiClient&gt; items (AdditionalFiles) -> spec text and options -> read model -> bound model
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
        // keeps only those under its reference root, so an edit to one client's files re-reads only that client.
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
            .Select(static (pair, cancellationToken) => Read(pair.Left, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.ReadResults);

        var readModels = results
            .Where(static result => result.Spec is not null)
            .Select(static (result, _) => result.Spec!)
            .WithTrackingName(TrackingNames.ReadModels);

        // The bind step: every C# name and member decided once. It sees the read model only, so a spec edit that leaves
        // the model equal (lines moved, a comment) stops at the read step.
        var bound = readModels
            .Select(static (spec, cancellationToken) => Bind(spec, cancellationToken))
            .WithTrackingName(TrackingNames.BoundClients);

        var models = bound
            .Where(static result => result.Client is not null)
            .Select(static (result, _) => result.Client!)
            .WithTrackingName(TrackingNames.ClientModels);

        // The binder's findings carry JSON pointers; they are located with the reader's places only here, in an output
        // of diagnostics alone, so moved lines re-report them without binding or emitting again.
        var bindDiagnostics = bound
            .Select(static (result, _) => result with { Client = null })
            .Collect()
            .Combine(results.Select(static (result, _) => result.Places).Collect())
            .Select(static (pair, _) => Locate(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.BindDiagnostics);

        // Only a small record leaves the compilation, so an edit elsewhere re-runs this cheap check and nothing after it.
        var emitOptions = context.CompilationProvider
            .Select(static (compilation, _) => ProjectOptions.EmitOptionsOf(compilation))
            .WithTrackingName(TrackingNames.EmitOptions);

        // Two items that end in the same namespace and class would add the same files: the first by path generates it.
        var duplicates = models
            .Select(static (model, _) => new ClientIdentity(model.Namespace + "." + model.ClassName, model.SpecPath))
            .Collect()
            .Select(static (all, _) => DuplicateClient.Find(all))
            .WithTrackingName(TrackingNames.DuplicateClients);

        var emitInputs = models
            .Combine(emitOptions)
            .WithTrackingName(TrackingNames.ClientModelsForEmit);

        // Baseline specs (Baseline metadata) reach only the upgrade check, whose output is diagnostics alone:
        // editing a baseline re-runs that check and nothing that emits code.
        var baselines = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, cancellationToken) => BaselineFile.From(pair.Left, pair.Right.GetOptions(pair.Left), cancellationToken))
            .Where(static baseline => baseline is not null)
            .Select(static (baseline, _) => baseline!)
            .Collect()
            .Select(static (all, _) => all.OrderBy(static b => b.Path, StringComparer.Ordinal).ToEquatableArray())
            .WithTrackingName(TrackingNames.Baselines);

        var upgradeInputs = requestsWithParts
            .Combine(baselines)
            .Combine(projectOptions)
            .Select(static (pair, _) => UpgradeInputOf(pair.Left.Left, pair.Left.Right, pair.Right))
            .Where(static input => input is not null)
            .Select(static (input, _) => input!)
            .WithTrackingName(TrackingNames.UpgradeInputs);

        var upgradeDiagnostics = upgradeInputs
            .Select(static (input, _) => RunUpgradeCheck(input))
            .WithTrackingName(TrackingNames.UpgradeDiagnostics);

        context.RegisterSourceOutput(results.Select(static (result, _) => result.Diagnostics), ReportDiagnostics);
        context.RegisterSourceOutput(upgradeDiagnostics, ReportDiagnostics);
        context.RegisterSourceOutput(bindDiagnostics, ReportDiagnostics);
        context.RegisterSourceOutput(emitInputs.Combine(duplicates), static (context, pair) => Emit(context, pair.Left.Left, pair.Left.Right, pair.Right));
        context.RegisterSourceOutput(
            projectOptions.Select(static (options, _) => options.MissingSpecs).WithTrackingName(TrackingNames.MissingSpecs),
            ReportMissingSpecs);
    }
}
