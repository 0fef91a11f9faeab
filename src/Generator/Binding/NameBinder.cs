using System.Collections.Generic;
using System.Linq;
using SpecClient.Generator.Diagnostics;
using SpecClient.Generator.Model;
using SpecClient.Generator.Names;

namespace SpecClient.Generator.Binding;

/// <summary>
/// Settles every name the spec proposes: types (clear of the client's companion types and of the members their own
/// kind declares), properties, enum values, union cases, tag groups, operations, parameters and security schemes, each
/// unique in its scope through <see cref="UniqueNames"/> (one case rule: names differing only in case collide). A name
/// that had to change is a SPEC011 finding at the construct's pointer. The read model names types by identity; this is
/// where a <see cref="TypeRef"/> gets the C# name, so every later step sees C# names only.
/// </summary>
internal static class NameBinder
{
    /// <summary>Whether every generated enum declares a member of that name (besides its values): not a name for an enum (CS0542).</summary>
    private static readonly System.Func<string, bool> IsEnumMember = ReservedNames.ForEnumMembers(string.Empty).IsTaken;

    /// <summary>Whether every generated record declares a member of that name (besides its properties): not a name for a record.</summary>
    private static readonly System.Func<string, bool> IsRecordMember = ReservedNames.ForRecordProperties(string.Empty).IsTaken;

    public static ClientSpec Bind(ClientSpec spec, ICollection<BindFinding> findings)
    {
        var typeNames = TypeNames(spec, findings);
        TypeRef Rename(TypeRef type) => type.Kind switch
        {
            TypeKind.Named when type.Name is { } id && typeNames.TryGetValue(id, out var name) => type with { Name = name },
            TypeKind.Array or TypeKind.Map when type.Element is { } element => type with { Element = Rename(element) },
            _ => type,
        };

        var groups = new Dictionary<string, string>(System.StringComparer.Ordinal);
        return spec with
        {
            Types = spec.Types.Select(type => Members(type with { Name = typeNames[type.SchemaName] }, Rename, findings)).ToEquatableArray(),
            Operations = Operations(spec, Rename, groups, findings),
            SecuritySchemes = Schemes(spec.SecuritySchemes, findings),
            Tags = spec.Tags.Select(tag => tag with { Group = groups.TryGetValue(tag.Name, out var group) ? group : null }).ToEquatableArray(),
            Webhooks = WebhookCases(spec.Webhooks, Rename, findings),
        };
    }

    /// <summary>Type id -> C# name, claimed in model order (components in document order, then inline types as met).</summary>
    private static Dictionary<string, string> TypeNames(ClientSpec spec, ICollection<BindFinding> findings)
    {
        var scope = new UniqueNames(ReservedNames.ClientTypes(CompanionNames.Of(spec.ClassName), spec.ClassName));
        var names = new Dictionary<string, string>(System.StringComparer.Ordinal);
        var mapped = new HashSet<string>(spec.Types.Select(t => t.SchemaName), System.StringComparer.Ordinal);

        // Every component first, mapped or not, so a selection never changes a name; a rename is reported for what is generated.
        foreach (var component in spec.ComponentTypes)
        {
            var name = Claim(scope, component.ProposedName, component.Kind);
            names[component.Key] = name;
            if (name != component.ProposedName && mapped.Contains(component.Key))
            {
                findings.Add(Renamed("schema", component.Key, name, component.Pointer));
            }
        }

        foreach (var type in spec.Types.Where(t => !names.ContainsKey(t.SchemaName)))
        {
            var desired = Naming.Fit(type.Name);
            var name = Claim(scope, desired, type.Kind);
            if (name != desired)
            {
                var original = type.SchemaName.StartsWith("#", System.StringComparison.Ordinal) ? type.Name : type.SchemaName;
                findings.Add(Renamed("schema", original, name, type.Pointer));
            }

            names[type.SchemaName] = name;
        }

        return names;
    }

