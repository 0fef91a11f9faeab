using System;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Diagnostics;

/// <summary>SPEC900: the generator itself failed. Every step that catches an exception reports it this way.</summary>
internal static class InternalError
{
    public static DiagnosticInfo For(Exception exception, string specPath) => new(
        DiagnosticIds.InternalError,
        new[] { $"{exception.GetType().Name}: {exception.Message}" }.ToEquatableArray(),
        new SourceLocation(specPath, 0, 0, 0, 0));
}
