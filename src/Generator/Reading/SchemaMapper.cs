using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.OpenApi;
using SpecClient.Generator.Diagnostics;
using SpecClient.Generator.Model;
using SpecClient.Generator.Names;

namespace SpecClient.Generator.Reading;

/// <summary>
/// Maps schemas to <see cref="TypeRef"/>s and collects the <see cref="TypeSpec"/>s they need.
/// Component schemas are named first, in document order, so their names never lose to inline
/// ones; a component's reference is memoised before its body is mapped, so recursion terminates.
/// </summary>
internal sealed partial class SchemaMapper
{
    /// <summary>Guards against pathological nesting (references to deep paths that loop).</summary>
    private const int MaxDepth = 128;

    private readonly ReadContext _context;
    private readonly Dictionary<string, IOpenApiSchema> _components;

    /// <summary>Component keys in document order (a dictionary does not promise one).</summary>
    private readonly List<string> _componentOrder = new();
    /// <summary>Type id (<see cref="TypeSpec.SchemaName"/>, what a <see cref="TypeRef"/> names) -> the name the spec proposes for it.</summary>
    private readonly Dictionary<string, string> _proposedNames = new(System.StringComparer.Ordinal);

    /// <summary>Component key -> the name the spec proposes, for components that become a type.</summary>
    private readonly Dictionary<string, string> _componentTypeNames = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, TypeRef> _componentRefs = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, TypeSpec> _componentTypes = new(System.StringComparer.Ordinal);
    private readonly HashSet<string> _aliasesInProgress = new(System.StringComparer.Ordinal);

    /// <summary>Inline types in the order they were met; a slot is taken before the type's body is built.</summary>
    private readonly List<TypeSpec?> _inlineTypes = new();
    private readonly Dictionary<IOpenApiSchema, TypeRef> _inlineRefs = new(ReferenceComparer.Instance);
    private int _depth;

    /// <param name="context">The shared reading state.</param>
    public SchemaMapper(ReadContext context)
    {
        _context = context;

        _components = new Dictionary<string, IOpenApiSchema>(System.StringComparer.Ordinal);
        foreach (var entry in context.Document.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>())
        {
            // `Pet:` with nothing under it reads as null; it stands for any value.
            _components[entry.Key] = entry.Value ?? new OpenApiSchema();
            _componentOrder.Add(entry.Key);
        }
    }

    /// <summary>Names every component that becomes a type, then maps them all.</summary>
    public void MapComponents()
    {
        NameComponents();
        foreach (var name in _componentOrder)
        {
            _context.CancellationToken.ThrowIfCancellationRequested();
            ComponentRef(name);
        }
    }

    /// <summary>
    /// Claims the type names of every component in document order without mapping any, so a name never depends
    /// on which components are mapped later (<see cref="MapReached"/> maps only what selected operations reach).
    /// </summary>
    public void NameComponents()
    {
        foreach (var name in _componentOrder)
        {
            var pointer = _context.SchemaPointer(name);
            var shape = SchemaShapes.Classify(_components[name], AllowsAnyExtra(pointer));
            if (shape is SchemaShape.Object or SchemaShape.Enum or SchemaShape.Union)
            {
                _componentTypeNames[name] = Propose(name, Naming.PascalCase(name));
            }
        }
    }

    /// <summary>
    /// Every component that becomes a type, mapped or not (a selection maps only what it reaches), in document order
    /// with the kind of type it becomes: the binder names them all first, so a type's name never depends on the selection.
    /// </summary>
    public EquatableArray<ComponentType> ComponentTypes()
    {
        var result = new List<ComponentType>();
        foreach (var name in _componentOrder)
        {
            if (_componentTypeNames.TryGetValue(name, out var proposed))
            {
                var pointer = _context.SchemaPointer(name);
                var kind = SchemaShapes.Classify(_components[name], AllowsAnyExtra(pointer)) switch
                {
                    SchemaShape.Enum => TypeSpecKind.StringEnum,
                    SchemaShape.Union => TypeSpecKind.Union,
                    _ => TypeSpecKind.Object,
                };
                result.Add(new ComponentType(name, proposed, kind, pointer));
            }
        }

        return result.ToEquatableArray();
    }

