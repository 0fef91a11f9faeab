using System;
using System.Linq;
using SpecClient.Generator.Diagnostics;
using SpecClient.Generator.Model;
using SpecClient.Generator.Reading.Bundling;
using SpecClient.Generator.Names;

namespace SpecClient.Generator.Reading;

/// <summary>
/// Reads an OpenAPI document into a <see cref="ClientSpec"/>, the read model (what the spec says), with the places of
/// its constructs for findings made later. Never throws; problems become diagnostics.
/// </summary>
internal static class SpecReader
{
    public static ReadResult Read(SpecInput input, System.Threading.CancellationToken cancellationToken = default) =>
        Read(input, out _, cancellationToken);

    /// <summary>Reads, and hands back the line index the findings were located with (null when the text was empty).</summary>
    public static ReadResult Read(SpecInput input, out SpecLineIndex? lineIndex, System.Threading.CancellationToken cancellationToken = default)
    {
        lineIndex = null;
        var entry = input.Entry;
        if (string.IsNullOrWhiteSpace(entry.Text))
        {
            var name = System.IO.Path.GetFileName(entry.Path);
            var top = new SourceLocation(entry.Path, 0, 0, 0, 0);
            return Failed(new DiagnosticInfo(DiagnosticIds.EmptySpec, new EquatableArray<string>(new[] { name }), top));
        }

        ReadContext? context = null;
        try
        {
            var lines = SpecLineIndex.Build(entry.Path, entry.Text, cancellationToken, buildTree: true);
            context = new ReadContext(lines, cancellationToken);
            if (lines.LimitExceeded is { } limit)
            {
                context.ReportAt(DiagnosticIds.ReadingLimitExceeded, limit.Location, limit.Message);
                return Finish(input, null, context.Diagnostics);
            }

            if (lines.SyntaxError is null && !lines.RootIsMapping)
            {
                context.Report(DiagnosticIds.InvalidDocument, string.Empty, "its top level is not a mapping of OpenAPI fields");
                return Finish(input, null, context.Diagnostics);
            }

            var text = entry.Text;
            if (lines.SyntaxError is null && lines.HasFileReferences)
            {
                try
                {
                    if (Bundle(input, cancellationToken) is { } bundled)
                    {
                        (text, context) = bundled;
                    }
                }
                catch (ReadingLimitException passed)
                {
                    context.ReportAt(DiagnosticIds.ReadingLimitExceeded, passed.Location, passed.Message);
                    return Finish(input, null, context.Diagnostics);
                }
            }

            cancellationToken.ThrowIfCancellationRequested();
            if (DocumentLoader.Load(text, context) is not { } loaded)
            {
                return Finish(input, null, context.Diagnostics);
            }

            cancellationToken.ThrowIfCancellationRequested();
            lineIndex = context.Lines;
            context.Loaded(loaded.Document, loaded.Version);
            var spec = Build(context, input);
            return Finish(input, spec, context.Diagnostics, PlacesOf(context, spec, input));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A crash in a source generator fails the whole compilation; report it as an internal error (a bug to
            // report), never as a fault of the user's spec.
            var found = context?.Diagnostics.ToEquatableArray() ?? EquatableArray<DiagnosticInfo>.Empty;
            var crash = InternalError.For(ex, entry.Path);
            return Finish(input, null, found.Append(crash).ToList());
        }
    }

    /// <summary>Every finding's place is kept inside the file it names, whatever a parser said about the end of a truncated text.</summary>
    private static ReadResult Finish(SpecInput input, ClientSpec? spec, System.Collections.Generic.IReadOnlyList<DiagnosticInfo> diagnostics, SpecPlaces? places = null)
    {
        var extents = new FileExtents(input);
        var located = new DiagnosticInfo[diagnostics.Count];
        for (var i = 0; i < diagnostics.Count; i++)
        {
            located[i] = extents.Clamp(diagnostics[i]);
        }

        return new ReadResult(spec, new EquatableArray<DiagnosticInfo>(located), places ?? SpecPlaces.None);
    }

    /// <summary>The places of what a later step may report on (or rename): <c>/paths</c>, every operation, its tag and parameters, security scheme, type and member.</summary>
    private static SpecPlaces PlacesOf(ReadContext context, ClientSpec spec, SpecInput input)
    {
        var extents = new FileExtents(input);
        var entries = new System.Collections.Generic.List<PlacedPointer>();
        void Add(string? pointer)
        {
            if (pointer is not null)
            {
                var place = extents.Clamp(new DiagnosticInfo(string.Empty, EquatableArray<string>.Empty, context.Locate(pointer))).Location!;
                entries.Add(new PlacedPointer(pointer, place));
            }
        }

        Add("/paths");
        foreach (var webhook in spec.Webhooks)
        {
            Add(webhook.Pointer);
        }

        foreach (var operation in spec.Operations)
        {
            Add(operation.Pointer);
            if (operation.Group is not null && operation.Pointer is { } pointer)
            {
                Add(pointer + "/tags/0");
            }

            foreach (var parameter in operation.Parameters)
            {
                Add(parameter.Pointer);
            }
        }

        foreach (var scheme in spec.SecuritySchemes)
        {
            Add(scheme.Pointer);
        }

        foreach (var tag in spec.Tags)
        {
            Add(tag.Pointer);
        }

        foreach (var type in spec.Types)
        {
            Add(type.Pointer);
            foreach (var property in type.Properties)
            {
                Add(property.Pointer);
            }

            foreach (var member in type.EnumMembers)
            {
                Add(member.Pointer);
            }

            foreach (var unionCase in type.UnionCases)
            {
                Add(unionCase.Pointer);
            }
        }

        return new SpecPlaces(spec.SpecPath, entries.ToEquatableArray());
    }

    /// <summary>
    /// A spec split over several files is bundled into one JSON document first (OpenAPI.NET cannot
    /// follow relative-file references itself); the context then locates findings in the file each node came from.
    /// </summary>
    /// <returns>The bundled text and its context, or null to read the entry as it is.</returns>
    private static (string Json, ReadContext Context)? Bundle(SpecInput input, System.Threading.CancellationToken cancellationToken)
    {
        if (Bundler.Bundle(input.Entry, input.OtherDocuments, input.ReferenceRoot, cancellationToken) is not { } bundle)
        {
            return null;
        }

        var (json, index) = BundleWriter.Write(input.Entry.Path, bundle.Tree, cancellationToken);
        var context = new ReadContext(index, cancellationToken);
        foreach (var diagnostic in bundle.Diagnostics)
        {
            context.Add(diagnostic);
        }

        return (json, context);
    }

    private static ClientSpec Build(ReadContext context, SpecInput input)
    {
        var document = context.Document;
        var schemas = new SchemaMapper(context);
        var filter = input.Options.Selection.KeepsEverything ? null : new Selection.OperationFilter(input.Options.Selection);
        if (filter is null)
        {
            schemas.MapComponents();
        }
        else
        {
            schemas.NameComponents();
        }

        var tags = TagMapper.Map(context);
        var operations = new OperationMapper(context, schemas, input.Options, filter, tags).MapAll();

        var webhooks = WebhookMapper.Map(context, new BodyMapper(context, schemas), filter);

        if (filter is not null)
        {
            // Tree-shaking: only the components the kept operations reach are mapped, and so emitted.
            schemas.MapReached();
            filter.Report(context, System.IO.Path.GetFileName(input.Entry.Path), schemas, schemas.Types().Count);
        }

        return new ClientSpec
        {
            Namespace = input.Options.Namespace,
            ClassName = input.Options.ClassName,
            Accessibility = input.Options.Accessibility,
            Validate = input.Options.Validate,
            PaginationOverrides = input.Options.Pagination,
            SpecPath = input.Entry.Path,
            Title = document.Info?.Title,
            Description = document.Info?.Description,
            ApiVersion = document.Info?.Version,
            DefaultBaseUrl = ServerUrl.Default(document),
            ServerName = document.Servers is { Count: > 0 } servers ? servers[0].Name : null,
            SelfUrl = document.Self?.OriginalString,
            Types = schemas.Types(),
            ComponentTypes = schemas.ComponentTypes(),
            Operations = operations,
            SecuritySchemes = SecurityMapper.MapSchemes(context),
            Tags = tags,
            Webhooks = webhooks,
        };
    }

    private static ReadResult Failed(DiagnosticInfo diagnostic) =>
        new(null, new EquatableArray<DiagnosticInfo>(new[] { diagnostic }));
}
