using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;
using SpecClient.Generator.Diagnostics;
using SpecClient.Generator.Model;
using SpecClient.Generator.Names;

namespace SpecClient.Generator.Reading;

/// <summary>
/// Walks paths (document order) and methods (a fixed order) and builds one <see cref="OperationSpec"/>
/// each, with the names the spec proposes (the binder makes them unique, per group when grouping by tag).
/// </summary>
internal sealed class OperationMapper
{
    /// <summary>The path item's fixed fields, in the order their operations are generated (QUERY is OpenAPI 3.2's).</summary>
    private static readonly string[] MethodOrder = { "GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE", "QUERY" };

    private readonly ReadContext _context;
    private readonly ClientOptions _options;
    private readonly ParameterMapper _parameters;
    private readonly BodyMapper _bodies;
    private readonly HashSet<string> _operationIds = new(System.StringComparer.Ordinal);

    private readonly Selection.OperationFilter? _filter;

    /// <summary>The declared tags by name, for their kind (only navigation tags form groups).</summary>
    private readonly Dictionary<string, TagSpec> _tags = new(System.StringComparer.Ordinal);

    public OperationMapper(ReadContext context, SchemaMapper schemas, ClientOptions options, Selection.OperationFilter? filter = null, EquatableArray<TagSpec> tags = default)
    {
        foreach (var tag in tags)
        {
            _tags[tag.Name] = tag;
        }

        _context = context;
        _filter = filter;
        _options = options;
        _parameters = new ParameterMapper(context, schemas);
        _bodies = new BodyMapper(context, schemas);
    }

    public EquatableArray<OperationSpec> MapAll()
    {
        var result = new List<OperationSpec>();
        var paths = _context.Document.Paths;
        if (paths is null)
        {
            return EquatableArray<OperationSpec>.Empty;
        }

        foreach (var path in paths)
        {
            _context.CancellationToken.ThrowIfCancellationRequested();
            var pathPointer = ReadContext.Child("/paths", path.Key);
            if (path.Value is OpenApiPathItemReference { UnresolvedReference: true } reference)
            {
                _context.ReportBrokenReference(reference.Reference, pathPointer);
                continue;
            }

            var operations = path.Value?.Operations;
            if (operations is null)
            {
                continue;
            }

            foreach (var method in MethodOrder)
            {
                var entry = operations.FirstOrDefault(o => IsFixed(o.Key.Method, method));
                MapIfSelected(result, path.Key, path.Value!, method, entry.Value, pathPointer, ReadContext.Child(pathPointer, method.ToLowerInvariant()));
            }

            // OpenAPI 3.2's additionalOperations: OpenAPI.NET merges them into the same dictionary under the name as
            // written (the loader has dropped names that are no method token); they follow the fixed ones, in spec order.
            foreach (var entry in operations)
            {
                if (!MethodOrder.Any(fixedMethod => IsFixed(entry.Key.Method, fixedMethod)))
                {
                    var pointer = ReadContext.Child(ReadContext.Child(pathPointer, "additionalOperations"), entry.Key.Method);
                    MapIfSelected(result, path.Key, path.Value!, entry.Key.Method, entry.Value, pathPointer, pointer);
                }
            }
        }

        return result.ToEquatableArray();
    }

    private static bool IsFixed(string method, string fixedMethod) => string.Equals(method, fixedMethod, System.StringComparison.OrdinalIgnoreCase);

    private void MapIfSelected(List<OperationSpec> result, string path, IOpenApiPathItem pathItem, string method, OpenApiOperation? operation, string pathPointer, string pointer)
    {
        // An operation written as a $ref (to another file) is reported by the loader and has nothing to map.
        if (operation is not null && _context.Lines.ScalarAt(pointer + "/$ref") is null && IsSelected(path, operation, pathPointer, pointer))
        {
            result.Add(MapOne(path, pathItem, method, operation, pathPointer, pointer));
        }
    }

