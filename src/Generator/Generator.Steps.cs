using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SpecClient.Generator.Binding;
using SpecClient.Generator.Diagnostics;
using SpecClient.Generator.Emitting;
using SpecClient.Generator.Inputs;
using SpecClient.Generator.Model;
using SpecClient.Generator.Reading;
using SpecClient.Generator.Upgrade;

namespace SpecClient.Generator;

/// <summary>The functions the pipeline's steps run; each catches what it does not expect as SPEC900.</summary>
public sealed partial class SpecClientGenerator
{
    /// <summary>Options from the item's metadata, then the reader: the read model, every finding, and the places of its constructs.</summary>
    private static ReadResult Read(SpecRequest request, ProjectOptions project, System.Threading.CancellationToken cancellationToken)
    {
        var diagnostics = new List<DiagnosticInfo>();
        try
        {
            if (request.Text is null)
            {
                diagnostics.Add(new DiagnosticInfo(DiagnosticIds.SpecFileNotFound, new[] { request.Path }.ToEquatableArray(), null));
                return new ReadResult(null, diagnostics.ToEquatableArray());
            }

            var options = ClientOptionsReader.Read(request.Path, request.Get, project.RootNamespace, diagnostics);
            var input = new SpecInput
            {
                Entry = new SpecDocument(request.Path, request.Text),
                OtherDocuments = request.Parts,
                Options = options,
                ReferenceRoot = request.ReferenceRoot,
            };
            var result = SpecReader.Read(input, cancellationToken);
            diagnostics.AddRange(result.Diagnostics);
            return new ReadResult(result.Spec, diagnostics.ToEquatableArray(), result.Places);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            diagnostics.Add(InternalError.For(exception, request.Path));
            return new ReadResult(null, diagnostics.ToEquatableArray());
        }
    }

    /// <summary>The bind step: the bound model and the binder's findings; a failure inside it is SPEC900, never a crash.</summary>
    private static BindStep Bind(ClientSpec spec, System.Threading.CancellationToken cancellationToken)
    {
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            var bound = ClientBinder.Bind(spec);
            return new BindStep(spec.SpecPath, bound.Client, bound.Findings, EquatableArray<DiagnosticInfo>.Empty);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return new BindStep(spec.SpecPath, null, EquatableArray<BindFinding>.Empty, new[] { InternalError.For(exception, spec.SpecPath) }.ToEquatableArray());
        }
    }

    /// <summary>Every client's binder findings at the places its reader found, and the bind step's own failures.</summary>
    private static EquatableArray<DiagnosticInfo> Locate(
        System.Collections.Immutable.ImmutableArray<BindStep> steps,
        System.Collections.Immutable.ImmutableArray<SpecPlaces> places)
    {
        var located = new List<DiagnosticInfo>();
        foreach (var step in steps)
        {
            located.AddRange(step.Errors);
            var placesOfSpec = places.FirstOrDefault(p => p.SpecPath == step.SpecPath) ?? SpecPlaces.None;
            located.AddRange(placesOfSpec.Locate(step.SpecPath, step.Findings));
        }

        return located.ToEquatableArray();
    }

    /// <summary>The upgrade check's input for a client with Baseline metadata; null for every other client.</summary>
    private static UpgradeInput? UpgradeInputOf(SpecRequest request, EquatableArray<BaselineFile> baselines, ProjectOptions project)
    {
        if (request.Text is null || string.IsNullOrWhiteSpace(request.Get("Baseline")))
        {
            return null;
        }

        var display = request.Get("Baseline")!.Trim();
        var owner = Reading.Bundling.SpecPaths.Normalize(request.Path);
        var baseline = baselines.FirstOrDefault(b => string.Equals(Reading.Bundling.SpecPaths.Normalize(b.For), owner, StringComparison.OrdinalIgnoreCase));
        var options = ClientOptionsReader.Read(request.Path, request.Get, project.RootNamespace, new List<DiagnosticInfo>());
        var current = new SpecInput { Entry = new SpecDocument(request.Path, request.Text), OtherDocuments = request.Parts, Options = options };
        return new UpgradeInput(current, baseline?.Path ?? display, display, baseline?.Text);
    }

    /// <summary>The upgrade check (diagnostics only); a failure inside it is SPEC900, never a crash.</summary>
    private static EquatableArray<DiagnosticInfo> RunUpgradeCheck(UpgradeInput input)
    {
        try
        {
            return UpgradeCheck.Run(input);
        }
        catch (Exception exception)
        {
            return new[] { InternalError.For(exception, input.Current.Entry.Path) }.ToEquatableArray();
        }
    }

    private static void Emit(SourceProductionContext context, ClientModel spec, EmitOptions options, EquatableArray<DuplicateClient> duplicates)
    {
        if (duplicates.FirstOrDefault(d => d.SpecPath == spec.SpecPath) is { } duplicate)
        {
            DiagnosticReporter.Report(context, duplicate.Diagnostic());
            return;
        }

        try
        {
            foreach (var file in SourceEmitter.Emit(spec, options))
            {
                // Inside the guard too: AddSource throws on a hint name it already has, which would drop every file (CS8785).
                context.AddSource(file.HintName, SourceText.From(file.Text, System.Text.Encoding.UTF8));
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            DiagnosticReporter.Report(context, InternalError.For(exception, spec.SpecPath));
        }
    }

    private static void ReportDiagnostics(SourceProductionContext context, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            DiagnosticReporter.Report(context, diagnostic);
        }
    }

    private static void ReportMissingSpecs(SourceProductionContext context, EquatableArray<string> missingSpecs)
    {
        foreach (var path in missingSpecs)
        {
            DiagnosticReporter.Report(context, new DiagnosticInfo(DiagnosticIds.SpecFileNotFound, new[] { path }.ToEquatableArray(), null));
        }
    }
}

/// <summary>What the bind step hands on: the bound model (null when binding failed), the binder's findings, its failures.</summary>
internal sealed record BindStep(string SpecPath, ClientModel? Client, EquatableArray<BindFinding> Findings, EquatableArray<DiagnosticInfo> Errors);
