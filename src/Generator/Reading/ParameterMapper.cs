using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.OpenApi;
using SpecClient.Generator.Diagnostics;
using SpecClient.Generator.Model;
using ModelLocation = SpecClient.Generator.Model.ParameterLocation;
using ModelStyle = SpecClient.Generator.Model.ParameterStyle;
using SpecLocation = Microsoft.OpenApi.ParameterLocation;
using SpecStyle = Microsoft.OpenApi.ParameterStyle;
using SpecClient.Generator.Names;

namespace SpecClient.Generator.Reading;

/// <summary>
/// Builds an operation's parameters: path-level and operation-level merged (the operation wins),
/// ordered path (template order), required, optional, with camelCase names unique in the method.
/// </summary>
internal sealed class ParameterMapper
{
    private static readonly Regex PathTemplate = new(@"\{([^}]+)\}", RegexOptions.CultureInvariant);

    private readonly ReadContext _context;
    private readonly SchemaMapper _schemas;

    public ParameterMapper(ReadContext context, SchemaMapper schemas)
    {
        _context = context;
        _schemas = schemas;
    }

    public List<ParameterSpec> Map(string path, IOpenApiPathItem pathItem, OpenApiOperation operation, string pathPointer, string operationPointer, string operationName)
    {
        var merged = new List<(IOpenApiParameter Parameter, string Pointer)>();
        AddAll(merged, pathItem.Parameters, ReadContext.Child(pathPointer, "parameters"));
        AddAll(merged, operation.Parameters, ReadContext.Child(operationPointer, "parameters"));

        var templateOrder = PathTemplate.Matches(path).Cast<Match>().Select(m => m.Groups[1].Value).ToList();
        var ordered = merged
            .Select((p, index) => (p.Parameter, p.Pointer, index))
            .OrderBy(p => p.Parameter.In == SpecLocation.Path ? 0 : p.Parameter.Required ? 1 : 2)
            .ThenBy(p => p.Parameter.In == SpecLocation.Path ? IndexOrLast(templateOrder, p.Parameter.Name) : 0)
            .ThenBy(p => p.index);

        var result = new List<ParameterSpec>();
        foreach (var (parameter, pointer, _) in ordered)
        {
            var spec = MapOne(parameter, pointer, operationName);
            if (spec is not null)
            {
                result.Add(spec);
            }
        }

        return result;
    }

    private void AddAll(List<(IOpenApiParameter Parameter, string Pointer)> merged, IList<IOpenApiParameter>? parameters, string listPointer)
    {
        if (parameters is null)
        {
            return;
        }

        foreach (var parameter in parameters)
        {
            if (parameter is null)
            {
                continue;
            }

            var pointer = PointerOf(parameter, listPointer);
            if (parameter is OpenApiParameterReference { UnresolvedReference: true } or OpenApiParameterReference { Target: null })
            {
                _context.ReportBrokenReference(((OpenApiParameterReference)parameter).Reference, pointer);
                continue;
            }

            // The operation's own declaration wins, and takes its place in the operation's order.
            merged.RemoveAll(p => p.Parameter.Name == parameter.Name && p.Parameter.In == parameter.In);
            merged.Add((parameter, pointer));
        }
    }

    private ParameterSpec? MapOne(IOpenApiParameter parameter, string pointer, string operationName)
    {
        var location = parameter.In switch
        {
            SpecLocation.Path => ModelLocation.Path,
            SpecLocation.Query => ModelLocation.Query,
            SpecLocation.Header => ModelLocation.Header,
            SpecLocation.Cookie => ModelLocation.Cookie,
            SpecLocation.QueryString => ModelLocation.QueryString,
            _ => (ModelLocation?)null,
        };
        if (location is null || string.IsNullOrEmpty(parameter.Name))
        {
            _context.Report(DiagnosticIds.UnsupportedConstruct, pointer, "A parameter in '" + parameter.In + "'", "no parameter");
            return null;
        }

        if (location == ModelLocation.Header && IsReservedHeader(parameter.Name!))
        {
            // The OpenAPI rules say these header parameters SHALL be ignored: the client sets them itself.
            return null;
        }

        var schema = parameter.Schema;
        var schemaPointer = ReadContext.Child(pointer, "schema");
        if (schema is null && MediaTypes.Pick(parameter.Content) is { } content)
        {
            // A parameter with content instead of schema: its value is serialized as that media type.
            schema = content.Value.Schema;
            schemaPointer = ReadContext.Child(ReadContext.Child(ReadContext.Child(pointer, "content"), content.Key), "schema");
        }

        if (_context.IsSwagger2)
        {
            // 2.0 keeps the type on the parameter itself; its pointer is the parameter's.
            schemaPointer = pointer;
        }

        if (location == ModelLocation.QueryString && !QueryStrings.IsObject(schema))
        {
            // Its fields are the object's properties; a query string of any other shape has no fields to write.
            _context.Report(DiagnosticIds.UnsupportedConstruct, pointer, "An 'in: querystring' parameter whose content schema is not an object", "no parameter");
            return null;
        }

        var name = Naming.CamelCase(parameter.Name);

        // The fields of a query string are form fields, one for each value of an array (application/x-www-form-urlencoded).
        var (style, explode) = location == ModelLocation.QueryString ? (ModelStyle.Form, true) : StyleOf(parameter, location.Value, pointer);
        var type = _schemas.Map(schema, schemaPointer, operationName + Naming.PascalWords(parameter.Name));
        return new ParameterSpec
        {
            Name = name,
            WireName = parameter.Name!,
            In = location.Value,
            Type = type,
            FixedValue = type.Kind == TypeKind.String && schema is not null ? SchemaShapes.OneString(schema) : null,
            IsRequired = parameter.Required || location == ModelLocation.Path,
            Style = style,
            Explode = explode,
            Description = parameter.Description,
            IsDeprecated = parameter.Deprecated,
            Sunset = ConstraintReader.Sunset(_context, pointer, parameter.Deprecated, parameter.Description),
            Constraints = ConstraintReader.Read(schema is null ? null : _context.Schemas.KeywordsOf(schema), untranslatable: pattern => _schemas.ReportUntranslatable(schemaPointer, pattern)),
            Pointer = pointer,
            DefaultValue = SchemaShapes.Constant(schema is null ? null : _context.Schemas.KeywordsOf(schema).Default),
        };
    }

