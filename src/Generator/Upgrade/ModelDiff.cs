using System.Collections.Generic;
using System.Linq;
using SpecClient.Generator.Diagnostics;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Upgrade;

/// <summary>
/// Compares the model of a baseline spec with the model of the current one and lists every change that can
/// break a caller at run time (even when the code still compiles), and the additive ones. Operations match by
/// operationId, parameters by location and wire name, properties by wire name; types are compared where the
/// operations use them, in the direction they travel (a request property that became required matters, a
/// response property that became nullable matters), each pair once.
/// </summary>
internal sealed class ModelDiff
{
    private readonly ClientSpec _old;
    private readonly ClientSpec _new;
    private readonly Dictionary<string, TypeSpec> _oldTypes;
    private readonly Dictionary<string, TypeSpec> _newTypes;
    private readonly HashSet<string> _comparedTypes = new(System.StringComparer.Ordinal);
    private readonly HashSet<string> _reported = new(System.StringComparer.Ordinal);
    private readonly List<UpgradeFinding> _breaking = new();
    private readonly List<UpgradeFinding> _additive = new();

    private ModelDiff(ClientSpec old, ClientSpec @new)
    {
        _old = old;
        _new = @new;
        _oldTypes = Index(old.Types);
        _newTypes = Index(@new.Types);
    }

    private enum Direction
    {
        Request,
        Response,
    }

    /// <summary>The breaking changes, then the additive ones, each in the order the baseline (then the current spec) lists them.</summary>
    public static (IReadOnlyList<UpgradeFinding> Breaking, IReadOnlyList<UpgradeFinding> Additive) Compare(ClientSpec baseline, ClientSpec current)
    {
        var diff = new ModelDiff(baseline, current);
        diff.CompareOperations();
        diff.CompareWebhooks();
        diff.CompareSecuritySchemes();
        return (diff._breaking, diff._additive);
    }

    private void CompareOperations()
    {
        var current = _new.Operations.GroupBy(o => o.OperationId, System.StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), System.StringComparer.Ordinal);
        var baseline = new HashSet<string>(_old.Operations.Select(o => o.OperationId), System.StringComparer.Ordinal);
        foreach (var old in _old.Operations)
        {
            if (!current.TryGetValue(old.OperationId, out var now))
            {
                Breaking(DiagnosticIds.UpgradeOperationRemoved, PointerOf(old), PointerOf(old), old.OperationId, old.HttpMethod + " " + old.Path);
                continue;
            }

            CompareOperation(old, now);
        }

