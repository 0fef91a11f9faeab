using System.Collections.Generic;
using System.Linq;
using SpecClient.Generator.Model;
using SpecClient.Generator.Names;

namespace SpecClient.Generator.Binding;

/// <summary>
/// Decides which converters (one class per record and union, one field per list, map and nullable struct) and which
/// type infos a client needs, and names each once in the converters class's one scope, so every emitted file agrees on
/// the same names and a record's converter never meets a composite's field of the same name.
/// </summary>
internal sealed class JsonMetadataBinder
{
    private readonly UniqueNames _scope = new();
    private readonly List<NamedTypeRef> _converters = new();
    private readonly NameTable _composites;
    private readonly List<TypeRef> _typeInfos = new();
    private readonly HashSet<TypeRef> _typeInfoSet = new();
    private readonly Dictionary<string, TypeModel> _typesByName;

    private JsonMetadataBinder(IReadOnlyList<TypeModel> types)
    {
        _typesByName = types.ToDictionary(t => t.Name, System.StringComparer.Ordinal);
        _composites = new NameTable(_scope);
        foreach (var type in types.Where(t => t.Kind is TypeSpecKind.Object or TypeSpecKind.Union))
        {
            _converters.Add(new NamedTypeRef(TypeRef.Named(type.Name), _scope.Claim(Naming.Fit(type.Name + "Converter"))));
        }
    }

    /// <summary>Collects every type the client reads or writes, from its bound types and operations.</summary>
    public static JsonMetadataSpec Bind(IReadOnlyList<TypeModel> types, IReadOnlyList<OperationModel> operations)
    {
        var binder = new JsonMetadataBinder(types);
        binder.Collect(types, operations);
        return new JsonMetadataSpec
        {
            Converters = binder._converters.ToEquatableArray(),
            Composites = binder._composites.ToArray(),
            TypeInfos = binder._typeInfos.ToEquatableArray(),
        };
    }

    private void Collect(IReadOnlyList<TypeModel> types, IReadOnlyList<OperationModel> operations)
    {
        foreach (var type in types)
        {
            AddTypeInfo(TypeRef.Named(type.Name, type.Kind is TypeSpecKind.StringEnum or TypeSpecKind.IntegerEnum));
            foreach (var property in type.Properties)
            {
                Register(property.Type);
            }

            if (type.Extras is { } extras)
            {
                Register(TypeRef.MapOf(extras.ValueType));
            }

            foreach (var unionCase in type.UnionCases)
            {
                Register(unionCase.Type);
            }
        }

        foreach (var operation in operations)
        {
            if (operation.Body is { Kind: BodyKind.Json or BodyKind.JsonSequence } body)
            {
                AddTypeInfo(body.Type);
            }

            foreach (var response in operation.Responses)
            {
                if (response is { Kind: BodyKind.Json, Type: { } type })
                {
                    AddTypeInfo(type);
                }
            }

            if (operation.Result is { Kind: BodyKind.Json, Type: { } result })
            {
                AddTypeInfo(result);
            }

            if (operation.Result is { EventType: { } eventType })
            {
                AddTypeInfo(eventType);
            }

            // Structured fields of form and multipart bodies travel as JSON text.
            if (operation.Body is { Kind: BodyKind.Multipart or BodyKind.FormUrlEncoded } fields
                && fields.Type.Name is { } formName
                && _typesByName.TryGetValue(formName, out var form))
            {
                foreach (var property in form.Properties.Where(p => p.Type.IsStructured))
                {
                    AddTypeInfo(property.Type);
                }
            }
        }
    }

    private void Register(TypeRef type)
    {
        if (type.IsNullable && type.IsStruct)
        {
            Register(type with { IsNullable = false });
            _composites.Add(type, "Nullable" + NameOf(type with { IsNullable = false }));
            return;
        }

        if (type.Kind is TypeKind.Array or TypeKind.Map)
        {
            Register(type.Element!);
            var key = type with { IsNullable = false };
            _composites.Add(key, NameOf(key));
        }
    }

    private void AddTypeInfo(TypeRef type)
    {
        Register(type);
        var key = type.ToJsonKey();
        if (_typeInfoSet.Add(key))
        {
            _typeInfos.Add(key);
        }
    }

    private static string NameOf(TypeRef type)
    {
        var prefix = type.IsNullable ? "Nullable" : string.Empty;
        return prefix + type.Kind switch
        {
            TypeKind.Named => type.Name!,
            TypeKind.Array => "ListOf" + NameOf(type.Element!),
            TypeKind.Map => "MapOf" + NameOf(type.Element!),
            TypeKind.Json => "JsonElement",
            TypeKind.Bytes => "ByteArray",
            _ => type.Kind.ToString(),
        };
    }

    /// <summary>Types with member names claimed in the converters class's scope, in first-use order.</summary>
    private sealed class NameTable
    {
        private readonly List<NamedTypeRef> _entries = new();
        private readonly HashSet<TypeRef> _types = new();
        private readonly UniqueNames _names;

        public NameTable(UniqueNames names) => _names = names;

        public void Add(TypeRef type, string baseName)
        {
            if (!_types.Add(type))
            {
                return;
            }

            var name = _names.Claim(Naming.Fit(baseName));

            _entries.Add(new NamedTypeRef(type, name));
        }

        public EquatableArray<NamedTypeRef> ToArray() => _entries.ToEquatableArray();
    }
}
