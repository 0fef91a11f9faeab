using System.Collections.Generic;
using Microsoft.OpenApi;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Reading;

/// <summary>
/// What the mappers share while reading one document: the line index, the spec version, and
/// the findings so far (one per ID and place, so a schema met twice is reported once).
/// </summary>
internal sealed partial class ReadContext
{
    private readonly List<DiagnosticInfo> _diagnostics = new();
    private readonly HashSet<string> _reported = new(System.StringComparer.Ordinal);

    private OpenApiDocument? _document;

    public ReadContext(SpecLineIndex lines, System.Threading.CancellationToken cancellationToken = default)
    {
        Lines = lines;
        CancellationToken = cancellationToken;
    }

    public SpecLineIndex Lines { get; }

    /// <summary>Schema keywords read through a <c>$ref</c> without OpenAPI.NET resolving it on every read.</summary>
    public SchemaFacts Schemas { get; } = new();

    /// <summary>Checked once per component and per path, so the IDE can stop a read it no longer needs.</summary>
    public System.Threading.CancellationToken CancellationToken { get; }

    /// <summary>The parsed document; the mappers run only after <see cref="Loaded"/>.</summary>
    public OpenApiDocument Document => _document ?? throw new System.InvalidOperationException("The document is not loaded yet.");

    /// <summary>OpenAPI.NET converts 2.0 documents to the 3.x model, but pointers into the text keep the 2.0 layout.</summary>
    public bool IsSwagger2 { get; private set; }

    public void Loaded(OpenApiDocument document, OpenApiSpecVersion version)
    {
        _document = document;
        IsSwagger2 = version == OpenApiSpecVersion.OpenApi2_0;
    }

    public IReadOnlyList<DiagnosticInfo> Diagnostics => _diagnostics;

    /// <summary>Adds a finding made before reading (while bundling), already located in its own file.</summary>
    public void Add(DiagnosticInfo diagnostic) => _diagnostics.Add(diagnostic);

    public void Report(string id, string pointer, params string[] args)
    {
        var location = Lines.Locate(pointer);

        // A bundled file's node can sit at many pointers (a shared response inlined in every operation); its place says it once.
        var place = location.FilePath == Lines.FilePath
            ? pointer.TrimStart('#')
            : location.FilePath + ":" + location.StartLine.ToString(System.Globalization.CultureInfo.InvariantCulture) + ":" + location.StartColumn.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (_reported.Add(id + "|" + place))
        {
            _diagnostics.Add(Remember(new DiagnosticInfo(id, args.ToEquatableArray(), location), pointer));
        }
    }

    /// <summary>Reports every time, for findings that may share a place (OpenAPI.NET's rule findings).</summary>
    public void ReportEach(string id, string pointer, params string[] args) =>
        _diagnostics.Add(Remember(new DiagnosticInfo(id, args.ToEquatableArray(), Lines.Locate(pointer)), pointer));

    /// <summary>Reports at an exact place that no pointer names (a YAML syntax error, the top of the file).</summary>
    public void ReportAt(string id, SourceLocation location, params string[] args) =>
        _diagnostics.Add(new DiagnosticInfo(id, args.ToEquatableArray(), location));

    public SourceLocation Locate(string pointer) => Lines.Locate(pointer);

    /// <summary>
    /// Reports a <c>$ref</c> OpenAPI.NET could not resolve: a URL is never fetched (SPEC009), another
    /// file is not read yet (SPEC008), anything else points at nothing (SPEC004).
    /// </summary>
    /// <param name="reference">The reference, when OpenAPI.NET kept one.</param>
    /// <param name="holderPointer">The pointer of the object that holds the <c>$ref</c> key.</param>
    public void ReportBrokenReference(BaseOpenApiReference? reference, string holderPointer)
    {
        var pointer = holderPointer + "/$ref";
        var text = Lines.ScalarAt(pointer)
            ?? (IsSwagger2 ? reference?.ReferenceV2 : reference?.ReferenceV3)
            ?? reference?.Id
            ?? "(unknown)";
        // A URL the loader kept from resolving by its fragment alone (see AbsoluteReferences) reads as unresolved here.
        if (reference is { IsExternal: true } || IsUrl(text))
        {
            if (IsUrl(reference?.ExternalResource ?? text))
            {
                Report(SpecClient.Generator.Diagnostics.DiagnosticIds.ExternalReferenceNotFetched, pointer, text);
            }
            else
            {
                Report(SpecClient.Generator.Diagnostics.DiagnosticIds.UnsupportedConstruct, pointer, "The reference '" + text + "' to another file", "JsonElement");
            }

            return;
        }

        Report(SpecClient.Generator.Diagnostics.DiagnosticIds.UnresolvedReference, pointer, text);
    }

    /// <summary>Whether a reference's text is an http(s) URL: a document that is never fetched (SPEC009).</summary>
    public static bool IsUrl(string? text) =>
        text is not null && (text.StartsWith("http://", System.StringComparison.OrdinalIgnoreCase) || text.StartsWith("https://", System.StringComparison.OrdinalIgnoreCase));

    /// <summary>Where component schemas live: <c>/definitions</c> in 2.0, <c>/components/schemas</c> in 3.x.</summary>
    public string SchemaPointer(string name) =>
        (IsSwagger2 ? "/definitions/" : "/components/schemas/") + SpecLineIndex.Escape(name);

    public static string Child(string pointer, string segment) => pointer + "/" + SpecLineIndex.Escape(segment);

    public static string Child(string pointer, int index) =>
        pointer + "/" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
