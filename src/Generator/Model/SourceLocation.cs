namespace SpecClient.Generator.Model;

/// <summary>
/// A place in a spec file as plain data (0-based lines and columns, like Roslyn's LinePosition),
/// so a model can be cached without holding a syntax tree or a text.
/// </summary>
internal sealed record SourceLocation(string FilePath, int StartLine, int StartColumn, int EndLine, int EndColumn);

/// <summary>A finding made while reading a spec; the generator turns it into a Diagnostic by ID.</summary>
/// <param name="Id">A descriptor ID from <c>DiagnosticDescriptors</c>, e.g. <c>SCG001</c>.</param>
/// <param name="MessageArgs">Arguments for the descriptor's message format.</param>
/// <param name="Location">Where in the spec, when known.</param>
internal sealed record DiagnosticInfo(string Id, Model.EquatableArray<string> MessageArgs, SourceLocation? Location);
