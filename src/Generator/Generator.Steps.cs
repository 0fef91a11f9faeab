using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SpecClient.Generator.Diagnostics;
using SpecClient.Generator.Emitting;
using SpecClient.Generator.Inputs;
using SpecClient.Generator.Model;
using SpecClient.Generator.Reading;

namespace SpecClient.Generator;

/// <summary>The functions the pipeline's steps run; each catches what it does not expect as SPEC900.</summary>
public sealed partial class SpecClientGenerator
{
    /// <summary>Options from the item's metadata, then the reader and the binder: the model and every finding.</summary>
    private static ReadResult Read(SpecRequest request, ProjectOptions project)
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
            var input = new SpecInput { Entry = new SpecDocument(request.Path, request.Text), OtherDocuments = request.Parts, Options = options };
            var result = SpecReader.Read(input);
            diagnostics.AddRange(result.Diagnostics);
            return new ReadResult(result.Spec, diagnostics.ToEquatableArray());
        }
        catch (Exception exception)
        {
            diagnostics.Add(InternalError.For(exception, request.Path));
            return new ReadResult(null, diagnostics.ToEquatableArray());
        }
    }

    private static void Emit(SourceProductionContext context, ClientSpec spec, EmitOptions options)
    {
        IReadOnlyList<GeneratedFile> files;
        try
        {
            files = SourceEmitter.Emit(spec, options);
        }
        catch (Exception exception)
        {
            DiagnosticReporter.Report(context, InternalError.For(exception, spec.SpecPath));
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
