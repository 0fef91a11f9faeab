using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Diagnostics;

/// <summary>Turns a <see cref="DiagnosticInfo"/> (plain data from the reader or binder) into a Roslyn diagnostic at its place in the spec.</summary>
internal static class DiagnosticReporter
{
    public static void Report(SourceProductionContext context, DiagnosticInfo info)
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
}