    /// <summary>Claims a type's name, never a member its kind of type declares (an enum named <c>Value</c>: CS0542).</summary>
    private static string Claim(UniqueNames scope, string desired, TypeSpecKind kind) =>
        scope.Claim(Naming.Fit(desired), kind switch
        {
            TypeSpecKind.StringEnum or TypeSpecKind.IntegerEnum => IsEnumMember,
            TypeSpecKind.Object => IsRecordMember,
            _ => null,
        });

    private static TypeSpec Members(TypeSpec type, System.Func<TypeRef, TypeRef> rename, ICollection<BindFinding> findings) => type.Kind switch
    {
        TypeSpecKind.Object => type with
        {
            Properties = Properties(type, rename, findings),
            AdditionalProperties = type.AdditionalProperties is { } extras ? rename(extras) : null,
        },
        TypeSpecKind.Union => type with { UnionCases = UnionCases(type, rename, findings) },
        TypeSpecKind.StringEnum or TypeSpecKind.IntegerEnum => type with { EnumMembers = EnumMembers(type, findings) },
        _ => type,
    };

    private static EquatableArray<PropertySpec> Properties(TypeSpec type, System.Func<TypeRef, TypeRef> rename, ICollection<BindFinding> findings)
    {
        var scope = ReservedNames.ForRecordProperties(type.Name);
        return type.Properties.Select(property =>
        {
            // Named like its type (CS0542): {Name}Value, as the reader proposes for the spec's own names; not a finding.
            var desired = property.Name == type.Name ? property.Name + "Value" : property.Name;
            var name = scope.Claim(desired);
            if (name != desired)
            {
                findings.Add(Renamed("property", property.WireName, name, property.Pointer));
            }

            return property with { Name = name, Type = rename(property.Type) };
        }).ToEquatableArray();
    }

    private static EquatableArray<EnumMemberSpec> EnumMembers(TypeSpec type, ICollection<BindFinding> findings)
    {
        var scope = ReservedNames.ForEnumMembers(type.Name);
        return type.EnumMembers.Select(member =>
        {
            var name = scope.Claim(member.Name);
            if (name != member.Name)
            {
                findings.Add(Renamed("enum value", member.Value, name, member.Pointer));
            }

            return member with { Name = name };
        }).ToEquatableArray();
    }

    private static EquatableArray<UnionCaseSpec> UnionCases(TypeSpec type, System.Func<TypeRef, TypeRef> rename, ICollection<BindFinding> findings)
    {
        var scope = new UniqueNames(ReservedNames.UnionCases);

        // A case becomes Is{Case}, As{Case} and From{Case}: none may be the union's own name (CS0542).
        var ownName = new[] { "Is", "As", "From" }
            .Where(prefix => type.Name.StartsWith(prefix, System.StringComparison.Ordinal))
            .Select(prefix => type.Name.Substring(prefix.Length))
            .ToList();
        bool NamesTheUnion(string candidate) => ownName.Contains(candidate);

        return type.UnionCases.Select(unionCase =>
        {
            var desired = unionCase.Name;
            var name = scope.Claim(desired, NamesTheUnion);
            if (NamesTheUnion(desired))
            {
                findings.Add(Renamed("union case", desired, name, unionCase.Pointer));
            }

            return unionCase with { Name = name, Type = rename(unionCase.Type) };
        }).ToEquatableArray();
    }

    /// <summary>The webhook event's cases: one per webhook, each name unique (Is/As/From{Case} beside IsUnknown), payloads renamed.</summary>
    private static EquatableArray<WebhookSpec> WebhookCases(EquatableArray<WebhookSpec> webhooks, System.Func<TypeRef, TypeRef> rename, ICollection<BindFinding> findings)
    {
        var scope = new UniqueNames(ReservedNames.UnionCases);
        return webhooks.Select(webhook =>
        {
            var desired = Naming.Fit(webhook.Name);
            var name = scope.Claim(desired);
            if (name != desired)
            {
                findings.Add(Renamed("webhook", webhook.Key, name, webhook.Pointer));
            }

            return webhook with { Name = name, Payload = rename(webhook.Payload) };
        }).ToEquatableArray();
    }