        foreach (var now in _new.Operations.Where(o => !baseline.Contains(o.OperationId)))
        {
            Additive(PointerOf(now), null, $"the operation '{now.OperationId}' ({now.HttpMethod} {now.Path}) was added");
        }
    }

    /// <summary>Webhooks match by key; a payload travels to the client as a response does.</summary>
    private void CompareWebhooks()
    {
        foreach (var old in _old.Webhooks)
        {
            var now = _new.Webhooks.FirstOrDefault(w => w.Key == old.Key);
            if (now is null)
            {
                Breaking(DiagnosticIds.UpgradeWebhookRemoved, "/webhooks", old.Pointer, old.Key);
                continue;
            }

            CompareTypes(old.Payload, now.Payload, Direction.Response, $"the payload of the webhook '{now.Key}'", now.Pointer + "/requestBody", old.Pointer + "/requestBody", null, null);
        }

        foreach (var now in _new.Webhooks.Where(w => !_old.Webhooks.Any(o => o.Key == w.Key)))
        {
            Additive(now.Pointer, null, $"the webhook '{now.Key}' was added");
        }
    }

    private void CompareOperation(OperationSpec old, OperationSpec now)
    {
        var operation = "'" + now.OperationId + "'";
        CompareParameters(old, now, operation);

        if (old.Body is { } oldBody && now.Body is { } newBody)
        {
            var bodyPointer = PointerOf(now) + "/requestBody";
            if (!oldBody.IsRequired && newBody.IsRequired)
            {
                Breaking(DiagnosticIds.UpgradeBecameRequired, bodyPointer, PointerOf(old) + "/requestBody", "the request body of " + operation);
            }

            CompareTypes(oldBody.Type, newBody.Type, Direction.Request, "the request body of " + operation, bodyPointer, PointerOf(old) + "/requestBody", null, null);
        }

        var newSuccess = now.Responses.Where(r => r.IsSuccess).ToDictionary(r => r.StatusCode, System.StringComparer.OrdinalIgnoreCase);
        foreach (var response in old.Responses.Where(r => r.IsSuccess))
        {
            var oldPointer = PointerOf(old) + "/responses/" + response.StatusCode;
            if (!newSuccess.TryGetValue(response.StatusCode, out var match))
            {
                Breaking(DiagnosticIds.UpgradeSuccessStatusRemoved, PointerOf(now) + "/responses", oldPointer, response.StatusCode, operation);
                continue;
            }

            if (response.Type is { } oldType && match.Type is { } newType)
            {
                CompareTypes(oldType, newType, Direction.Response, $"the {response.StatusCode} response of {operation}", PointerOf(now) + "/responses/" + match.StatusCode, oldPointer, null, null);
            }
        }

        foreach (var response in now.Responses.Where(r => r.IsSuccess && !old.Responses.Any(o => o.IsSuccess && string.Equals(o.StatusCode, r.StatusCode, System.StringComparison.OrdinalIgnoreCase))))
        {
            Additive(PointerOf(now) + "/responses/" + response.StatusCode, null, $"{operation} may now answer {response.StatusCode}");
        }

        var oldSecurity = SecurityText(old.Security);
        var newSecurity = SecurityText(now.Security);
        if (oldSecurity != newSecurity)
        {
            Breaking(DiagnosticIds.UpgradeSecurityChanged, PointerOf(now) + "/security", PointerOf(old) + "/security", "the security of " + operation, oldSecurity, newSecurity);
        }
    }

    private void CompareParameters(OperationSpec old, OperationSpec now, string operation)
    {
        foreach (var parameter in old.Parameters)
        {
            var label = $"the {parameter.In.ToString().ToLowerInvariant()} parameter '{parameter.WireName}' of {operation}";
            var match = now.Parameters.FirstOrDefault(p => p.In == parameter.In && p.WireName == parameter.WireName);
            if (match is null)
            {
                Breaking(DiagnosticIds.UpgradeMemberRemoved, PointerOf(now) + "/parameters", parameter.Pointer, label);
                continue;
            }

            var pointer = match.Pointer ?? PointerOf(now);
            if (!parameter.IsRequired && match.IsRequired)
            {
                Breaking(DiagnosticIds.UpgradeBecameRequired, pointer, parameter.Pointer, label);
            }

            CompareFixedValues(parameter.FixedValue, match.FixedValue, label, pointer, parameter.Pointer);

            CompareTypes(parameter.Type, match.Type, Direction.Request, label, pointer, parameter.Pointer, parameter.Constraints?.Format, match.Constraints?.Format);
        }

        foreach (var parameter in now.Parameters.Where(p => !old.Parameters.Any(o => o.In == p.In && o.WireName == p.WireName)))
        {
            var label = $"the {parameter.In.ToString().ToLowerInvariant()} parameter '{parameter.WireName}' of {operation}";
            if (parameter.IsRequired)
            {
                Breaking(DiagnosticIds.UpgradeBecameRequired, parameter.Pointer ?? PointerOf(now), null, label + " (new)");
            }
            else
            {
                Additive(parameter.Pointer ?? PointerOf(now), null, label + " was added");
            }
        }
    }

    /// <summary>Compares two uses of a type; a change of kind or format is reported at the member, a generated type's body once per direction.</summary>
    private void CompareTypes(TypeRef old, TypeRef now, Direction direction, string label, string pointer, string? oldPointer, string? oldFormat, string? newFormat)
    {
        var oldText = Describe(old, oldFormat, _oldTypes);
        var newText = Describe(now, newFormat, _newTypes);
        if (oldText != newText)
        {
            Breaking(DiagnosticIds.UpgradeTypeChanged, pointer, oldPointer, label, oldText, newText);
            return;
        }

        if (old.Kind is TypeKind.Array or TypeKind.Map && old.Element is { } oldElement && now.Element is { } newElement)
        {
            CompareTypes(oldElement, newElement, direction, label + (old.Kind == TypeKind.Array ? " (items)" : " (values)"), pointer, oldPointer, null, null);
            return;
        }

        if (old.Kind == TypeKind.Named && _oldTypes.TryGetValue(old.Name!, out var oldType) && _newTypes.TryGetValue(now.Name!, out var newType) &&
            _comparedTypes.Add(old.Name + "|" + now.Name + "|" + direction))
        {
            CompareTypeBodies(oldType, newType, direction);
        }
    }

    private void CompareTypeBodies(TypeSpec old, TypeSpec now, Direction direction)
    {
        var typePointer = now.Pointer ?? "/components/schemas";
        switch (old.Kind)
        {
            case TypeSpecKind.StringEnum:
            case TypeSpecKind.IntegerEnum:
                foreach (var member in old.EnumMembers.Where(m => !now.EnumMembers.Any(n => n.Value == m.Value)))
                {
                    Breaking(DiagnosticIds.UpgradeEnumValueRemoved, typePointer + "/enum", (old.Pointer ?? typePointer) + "/enum", member.Value, "'" + now.Name + "'");
                }

                foreach (var member in now.EnumMembers.Where(m => !old.EnumMembers.Any(o => o.Value == m.Value)))
                {
                    Additive(typePointer + "/enum", null, $"'{now.Name}' has the new value '{member.Value}'");
                }

                return;
            case TypeSpecKind.Union:
                for (var i = 0; i < old.UnionCases.Count && i < now.UnionCases.Count; i++)
                {
                    CompareTypes(old.UnionCases[i].Type, now.UnionCases[i].Type, direction, $"a case of '{now.Name}'", typePointer, old.Pointer, null, null);
                }

                return;
            case TypeSpecKind.Object:
                CompareProperties(old, now, direction, typePointer);
                return;
        }
    }

    private void CompareProperties(TypeSpec old, TypeSpec now, Direction direction, string typePointer)
    {
        foreach (var property in old.Properties)
        {
            var label = $"the property '{property.WireName}' of '{now.Name}'";
            var match = now.Properties.FirstOrDefault(p => p.WireName == property.WireName);
            if (match is null)
            {
                Breaking(DiagnosticIds.UpgradeMemberRemoved, typePointer + "/properties", property.Pointer, label);
                continue;
            }

            var pointer = match.Pointer ?? typePointer;
            if (direction == Direction.Request && !property.IsRequired && match.IsRequired && !match.IsReadOnly)
            {
                Breaking(DiagnosticIds.UpgradeBecameRequired, pointer, property.Pointer, label);
            }

            if (direction == Direction.Response && !property.Type.IsNullable && match.Type.IsNullable)
            {
                Breaking(DiagnosticIds.UpgradeBecameNullable, pointer, property.Pointer, label);
            }

            CompareFixedValues(property.FixedValue, match.FixedValue, label, pointer, property.Pointer);

            CompareTypes(property.Type, match.Type, direction, label, pointer, property.Pointer, property.Constraints?.Format, match.Constraints?.Format);
        }

        foreach (var property in now.Properties.Where(p => !old.Properties.Any(o => o.WireName == p.WireName)))
        {
            var label = $"the property '{property.WireName}' of '{now.Name}'";
            if (direction == Direction.Request && property.IsRequired && !property.IsReadOnly)
            {
                Breaking(DiagnosticIds.UpgradeBecameRequired, property.Pointer ?? typePointer, null, label + " (new)");
            }
            else
            {
                Additive(property.Pointer ?? typePointer, null, label + " was added");
            }
        }
    }

    /// <summary>A member that allows one value is a string holding it, so a new value is no change of type: its old value is gone.</summary>
    private void CompareFixedValues(string? oldValue, string? newValue, string label, string pointer, string? oldPointer)
    {
        if (oldValue is not null && newValue is not null && oldValue != newValue)
        {
            Breaking(DiagnosticIds.UpgradeEnumValueRemoved, pointer, oldPointer, oldValue, label);
        }
    }

    private void CompareSecuritySchemes()
    {
        foreach (var old in _old.SecuritySchemes)
        {
            var pointer = "/components/securitySchemes/" + Reading.SpecLineIndex.Escape(old.SchemeName);
            var now = _new.SecuritySchemes.FirstOrDefault(s => s.SchemeName == old.SchemeName);
            var oldText = SchemeText(old);
            var newText = now is null ? "nothing" : SchemeText(now);
            if (oldText != newText)
            {
                Breaking(DiagnosticIds.UpgradeSecurityChanged, pointer, pointer, "the security scheme '" + old.SchemeName + "'", oldText, newText);
            }
        }
    }

    /// <summary>What a caller's value must look like: the kind, its format, and for generated types whether it is an object, enum or union.</summary>
    private static string Describe(TypeRef type, string? format, Dictionary<string, TypeSpec> types)
    {
        var text = type.Kind switch
        {
            TypeKind.Named => types.TryGetValue(type.Name!, out var spec) ? spec.Kind switch
            {
                TypeSpecKind.Object => "object",
                TypeSpecKind.StringEnum => "string enum",
                TypeSpecKind.IntegerEnum => "integer enum",
                _ => "union",
            } : "object",
            TypeKind.Array => "array",
            TypeKind.Map => "map",
            TypeKind.Int32 => "integer (int32)",
            TypeKind.Int64 => "integer (int64)",
            TypeKind.Float => "number (float)",
            TypeKind.Double => "number (double)",
            TypeKind.Decimal => "number (decimal)",
            TypeKind.Boolean => "boolean",
            TypeKind.Json => "any JSON",
            _ => "string",
        };
        var effectiveFormat = format ?? type.Kind switch
        {
            TypeKind.Guid => "uuid",
            TypeKind.DateTimeOffset => "date-time",
            TypeKind.DateOnly => "date",
            TypeKind.Uri => "uri",
            TypeKind.Bytes => "byte",
            TypeKind.Stream => "binary",
            _ => null,
        };
        return text == "string" && effectiveFormat is not null ? $"string ({effectiveFormat})" : text;
    }

    private static string SchemeText(SecuritySchemeSpec scheme) => scheme.Kind switch
    {
        SecuritySchemeKind.ApiKey => $"an API key in {scheme.ParameterLocation.ToString().ToLowerInvariant()} '{scheme.ParameterName}'",
        SecuritySchemeKind.HttpBasic => "HTTP basic",
        SecuritySchemeKind.HttpToken => $"HTTP {scheme.HttpScheme}",
        SecuritySchemeKind.OAuth2 => "OAuth2 / OpenID Connect",
        _ => "mutual TLS",
    };

    private static string SecurityText(EquatableArray<SecurityRequirementSpec> requirements) =>
        requirements.Count == 0
            ? "none"
            : string.Join(" or ", requirements.Select(r => string.Join(" and ", r.SchemeNames.OrderBy(n => n, System.StringComparer.Ordinal))).OrderBy(t => t, System.StringComparer.Ordinal));

    private static string PointerOf(OperationSpec operation) =>
        operation.Pointer ?? "/paths/" + Reading.SpecLineIndex.Escape(operation.Path) + "/" + operation.HttpMethod.ToLowerInvariant();

    private static Dictionary<string, TypeSpec> Index(EquatableArray<TypeSpec> types)
    {
        var index = new Dictionary<string, TypeSpec>(System.StringComparer.Ordinal);
        foreach (var type in types)
        {
            index[type.Name] = type;
        }

        return index;
    }

    private void Breaking(string id, string pointer, string? baselinePointer, params string[] args)
    {
        if (_reported.Add(id + "|" + pointer + "|" + string.Join("|", args)))
        {
            _breaking.Add(new UpgradeFinding(id, args.ToEquatableArray(), pointer, baselinePointer));
        }
    }

    private void Additive(string pointer, string? baselinePointer, string change)
    {
        if (_reported.Add(DiagnosticIds.UpgradeAdditiveChange + "|" + pointer + "|" + change))
        {
            _additive.Add(new UpgradeFinding(DiagnosticIds.UpgradeAdditiveChange, new[] { change }.ToEquatableArray(), pointer, baselinePointer));
        }
    }
}
