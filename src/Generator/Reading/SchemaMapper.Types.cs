using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using SpecClient.Generator.Diagnostics;
using SpecClient.Generator.Model;
using SpecClient.Generator.Names;

namespace SpecClient.Generator.Reading;

/// <summary>The bodies of generated types: records (with <c>allOf</c> merged), enums and unions.</summary>
internal sealed partial class SchemaMapper
{
    private TypeSpec BuildType(IOpenApiSchema schema, string pointer, string name, SchemaShape shape, string schemaName)
    {
        var type = new TypeSpec
        {
            Name = name,
            Kind = TypeSpecKind.Object,
            SchemaName = schemaName,
            Summary = schema.Title,
            Description = schema.Description,
            IsDeprecated = schema.Deprecated,
            Sunset = ConstraintReader.Sunset(_context, pointer, schema.Deprecated, schema.Description),
            Pointer = pointer,
        };
        return shape switch
        {
            SchemaShape.Enum => BuildEnum(type, schema, pointer),
            SchemaShape.Union => BuildUnion(type, schema, pointer),
            _ => BuildObject(type, schema, pointer),
        };
    }

    private TypeSpec BuildObject(TypeSpec type, IOpenApiSchema schema, string pointer)
    {
        var parts = new ObjectParts();
        CollectParts(schema, pointer, parts, new HashSet<string>(System.StringComparer.Ordinal), isTop: true);

        var properties = new List<PropertySpec>();
        foreach (var wireName in parts.Order)
        {
            var (propertySchema, propertyPointer) = parts.Properties[wireName];

            // A member may not be named like its type (CS0542): the spec's own name for such a property is {Name}Value.
            var name = Naming.PascalCase(wireName);
            if (name == type.Name)
            {
                name += "Value";
            }

            var facts = _context.Schemas.KeywordsOf(propertySchema);
            properties.Add(new PropertySpec
            {
                Name = name,
                WireName = wireName,
                Type = Map(propertySchema, propertyPointer, type.Name + name),
                IsRequired = parts.Required.Contains(wireName),
                Description = facts.Description,
                IsDeprecated = facts.Deprecated,
                Sunset = ConstraintReader.Sunset(_context, propertyPointer, facts.Deprecated, facts.Description),
                Constraints = ConstraintReader.Read(facts, untranslatable: pattern => ReportUntranslatable(propertyPointer, pattern)),
                Pointer = propertyPointer,
                IsReadOnly = facts.ReadOnly,
                IsWriteOnly = facts.WriteOnly,
                IsSecret = facts.WriteOnly || string.Equals(facts.Format, "password", System.StringComparison.OrdinalIgnoreCase),
                DefaultValue = SchemaShapes.Constant(facts.Default),
                FixedValue = SchemaShapes.OneString(propertySchema),
            });
        }

        TypeRef? extras = null;
        if (parts.Extras is { } extraSchema)
        {
            extras = Map(extraSchema.Schema, extraSchema.Pointer, type.Name + "Value");
        }
        else if (parts.AllowsAnyExtra)
        {
            extras = TypeRef.Of(TypeKind.Json);
        }

        return type with
        {
            Kind = TypeSpecKind.Object,
            Description = type.Description ?? parts.Description,
            Properties = properties.ToEquatableArray(),
            AdditionalProperties = extras,
        };
    }

    /// <summary>Gathers properties and required names from the schema and its <c>allOf</c> parts, in order.</summary>
    private void CollectParts(IOpenApiSchema? schema, string pointer, ObjectParts parts, HashSet<string> visited, bool isTop)
    {
        if (schema is null)
        {
            return;
        }

        if (schema is OpenApiSchemaReference reference)
        {
            if (reference.Reference is null || _context.Schemas.TargetOf(reference) is not { } referenced)
            {
                _context.ReportBrokenReference(reference.Reference, pointer);
                return;
            }

            var id = reference.Reference?.Id ?? string.Empty;
            if (!visited.Add(id))
            {
                return;
            }

            var target = _components.ContainsKey(id) ? _context.SchemaPointer(id) : pointer;
            CollectParts(referenced, target, parts, visited, isTop: false);
            return;
        }

        if (schema.AllOf is { } allOf)
        {
            for (var i = 0; i < allOf.Count; i++)
            {
                CollectParts(allOf[i], ReadContext.Child(ReadContext.Child(pointer, "allOf"), i), parts, visited, isTop: false);
            }
        }

        if (SchemaShapes.Cases(schema).Count > 0)
        {
            var keyword = SchemaShapes.CasesKeyword(schema);
            _context.Report(DiagnosticIds.UnsupportedConstruct, ReadContext.Child(pointer, keyword), "'" + keyword + "' next to properties or inside 'allOf'", "a record with the properties outside it");
        }

        if (schema.Properties is { } properties)
        {
            foreach (var entry in properties)
            {
                if (!parts.Properties.ContainsKey(entry.Key))
                {
                    parts.Order.Add(entry.Key);
                }

                // A later part redefines an inherited property in place.
                // A property with no schema at all (`name:` and nothing) takes any value.
                parts.Properties[entry.Key] = (entry.Value ?? new OpenApiSchema(), ReadContext.Child(ReadContext.Child(pointer, "properties"), entry.Key));
            }
        }

        if (schema.Required is { } required)
        {
            parts.Required.UnionWith(required);
        }

        if (schema.AdditionalProperties is { } extras && parts.Extras is null)
        {
            parts.Extras = (extras, ReadContext.Child(pointer, "additionalProperties"));
        }

        parts.AllowsAnyExtra |= AllowsAnyExtra(pointer);
        if (!isTop)
        {
            parts.Description ??= schema.Description;
        }
    }

