using System.Collections.Generic;
using System.Linq;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Binding;

/// <summary>Decides what an operation's method returns from its success responses.</summary>
internal static class ResultBinder
{
    public static ResultSpec Bind(OperationSpec operation)
    {
        var successes = SuccessResponses(operation);
        var typed = successes.Where(r => r.Type is not null).ToList();
        if (typed.Count == 0)
        {
            return new ResultSpec { Kind = BodyKind.Json, Description = successes.FirstOrDefault()?.Description, Successes = successes.ToEquatableArray() };
        }

        var first = typed[0];
        var sameShape = typed.All(r => r.Kind == first.Kind && (r.Type! with { IsNullable = false }) == (first.Type! with { IsNullable = false }));

        // Successes of different types: the common denominator is the raw JSON (or text).
        var type = !sameShape
            ? (first.Kind == BodyKind.Json ? TypeRef.Of(TypeKind.Json) : first.Type!)
            : first.Type! with { IsNullable = typed.Any(r => r.Type!.IsNullable) };
        return new ResultSpec
        {
            Type = type,
            Kind = first.Kind,
            MayBeEmpty = successes.Any(r => r.Type is null),
            Description = first.Description,
            AcceptHeader = string.Join(", ", typed.Select(r => r.ContentType!).Distinct()),
            Successes = successes.ToEquatableArray(),
        };
    }

    /// <summary>2xx responses; when a spec lists none, its <c>default</c> response describes success.</summary>
    private static List<ResponseSpec> SuccessResponses(OperationSpec operation)
    {
        var successes = operation.Responses.Where(r => r.IsSuccess).ToList();
        if (successes.Count == 0)
        {
            successes.AddRange(operation.Responses.Where(r => r.StatusCode == "default"));
        }

        return successes;
    }
}