    /// <summary>Whether the item's <c>Operations</c>/<c>ExcludeOperations</c> keep the operation (always, without them).</summary>
    private bool IsSelected(string path, OpenApiOperation operation, string pathPointer, string pointer)
    {
        if (_filter is null)
        {
            return true;
        }

        var tags = (operation.Tags ?? Enumerable.Empty<OpenApiTagReference>())
            .Select(t => t.Reference?.Id ?? t.Name)
            .Where(n => !string.IsNullOrEmpty(n))
            .Select(n => n!)
            .ToList();
        return _filter.Keeps(new Selection.OperationFacts(operation.OperationId, tags, path), pathPointer, pointer);
    }

    private OperationSpec MapOne(string path, IOpenApiPathItem pathItem, string method, OpenApiOperation operation, string pathPointer, string pointer)
    {
        var hasId = !string.IsNullOrWhiteSpace(operation.OperationId);
        var operationId = hasId ? operation.OperationId! : method.ToLowerInvariant() + " " + path;
        var isDuplicate = hasId && !_operationIds.Add(operationId);
        if (isDuplicate)
        {
            _context.Report(DiagnosticIds.DuplicateOperationId, ReadContext.Child(pointer, "operationId"), operationId);
        }

        var groupTag = _options.GroupByTag ? FirstTag(operation, pointer) : null;
        var group = groupTag is null ? null : Naming.PascalCase(groupTag);
        var name = hasId ? Naming.PascalCase(operationId) : NameFromRoute(method, path);

        if (operation.Callbacks is { Count: > 0 })
        {
            _context.Report(DiagnosticIds.UnsupportedConstruct, ReadContext.Child(pointer, "callbacks"), "Callbacks", "nothing for them");
        }

        return new OperationSpec
        {
            Name = name,
            OperationId = operationId,
            HttpMethod = method,
            Path = path,
            Summary = operation.Summary,
            Description = operation.Description,
            IsDeprecated = operation.Deprecated,
            Sunset = ConstraintReader.Sunset(_context, pointer, operation.Deprecated, operation.Description),
            Pointer = pointer,
            Group = group,
            GroupTag = groupTag,
            Parameters = _parameters.Map(path, pathItem, operation, pathPointer, pointer, name).ToEquatableArray(),
            Body = _bodies.MapRequestBody(operation, pointer, name),
            Responses = _bodies.MapResponses(operation, pointer, name).ToEquatableArray(),
            Security = SecurityMapper.Requirements(_context, operation),
            Pageable = Paging.PagingHints.Pageable(operation),
        };
    }

    /// <summary>The operation's first navigation tag as written (the text keeps the order; OpenAPI.NET holds tags in a set).</summary>
    private string? FirstTag(OpenApiOperation operation, string pointer)
    {
        var tagsPointer = ReadContext.Child(pointer, "tags");
        for (var i = 0; _context.Lines.ScalarAt(ReadContext.Child(tagsPointer, i)) is { } tag; i++)
        {
            if (TagMapper.IsNavigation(_tags.TryGetValue(tag, out var declared) ? declared : null))
            {
                return tag;
            }
        }

        return operation.Tags?.Select(t => t.Reference?.Id ?? t.Name)
            .FirstOrDefault(n => !string.IsNullOrEmpty(n) && TagMapper.IsNavigation(_tags.TryGetValue(n!, out var declared) ? declared : null));
    }

    /// <summary><c>GET /pets/{petId}</c> -> <c>GetPetsByPetId</c>: stable for operations without an operationId.</summary>
    private static string NameFromRoute(string method, string path)
    {
        var words = new System.Text.StringBuilder(Naming.PascalCase(method));
        foreach (var segment in path.Split('/'))
        {
            var text = segment.Replace("{", " By ").Replace("}", " ");
            foreach (var word in Naming.SplitWords(text))
            {
                words.Append(char.ToUpperInvariant(word[0])).Append(word.Substring(1).ToLowerInvariant());
            }
        }

        return Naming.PascalCase(words.ToString());
    }
}