    private TypeSpec BuildEnum(TypeSpec type, IOpenApiSchema schema, string pointer)
    {
        var values = (schema.Enum ?? new List<JsonNode>()).Where(v => !SchemaShapes.IsJsonNull(v)).OfType<JsonValue>().ToList();
        var declaredNames = DeclaredEnumNames(schema, values.Count);

        var members = new List<EnumMemberSpec>();
        var isInteger = SchemaShapes.IsIntegerEnum(schema);
        for (var i = 0; i < values.Count; i++)
        {
            var text = SchemaShapes.Text(values[i]);
            if (isInteger)
            {
                // The value becomes an int literal in generated code: only a 32-bit integer may get there.
                if (!int.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var number))
                {
                    _context.Report(DiagnosticIds.UnsupportedConstruct, ReadContext.Child(ReadContext.Child(pointer, "enum"), i), "The value '" + text + "' of an integer enum (not a 32-bit integer)", "nothing for it");
                    continue;
                }

                text = number.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            var name = declaredNames is not null ? Naming.PascalCase(declaredNames[i])
                : text.StartsWith("-", System.StringComparison.Ordinal) ? Naming.Fit("Minus" + Naming.PascalWords(text.Substring(1)))
                : Naming.PascalCase(text, "Empty");
            members.Add(new EnumMemberSpec(name, text, ReadContext.Child(ReadContext.Child(pointer, "enum"), i)));
        }

        return type with
        {
            Kind = isInteger ? TypeSpecKind.IntegerEnum : TypeSpecKind.StringEnum,
            EnumMembers = members.ToEquatableArray(),
        };
    }

    /// <summary>Names from <c>x-enum-varnames</c> or <c>x-enumNames</c> (common generator extensions), when they match the values.</summary>
    private static List<string>? DeclaredEnumNames(IOpenApiSchema schema, int count)
    {
        foreach (var key in new[] { "x-enum-varnames", "x-enumNames" })
        {
            if (schema.Extensions is { } extensions &&
                extensions.TryGetValue(key, out var extension) &&
                extension is JsonNodeExtension { Node: JsonArray array } &&
                array.Count == count &&
                array.All(n => n is JsonValue))
            {
                return array.Select(n => SchemaShapes.Text((JsonValue)n!)).ToList();
            }
        }

        return null;
    }

    private TypeSpec BuildUnion(TypeSpec type, IOpenApiSchema schema, string pointer)
    {
        var cases = SchemaShapes.Cases(schema);
        var casesPointer = ReadContext.Child(pointer, SchemaShapes.CasesKeyword(schema));
        var discriminator = schema.Discriminator;
        var result = new List<UnionCaseSpec>();
        for (var i = 0; i < cases.Count; i++)
        {
            if (SchemaShapes.IsNullOnly(cases[i]))
            {
                continue;
            }

            var casePointer = ReadContext.Child(casesPointer, i);
            var caseType = Map(cases[i], casePointer, type.Name + "Case" + (result.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
            var value = discriminator?.PropertyName is null ? null : DiscriminatorValue(discriminator, cases[i]);
            // A case that allows one string is named after it ("auto" beside an integer is IsAuto, not IsString).
            var caseName = SchemaShapes.OneString(cases[i]) is { } only ? Naming.PascalCase(only, "Empty") : CaseName(caseType);
            result.Add(new UnionCaseSpec(caseName, caseType, value, casePointer));
        }

        return type with
        {
            Kind = TypeSpecKind.Union,
            UnionCases = result.ToEquatableArray(),
            Discriminator = discriminator?.PropertyName,
            DefaultCase = discriminator?.PropertyName is null ? null : DiscriminatorDefaults.CaseOf(discriminator, cases),
        };
    }

    /// <summary>The mapping key that points at the case's schema, else the case's component name.</summary>
    private static string? DiscriminatorValue(OpenApiDiscriminator discriminator, IOpenApiSchema caseSchema)
    {
        if (caseSchema is not OpenApiSchemaReference { Reference.Id: { } id })
        {
            return null;
        }

        if (discriminator.Mapping is { } mapping)
        {
            foreach (var entry in mapping)
            {
                if (entry.Value?.Reference?.Id == id)
                {
                    return entry.Key;
                }
            }
        }

        return id;
    }

    private string CaseName(TypeRef type) => type.Kind switch
    {
        TypeKind.Named => ProposedName(type),
        TypeKind.Array => CaseName(type.Element!) + "List",
        TypeKind.Map => CaseName(type.Element!) + "Map",
        _ => type.Kind.ToString(),
    };

    /// <summary>A <c>pattern</c> that cannot be checked faithfully: located, and no check of it anywhere.</summary>
    internal void ReportUntranslatable(string schemaPointer, string pattern) =>
        _context.Report(DiagnosticIds.UnsupportedConstruct, ReadContext.Child(schemaPointer, "pattern"), "The pattern '" + pattern + "' (no ECMA-262 meaning that runs without backtracking: lookaround, backreference, \\b or .NET-only syntax)", "no check of it");

    /// <summary>What an object schema and its <c>allOf</c> parts add up to.</summary>
    private sealed class ObjectParts
    {
        public List<string> Order { get; } = new();

        public Dictionary<string, (IOpenApiSchema Schema, string Pointer)> Properties { get; } = new(System.StringComparer.Ordinal);

        public HashSet<string> Required { get; } = new(System.StringComparer.Ordinal);

        public (IOpenApiSchema Schema, string Pointer)? Extras { get; set; }

        public bool AllowsAnyExtra { get; set; }

        public string? Description { get; set; }
    }
}
