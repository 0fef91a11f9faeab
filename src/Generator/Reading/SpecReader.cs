using System;
using SpecClient.Generator.Diagnostics;
using SpecClient.Generator.Helpers;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Reading;

/// <summary>Reads an OpenAPI document into a <see cref="ClientSpec"/>. Never throws; problems become diagnostics.</summary>
internal static class SpecReader
{
    public static ReadResult Read(SpecInput input)
    {
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
            var lines = SpecLineIndex.Build(entry.Path, entry.Text);
            context = new ReadContext(lines);
            if (lines.SyntaxError is null && !lines.RootIsMapping)
            {
                context.Report(DiagnosticIds.InvalidDocument, string.Empty, "its top level is not a mapping of OpenAPI fields");
                return new ReadResult(null, context.Diagnostics.ToEquatableArray());
            }

            if (DocumentLoader.Load(entry.Text, context) is not { } loaded)
            {
                return new ReadResult(null, context.Diagnostics.ToEquatableArray());
            }

            context.Loaded(loaded.Document, loaded.Version);
            var spec = Build(context, input);
            return new ReadResult(spec, context.Diagnostics.ToEquatableArray());
        }
        catch (Exception ex)
        {
            // A crash in a source generator fails the whole compilation; report it as a finding instead.
            var found = context?.Diagnostics.ToEquatableArray() ?? EquatableArray<DiagnosticInfo>.Empty;
            var crash = new DiagnosticInfo(
                DiagnosticIds.InvalidDocument,
                new EquatableArray<string>(new[] { "the reader failed (" + ex.GetType().Name + ": " + ex.Message + ")" }),
                new SourceLocation(entry.Path, 0, 0, 0, 0));
            return new ReadResult(null, new EquatableArray<DiagnosticInfo>(System.Linq.Enumerable.Append(found, crash)));
        }
    }

    private static ClientSpec Build(ReadContext context, SpecInput input)
    {
        var document = context.Document;
        var schemas = new SchemaMapper(context);
        schemas.MapComponents();
        var operations = new OperationMapper(context, schemas, input.Options).MapAll();
        if (document.Webhooks is { Count: > 0 })
        {
            context.Report(DiagnosticIds.UnsupportedConstruct, "/webhooks", "Webhooks", "nothing for them (a client only calls the API)");
        }

        return new ClientSpec
        {
            Namespace = input.Options.Namespace,
            ClassName = input.Options.ClassName,
            Accessibility = input.Options.Accessibility,
            SpecPath = input.Entry.Path,
            Title = document.Info?.Title,
            Description = document.Info?.Description,
            ApiVersion = document.Info?.Version,
            DefaultBaseUrl = ServerUrl.Default(document),
            Types = schemas.Types(),
            Operations = operations,
            SecuritySchemes = SecurityMapper.MapSchemes(context),
        };
    }

    private static ReadResult Failed(DiagnosticInfo diagnostic) =>
        new(null, new EquatableArray<DiagnosticInfo>(new[] { diagnostic }));
}
