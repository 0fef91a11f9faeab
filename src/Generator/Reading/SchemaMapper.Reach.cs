using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;

namespace SpecClient.Generator.Reading;

/// <summary>
/// Tree-shaking for <c>Operations</c>/<c>ExcludeOperations</c>: after the kept operations are mapped (which maps
/// the components they name, lazily), every component those schemas reach is mapped too, so the model holds
/// exactly the reached types and nothing else is even mapped.
/// </summary>
internal sealed partial class SchemaMapper
{
    /// <summary>How many component schemas the spec declares.</summary>
    public int ComponentCount => _componentOrder.Count;

    /// <summary>How many component schemas have been mapped (reached), types and aliases alike.</summary>
    public int ReachedComponentCount => _componentRefs.Count;

    /// <summary>Where the components no kept operation reaches are written.</summary>
    public IEnumerable<string> UnreachedComponentPointers() =>
        _componentOrder.Where(name => !_componentRefs.ContainsKey(name)).Select(_context.SchemaPointer);

    /// <summary>
    /// Maps, to a fixed point, every component a mapped schema reaches by <c>$ref</c> anywhere in it: properties,
    /// <c>items</c>, <c>additionalProperties</c>, <c>allOf</c>/<c>oneOf</c>/<c>anyOf</c>, <c>not</c>, pattern
    /// properties and discriminator mappings. Mapping a component may reach more, hence the loop.
    /// </summary>
    public void MapReached()
    {
        var walked = new HashSet<IOpenApiSchema>(ReferenceComparer.Instance);
        var walkedComponents = new HashSet<string>(System.StringComparer.Ordinal);
        var found = new List<string>();
        bool grew;
        do
        {
            grew = false;
            foreach (var name in _componentRefs.Keys.Where(walkedComponents.Add).ToList())
            {
                Walk(_components[name], walked, found);
            }

            foreach (var inline in _inlineRefs.Keys.ToList())
            {
                Walk(inline, walked, found);
            }

            foreach (var name in found)
            {
                if (!_componentRefs.ContainsKey(name))
                {
                    ComponentRef(name);
                    grew = true;
                }
            }

            found.Clear();
        }
        while (grew);
    }

    /// <summary>Collects the components a schema names, stopping at each <c>$ref</c> to a component (its own walk comes later).</summary>
    private void Walk(IOpenApiSchema? schema, HashSet<IOpenApiSchema> walked, List<string> found)
    {
        var pending = new Stack<IOpenApiSchema>();
        Push(pending, schema);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            if (!walked.Add(current))
            {
                continue;
            }

            if (current is OpenApiSchemaReference reference)
            {
                if (reference.Reference?.Id is { } id && _components.ContainsKey(id))
                {
                    found.Add(id);
                }
                else if (reference.Reference is not null && _context.Schemas.TargetOf(reference) is { } target)
                {
                    // A reference into the middle of another schema: what it points at is reached.
                    Push(pending, target);
                }

                continue;
            }

            PushAll(pending, current.Properties?.Values);
            PushAll(pending, current.PatternProperties?.Values);
            Push(pending, current.Items);
            Push(pending, current.AdditionalProperties);
            Push(pending, current.Not);
            PushAll(pending, current.AllOf);
            PushAll(pending, current.OneOf);
            PushAll(pending, current.AnyOf);
            PushAll(pending, current.Discriminator?.Mapping?.Values);
        }
    }

    private static void PushAll<T>(Stack<IOpenApiSchema> pending, IEnumerable<T>? schemas)
        where T : IOpenApiSchema
    {
        foreach (var schema in schemas ?? Enumerable.Empty<T>())
        {
            Push(pending, schema);
        }
    }

    private static void Push(Stack<IOpenApiSchema> pending, IOpenApiSchema? schema)
    {
        if (schema is not null)
        {
            pending.Push(schema);
        }
    }
}
