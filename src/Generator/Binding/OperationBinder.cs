using System.Collections.Generic;
using System.Linq;
using SpecClient.Generator.Diagnostics;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Binding;

/// <summary>
/// Gives each operation its methods: which exist (plain and with response always, stream for a sequential success
/// response, all for a paged one), their names, whether each awaits, and their parameters in signature order. Keeps
/// every method name of a client (or tag group) unique: an operation named like another's suffixed method
/// (<c>listFilesAll</c> beside a paged <c>listFiles</c>) gets a number and a SPEC011, like every other rename.
/// </summary>
internal static class OperationBinder
{
    public static OperationModel[] Bind(
        IReadOnlyList<OperationSpec> operations,
        IReadOnlyList<ResultSpec> results,
        IReadOnlyList<PaginationSpec?> paging,
        ICollection<BindFinding> findings)
    {
        var names = UniqueMethodNames(operations, results, paging, findings);
        var bound = new OperationModel[operations.Count];
        for (var i = 0; i < operations.Count; i++)
        {
            var operation = operations[i];
            bound[i] = new OperationModel
            {
                Name = names[i],
                OperationId = operation.OperationId,
                HttpMethod = operation.HttpMethod,
                Path = operation.Path,
                Summary = operation.Summary,
                Description = operation.Description,
                IsDeprecated = operation.IsDeprecated,
                Sunset = operation.Sunset,
                Group = operation.Group,
                Parameters = operation.Parameters,
                Body = operation.Body,
                Responses = operation.Responses,
                Security = operation.Security,
                Result = results[i],
                Pagination = paging[i],
                Methods = Methods(names[i], operation, results[i], paging[i]),
            };
        }

        return bound;
    }

    /// <summary>The method kinds an operation has, in the order they are written.</summary>
    public static IEnumerable<MethodKind> KindsOf(ResultSpec result, PaginationSpec? paging)
    {
        yield return MethodKind.Plain;
        yield return MethodKind.WithResponse;
        if (result.EventType is not null)
        {
            yield return MethodKind.Stream;
        }

        if (paging is not null)
        {
            yield return MethodKind.All;
        }
    }

    /// <summary>The name of an operation's method of <paramref name="kind"/>, without <c>Async</c>.</summary>
    public static string StemOf(string operationName, MethodKind kind) => kind switch
    {
        MethodKind.WithResponse => operationName + "WithResponse",
        MethodKind.Stream => operationName + "Stream",
        MethodKind.All => operationName + "All",
        _ => operationName,
    };

    private static EquatableArray<MethodSpec> Methods(string name, OperationSpec operation, ResultSpec result, PaginationSpec? paging)
    {
        var own = new List<string>();
        own.AddRange(operation.Parameters.Select(p => p.Name));
        if (operation.Body is { } body)
        {
            own.Add(body.Name);
        }

        // The options' name is claimed after the operation's own parameters, so it is the same on every method.
        var taken = new HashSet<string>(own, System.StringComparer.Ordinal) { "cancellationToken" };
        var requestOptions = "requestOptions";
        for (var i = 2; taken.Contains(requestOptions); i++)
        {
            requestOptions = "requestOptions" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return KindsOf(result, paging).Select(kind => new MethodSpec
        {
            Name = StemOf(name, kind) + "Async",
            Kind = kind,

            // Only the with-response method of an operation without a value may do the work itself; every other
            // method returns the task (or the enumerable) of the method or runtime call that does it.
            IsAsync = kind == MethodKind.WithResponse && result.Type is null && !result.UsesSharedCall,
            Parameters = ParametersOf(operation, kind, kind == MethodKind.All ? paging!.DroppedParameters : EquatableArray<string>.Empty, requestOptions),
        }).ToEquatableArray();
    }

    /// <summary>
    /// Required parameters, the body, the required ones that allow one value (defaulting to it), optional parameters;
    /// then the options (all but the plain method) and the token.
    /// </summary>
    private static EquatableArray<MethodParameter> ParametersOf(OperationSpec operation, MethodKind kind, EquatableArray<string> leftOut, string requestOptions)
    {
        var parameters = new List<MethodParameter>();
        parameters.AddRange(operation.Parameters.Where(p => p.IsRequired && p.FixedValue is null && !leftOut.Contains(p.Name)).Select(p => new MethodParameter(p.Name, MethodParameterRole.Required)));
        if (operation.Body is { } body && !leftOut.Contains(body.Name))
        {
            parameters.Add(new MethodParameter(body.Name, MethodParameterRole.Body));
        }

        parameters.AddRange(operation.Parameters.Where(p => p.IsRequired && p.FixedValue is not null && !leftOut.Contains(p.Name)).Select(p => new MethodParameter(p.Name, MethodParameterRole.Fixed)));
        parameters.AddRange(operation.Parameters.Where(p => !p.IsRequired && !leftOut.Contains(p.Name)).Select(p => new MethodParameter(p.Name, MethodParameterRole.Optional)));
        if (kind != MethodKind.Plain)
        {
            parameters.Add(new MethodParameter(requestOptions, MethodParameterRole.RequestOptions));
        }

        parameters.Add(new MethodParameter("cancellationToken", MethodParameterRole.CancellationToken));
        return parameters.ToEquatableArray();
    }

    private static string[] UniqueMethodNames(IReadOnlyList<OperationSpec> operations, IReadOnlyList<ResultSpec> results, IReadOnlyList<PaginationSpec?> paging, ICollection<BindFinding> findings)
    {
        var names = operations.Select(o => o.Name).ToArray();
        IEnumerable<string> Suffixed(int index, string name) =>
            KindsOf(results[index], paging[index]).Where(k => k != MethodKind.Plain).Select(k => StemOf(name, k));

        foreach (var group in Enumerable.Range(0, operations.Count).GroupBy(i => operations[i].Group ?? string.Empty))
        {
            var suffixed = new HashSet<string>(group.SelectMany(i => Suffixed(i, names[i])), System.StringComparer.OrdinalIgnoreCase);
            var taken = new UniqueNames(group.Select(i => names[i]).Concat(suffixed));
            foreach (var index in group)
            {
                var operation = operations[index];
                if (!suffixed.Contains(operation.Name))
                {
                    continue;
                }

                // The name and every twin it brings must be free: the twins are claimed with it.
                var name = taken.Claim(operation.Name, candidate => Suffixed(index, candidate).Any(taken.IsTaken));
                foreach (var twin in Suffixed(index, name))
                {
                    taken.Reserve(twin);
                }

                findings.Add(new BindFinding(DiagnosticIds.NameCollision, new[] { "operation", operation.OperationId, name }.ToEquatableArray(), operation.Pointer));
                names[index] = name;
            }
        }

        return names;
    }
}