    /// <summary>
    /// OpenAPI defaults (query/cookie: form, exploded; path/header: simple, not exploded). For 2.0 the
    /// text's <c>collectionFormat</c> decides, since OpenAPI.NET maps csv to an exploded form.
    /// </summary>
    private (ModelStyle Style, bool Explode) StyleOf(IOpenApiParameter parameter, ModelLocation location, string pointer)
    {
        if (_context.IsSwagger2)
        {
            var format = _context.Lines.ScalarAt(ReadContext.Child(pointer, "collectionFormat")) ?? "csv";
            var simple = location is ModelLocation.Path or ModelLocation.Header;
            return format switch
            {
                "multi" => (ModelStyle.Form, true),
                "ssv" => (ModelStyle.SpaceDelimited, false),
                "pipes" => (ModelStyle.PipeDelimited, false),
                _ => (simple ? ModelStyle.Simple : ModelStyle.Form, false),
            };
        }

        var style = parameter.Style switch
        {
            SpecStyle.Matrix => ModelStyle.Matrix,
            SpecStyle.Label => ModelStyle.Label,
            SpecStyle.Form => ModelStyle.Form,
            SpecStyle.Simple => ModelStyle.Simple,
            SpecStyle.SpaceDelimited => ModelStyle.SpaceDelimited,
            SpecStyle.PipeDelimited => ModelStyle.PipeDelimited,
            SpecStyle.DeepObject => ModelStyle.DeepObject,
            _ => location is ModelLocation.Query or ModelLocation.Cookie ? ModelStyle.Form : ModelStyle.Simple,
        };

        // OpenAPI.NET already answers the style's default when explode is not written.
        return (style, parameter.Explode);
    }

    /// <summary>
    /// Where the parameter is written: a referenced one at its component, an inline one at its list
    /// item (found by name and location, since OpenAPI.NET drops 2.0 body and formData items from the list).
    /// </summary>
    private string PointerOf(IOpenApiParameter parameter, string listPointer)
    {
        if (parameter is OpenApiParameterReference { Reference.Id: { } id } reference && !reference.Reference.IsExternal)
        {
            return (_context.IsSwagger2 ? "/parameters/" : "/components/parameters/") + SpecLineIndex.Escape(id);
        }

        var lines = _context.Lines;
        var inText = parameter.In?.ToString().ToLowerInvariant();
        for (var i = 0; lines.Contains(ReadContext.Child(listPointer, i)); i++)
        {
            var item = ReadContext.Child(listPointer, i);
            if (lines.ScalarAt(ReadContext.Child(item, "name")) == parameter.Name &&
                lines.ScalarAt(ReadContext.Child(item, "in")) == inText)
            {
                return item;
            }
        }

        return listPointer;
    }

    private static bool IsReservedHeader(string name) =>
        string.Equals(name, "Accept", System.StringComparison.OrdinalIgnoreCase) ||
        string.Equals(name, "Content-Type", System.StringComparison.OrdinalIgnoreCase) ||
        string.Equals(name, "Authorization", System.StringComparison.OrdinalIgnoreCase);

    private static int IndexOrLast(List<string> order, string? name)
    {
        var index = name is null ? -1 : order.IndexOf(name);
        return index < 0 ? int.MaxValue : index;
    }
}