    /// <summary>Component types in document order, then inline types in the order they were met.</summary>
    public EquatableArray<TypeSpec> Types()
    {
        var types = new List<TypeSpec>();
        foreach (var name in _componentOrder)
        {
            if (_componentTypes.TryGetValue(name, out var type))
            {
                types.Add(type);
            }
        }

        types.AddRange(_inlineTypes.Where(t => t is not null)!);
        return types.ToEquatableArray();
    }

    /// <summary>Maps a schema found at <paramref name="pointer"/>; an inline type it needs is named <paramref name="nameHint"/>.</summary>
    public TypeRef Map(IOpenApiSchema? schema, string pointer, string nameHint)
    {
        if (schema is null || _depth > MaxDepth)
        {
            return TypeRef.Of(TypeKind.Json);
        }

        _depth++;
        try
        {
            if (schema is OpenApiSchemaReference reference)
            {
                return MapReference(reference, pointer, nameHint);
            }

            if (_inlineRefs.TryGetValue(schema, out var known))
            {
                return known;
            }

            var result = MapInline(schema, pointer, nameHint);
            _inlineRefs[schema] = result;
            return result;
        }
        finally
        {
            _depth--;
        }
    }

    private TypeRef MapReference(OpenApiSchemaReference reference, string pointer, string nameHint)
    {
        if (reference.Reference is null || _context.Schemas.TargetOf(reference) is not { } target)
        {
            _context.ReportBrokenReference(reference.Reference, pointer);
            return TypeRef.Of(TypeKind.Json);
        }

        var id = reference.Reference?.Id;
        if (id is not null && _components.ContainsKey(id))
        {
            return ComponentRef(id);
        }

        // A reference into the middle of another schema: map its target where it stands.
        return Map(target, pointer, nameHint);
    }

    private TypeRef ComponentRef(string name)
    {
        if (_componentRefs.TryGetValue(name, out var known))
        {
            return known;
        }

        var schema = _components[name];
        var pointer = _context.SchemaPointer(name);
        if (_componentTypeNames.TryGetValue(name, out var typeName))
        {
            var shape = SchemaShapes.Classify(schema, AllowsAnyExtra(pointer));
            var typeRef = TypeRef.Named(name, shape == SchemaShape.Enum).AsNullable(IsNullable(schema, pointer));
            _componentRefs[name] = typeRef;
            _componentTypes[name] = BuildType(schema, pointer, typeName, shape, name);
            return typeRef;
        }

        // A primitive, array or map alias: references to it use its TypeRef directly.
        if (!_aliasesInProgress.Add(name))
        {
            return TypeRef.Of(TypeKind.Json);
        }

        var aliased = Map(schema, pointer, Naming.PascalCase(name));
        _aliasesInProgress.Remove(name);
        _componentRefs[name] = aliased;
        return aliased;
    }

