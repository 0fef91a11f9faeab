using System;
using System.Collections.Generic;
using System.Linq;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Binding.Paging;

/// <summary>
/// The response body of a list operation as the pagination binder sees it: the page type, and lookups of its properties
/// by JSON name, at the top level or nested in objects (<c>meta.next_page_url</c>, <c>links.pages.next</c>).
/// </summary>
internal sealed class PageShape
{
    /// <summary>How deep a nested property is looked for: <c>links.pages.next</c> is depth 3.</summary>
    private const int MaxDepth = 3;

    private readonly IReadOnlyDictionary<string, TypeSpec> _types;

    private PageShape(ResultSpec result, TypeRef type, TypeSpec? page, IReadOnlyDictionary<string, TypeSpec> types)
    {
        Result = result;
        Type = type;
        Page = page;
        _types = types;
    }

    /// <summary>What the operation returns, its success responses included.</summary>
    public ResultSpec Result { get; }

    /// <summary>The body's type: a named object, or (for APIs answering with a bare array) an array.</summary>
    public TypeRef Type { get; }

    /// <summary>The page's object type; null when the body is a bare array.</summary>
    public TypeSpec? Page { get; }

    /// <summary>The shape of an operation's success body when it can be a page: a JSON object or array that is never null.</summary>
    public static PageShape? Of(ResultSpec result, IReadOnlyDictionary<string, TypeSpec> types)
    {
        if (result is not { Type: { } type, Kind: BodyKind.Json, MayBeEmpty: false } || type.IsNullable)
        {
            return null;
        }

        if (type.Kind == TypeKind.Array && type.Element is not null)
        {
            return new PageShape(result, type, null, types);
        }

        return ObjectType(type, types) is { } page ? new PageShape(result, type, page, types) : null;
    }

    /// <summary>A property found on the page: its C# path from the page and the property itself.</summary>
    public sealed record Found(EquatableArray<string> Path, PropertySpec Property);

    /// <summary>The first property with one of <paramref name="wireNames"/> (in that order of preference) that <paramref name="fits"/>, top level first.</summary>
    public Found? Find(IEnumerable<string> wireNames, Func<TypeRef, bool> fits)
    {
        var names = wireNames.ToList();
        for (var depth = 1; depth <= MaxDepth; depth++)
        {
            foreach (var name in names)
            {
                if (Page is not null && FindAt(Page, name, fits, depth, new List<string>(), new HashSet<string>()) is { } found)
                {
                    return found;
                }
            }
        }

        return null;
    }

    /// <summary>The property at a dotted JSON-name path (<c>meta.next</c>), each step but the last an object.</summary>
    public Found? AtPath(string dottedPath, Func<TypeRef, bool> fits) => AtPath(dottedPath.Split('.'), fits);

    /// <summary>The property at a path of JSON names, each step but the last an object.</summary>
    public Found? AtPath(IReadOnlyList<string> steps, Func<TypeRef, bool> fits)
    {
        var type = Page;
        var path = new List<string>();
        for (var i = 0; i < steps.Count && type is not null; i++)
        {
            var property = type.Properties.FirstOrDefault(p => p.WireName == steps[i]);
            if (property is null)
            {
                return null;
            }

            path.Add(property.Name);
            if (i == steps.Count - 1)
            {
                return fits(property.Type) ? new Found(path.ToEquatableArray(), property) : null;
            }

            type = ObjectType(property.Type, _types);
        }

        return null;
    }

    /// <summary>The page's items: the named array, else the usual names, else its only array property; the body itself when it is an array.</summary>
    public Found? Items(string? itemsPath)
    {
        if (Page is null)
        {
            return null;
        }

        if (itemsPath is not null)
        {
            return AtPath(itemsPath, IsArray);
        }

        var top = Page.Properties.Where(p => IsArray(p.Type)).ToList();
        var usual = new[] { "data", "items", "results", "value", "entries", "records" };
        var named = usual.Select(n => top.FirstOrDefault(p => p.WireName == n)).FirstOrDefault(p => p is not null);
        var chosen = named ?? (top.Count == 1 ? top[0] : null);
        return chosen is null ? null : new Found(new[] { chosen.Name }.ToEquatableArray(), chosen);
    }

    /// <summary>The type of one item: the array property's element, or the bare array body's.</summary>
    public TypeRef? ItemType(Found? items) => items is null ? Type.Element : items.Property.Type.Element;

    /// <summary>
    /// The objects a property leads to: its record, or each record case of its union, reached through the union's
    /// <c>As{Case}</c> property (DigitalOcean's <c>links.pages</c> is <c>anyOf</c> forward or backward links).
    /// </summary>
    private IEnumerable<(List<string> Steps, TypeSpec Type)> ObjectsOf(TypeRef type)
    {
        if (ObjectType(type, _types) is { } record)
        {
            yield return (new List<string>(), record);
            yield break;
        }

        if (type is { Kind: TypeKind.Named, Name: { } name } && _types.TryGetValue(name, out var union) && union.Kind == TypeSpecKind.Union)
        {
            foreach (var unionCase in union.UnionCases)
            {
                if (ObjectType(unionCase.Type, _types) is { } caseType)
                {
                    yield return (new List<string> { "As" + unionCase.Name }, caseType);
                }
            }
        }
    }

    /// <summary>The object type behind a type reference, when it is a generated record.</summary>
    public static TypeSpec? ObjectType(TypeRef type, IReadOnlyDictionary<string, TypeSpec> types) =>
        type is { Kind: TypeKind.Named, IsValueType: false, Name: { } name }
        && types.TryGetValue(name, out var spec)
        && spec.Kind == TypeSpecKind.Object
            ? spec
            : null;

    /// <summary>The item type's string property with the JSON name <paramref name="wireName"/> (Stripe's <c>id</c>).</summary>
    public PropertySpec? ItemProperty(TypeRef itemType, string wireName) =>
        ObjectType(itemType, _types)?.Properties.FirstOrDefault(p => p.WireName == wireName && p.Type.Kind == TypeKind.String);

    public static bool IsArray(TypeRef type) => type.Kind == TypeKind.Array && type.Element is not null;

    public static bool IsString(TypeRef type) => type.Kind == TypeKind.String;

    public static bool IsText(TypeRef type) => type.Kind is TypeKind.String or TypeKind.Uri;

    public static bool IsInteger(TypeRef type) => type.Kind is TypeKind.Int32 or TypeKind.Int64;

    public static bool IsBoolean(TypeRef type) => type.Kind == TypeKind.Boolean;

    private Found? FindAt(TypeSpec type, string wireName, Func<TypeRef, bool> fits, int depth, List<string> path, HashSet<string> visited)
    {
        if (depth == 1)
        {
            var property = type.Properties.FirstOrDefault(p => p.WireName == wireName && fits(p.Type));
            return property is null ? null : new Found(path.Append(property.Name).ToEquatableArray(), property);
        }

        if (!visited.Add(type.Name))
        {
            return null;
        }

        foreach (var property in type.Properties)
        {
            path.Add(property.Name);
            foreach (var (steps, nested) in ObjectsOf(property.Type))
            {
                path.AddRange(steps);
                var found = FindAt(nested, wireName, fits, depth - 1, path, visited);
                path.RemoveRange(path.Count - steps.Count, steps.Count);
                if (found is not null)
                {
                    return found;
                }
            }

            path.RemoveAt(path.Count - 1);
        }

        visited.Remove(type.Name);
        return null;
    }
}