    /// <summary>Tag groups, operation names per group, and each operation's parameters; every type reference renamed.</summary>
    /// <param name="groupOfTag">Filled with the group of every tag that is one: the operations' tags and their parents.</param>
    private static EquatableArray<OperationSpec> Operations(ClientSpec spec, System.Func<TypeRef, TypeRef> rename, Dictionary<string, string> groupOfTag, ICollection<BindFinding> findings)
    {
        var groups = new Dictionary<string, string>(System.StringComparer.Ordinal);
        var groupScope = new UniqueNames(ReservedNames.ForGroups(spec.ClassName));
        var tags = spec.Tags.ToDictionary(t => t.Name, System.StringComparer.Ordinal);

        // A group's parents (OpenAPI 3.2 tag parents) are groups too, named before it; tags that PascalCase alike share one.
        string ClaimGroup(string tag, string? pointer)
        {
            var proposed = Naming.PascalCase(tag);
            if (!groups.TryGetValue(proposed, out var group))
            {
                tags.TryGetValue(tag, out var declared);
                if (declared?.Parent is { } parent)
                {
                    ClaimGroup(parent, tags[parent].Pointer);
                }

                group = groupScope.Claim(proposed);
                groups[proposed] = group;
                if (group != proposed)
                {
                    findings.Add(Renamed("tag", tag, group, declared?.Pointer ?? pointer));
                }
            }

            groupOfTag[tag] = group;
            return group;
        }

        var methodScopes = new Dictionary<string, UniqueNames>(System.StringComparer.Ordinal);
        var operationIds = new HashSet<string>(System.StringComparer.Ordinal);
        return spec.Operations.Select(operation =>
        {
            var group = operation.Group is null ? null : ClaimGroup(operation.GroupTag ?? operation.Group, operation.Pointer is { } at ? at + "/tags/0" : null);

            if (!methodScopes.TryGetValue(group ?? string.Empty, out var methods))
            {
                methods = new UniqueNames();
                methodScopes[group ?? string.Empty] = methods;
            }

            // A repeated operationId is its own finding (SPEC-duplicate, from the reader): its rename is not another.
            var isDuplicate = !operationIds.Add(operation.OperationId);
            var name = methods.Claim(operation.Name);
            if (name != operation.Name && !isDuplicate)
            {
                findings.Add(Renamed("operation", operation.OperationId, name, operation.Pointer));
            }

            return operation with
            {
                Name = name,
                Group = group,
                Parameters = Parameters(operation, rename, findings),
                Body = operation.Body is { } body ? body with { Type = rename(body.Type) } : null,
                Responses = operation.Responses
                    .Select(r => r with { Type = r.Type is { } type ? rename(type) : null, EventType = r.EventType is { } events ? rename(events) : null })
                    .ToEquatableArray(),
            };
        }).ToEquatableArray();
    }

    /// <summary>A method's parameter names: unique, clear of the body's and the cancellation token's.</summary>
    private static EquatableArray<ParameterSpec> Parameters(OperationSpec operation, System.Func<TypeRef, TypeRef> rename, ICollection<BindFinding> findings)
    {
        var scope = new UniqueNames(new[] { "body", "cancellationToken" });
        return operation.Parameters.Select(parameter =>
        {
            var name = scope.Claim(parameter.Name);
            if (name != parameter.Name && parameter.Name != "body" && parameter.Name != "cancellationToken")
            {
                findings.Add(Renamed("parameter", parameter.WireName, name, parameter.Pointer));
            }

            return parameter with { Name = name, Type = rename(parameter.Type) };
        }).ToEquatableArray();
    }

    private static EquatableArray<SecuritySchemeSpec> Schemes(EquatableArray<SecuritySchemeSpec> schemes, ICollection<BindFinding> findings)
    {
        var scope = new UniqueNames();
        return schemes.Select(scheme =>
        {
            var name = scope.Claim(scheme.PropertyName);
            if (name != scheme.PropertyName)
            {
                findings.Add(Renamed("security scheme", scheme.SchemeName, name, scheme.Pointer));
            }

            return scheme with { PropertyName = name };
        }).ToEquatableArray();
    }

    private static BindFinding Renamed(string what, string original, string name, string? pointer) =>
        new(DiagnosticIds.NameCollision, new[] { what, original, name }.ToEquatableArray(), pointer);
}