    private TypeRef MapInline(IOpenApiSchema schema, string pointer, string nameHint)
    {
        var nullable = IsNullable(schema, pointer);
        var shape = SchemaShapes.Classify(schema, AllowsAnyExtra(pointer));
        ReportNot(schema, pointer);
        switch (shape)
        {
            case SchemaShape.Alias:
                return MapAlias(schema, pointer, nameHint, nullable);
            case SchemaShape.Primitive:
                return SchemaShapes.Primitive(schema).AsNullable(nullable);
            case SchemaShape.Array:
                var items = schema.Items is null
                    ? TypeRef.Of(TypeKind.Json)
                    : Map(schema.Items, ReadContext.Child(pointer, "items"), nameHint + "Item");
                return TypeRef.ArrayOf(items).AsNullable(nullable);
            case SchemaShape.Map:
                var values = schema.AdditionalProperties is null
                    ? TypeRef.Of(TypeKind.Json)
                    : Map(schema.AdditionalProperties, ReadContext.Child(pointer, "additionalProperties"), nameHint + "Value");
                return TypeRef.MapOf(values).AsNullable(nullable);
            case SchemaShape.Object:
            case SchemaShape.Enum:
            case SchemaShape.Union:
                // An inline type is known by its pointer; the binder names it from what the spec proposes.
                var id = "#" + pointer;
                var name = Propose(id, nameHint);
                var typeRef = TypeRef.Named(id, shape == SchemaShape.Enum).AsNullable(nullable);
                _inlineRefs[schema] = typeRef;
                var slot = _inlineTypes.Count;
                _inlineTypes.Add(null);
                _inlineTypes[slot] = BuildType(schema, pointer, name, shape, id);
                return typeRef;
            default:
                return TypeRef.Of(TypeKind.Json).AsNullable(nullable);
        }
    }

    /// <summary><c>allOf: [X]</c> and <c>oneOf: [X, {type: null}]</c> are X (the latter nullable).</summary>
    private TypeRef MapAlias(IOpenApiSchema schema, string pointer, string nameHint, bool nullable)
    {
        TypeRef inner;
        if (schema.AllOf is { Count: 1 } allOf)
        {
            inner = Map(allOf[0], ReadContext.Child(ReadContext.Child(pointer, "allOf"), 0), nameHint);
        }
        else
        {
            var cases = SchemaShapes.Cases(schema);
            var index = Enumerable.Range(0, cases.Count).First(i => !SchemaShapes.IsNullOnly(cases[i]));
            inner = Map(cases[index], ReadContext.Child(ReadContext.Child(pointer, SchemaShapes.CasesKeyword(schema)), index), nameHint);
        }

        return nullable ? inner.AsNullable() : inner;
    }

    /// <summary>Records the name the spec proposes for the type <paramref name="id"/> (cut to a length C# takes); the binder settles it.</summary>
    private string Propose(string id, string desired)
    {
        var name = Naming.Fit(desired);
        _proposedNames[id] = name;
        return name;
    }

    /// <summary>The name proposed for a named type, for names composed from it (a union case's).</summary>
    private string ProposedName(TypeRef type) =>
        type.Name is { } id && _proposedNames.TryGetValue(id, out var name) ? name : type.Name ?? string.Empty;

    /// <summary>
    /// OpenAPI.NET turns <c>nullable</c>/<c>x-nullable</c> into the Null type flag only when the schema has a
    /// <c>type</c>; <c>nullable: true</c> next to <c>allOf</c> survives only in the text.
    /// </summary>
    private bool IsNullable(IOpenApiSchema schema, string pointer) =>
        SchemaShapes.IsNullable(schema) ||
        _context.Lines.IsTrue(pointer, "nullable") ||
        _context.Lines.IsTrue(pointer, "x-nullable");

    /// <summary><c>additionalProperties: true</c> reads the same as no keyword in OpenAPI.NET; the text tells them apart.</summary>
    private bool AllowsAnyExtra(string pointer) =>
        _context.Lines.IsTrue(pointer, "additionalProperties");

    private void ReportNot(IOpenApiSchema schema, string pointer)
    {
        if (schema.Not is not null)
        {
            _context.Report(DiagnosticIds.UnsupportedConstruct, ReadContext.Child(pointer, "not"), "The 'not' keyword", "a type without that restriction");
        }
    }

    /// <summary>Inline schemas are memoised by identity: a shared response schema maps to one type.</summary>
    private sealed class ReferenceComparer : IEqualityComparer<IOpenApiSchema>
    {
        public static readonly ReferenceComparer Instance = new();

        public bool Equals(IOpenApiSchema? x, IOpenApiSchema? y) => ReferenceEquals(x, y);

        public int GetHashCode(IOpenApiSchema obj) => RuntimeHelpers.GetHashCode(obj);
    }
}
