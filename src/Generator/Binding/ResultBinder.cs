using System.Collections.Generic;
using System.Linq;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Binding;

/// <summary>Decides what an operation's methods return from its success responses, and how each success is read.</summary>
internal static class ResultBinder
{
    public static ResultSpec Bind(OperationSpec operation)
    {
        var successes = SuccessResponses(operation);
        var typed = successes.Where(r => r.Type is not null).ToList();
        var (primary, separate) = Branches(successes);
        if (typed.Count == 0)
        {
            return new ResultSpec
            {
                Kind = BodyKind.Json,
                Description = DescriptionOf(successes.FirstOrDefault()),
                Successes = successes.ToEquatableArray(),
                PrimarySuccess = primary,
                SeparateSuccesses = separate.ToEquatableArray(),
                UsesSharedCall = separate.Count == 0,
            };
        }

        var first = typed[0];
        var sameShape = typed.All(r => r.Kind == first.Kind && (r.Type! with { IsNullable = false }) == (first.Type! with { IsNullable = false }));

        // Successes of different types: the common denominator is the raw JSON (or text).
        var type = !sameShape
            ? (first.Kind == BodyKind.Json ? TypeRef.Of(TypeKind.Json) : first.Type!)
            : first.Type! with { IsNullable = typed.Any(r => r.Type!.IsNullable) };
        var mayBeEmpty = successes.Any(r => r.Type is null);
        var returnsStream = first.Kind == BodyKind.Binary;
        return new ResultSpec
        {
            Type = type,
            Kind = first.Kind,
            MayBeEmpty = mayBeEmpty,
            Description = DescriptionOf(first),
            AcceptHeader = string.Join(", ", typed.Select(r => r.ContentType!).Distinct()),
            Successes = successes.ToEquatableArray(),
            PrimarySuccess = primary,
            SeparateSuccesses = separate.ToEquatableArray(),
            UsesSharedCall = !returnsStream && separate.Count == 0 && primary?.Type is not null && first.Kind == BodyKind.Json
                && !mayBeEmpty && !(type.IsNullable && !type.IsStruct),
        };
    }

    /// <summary>The text of the <c>returns</c> doc: the response's summary (OpenAPI 3.2), description and example, when it has them.</summary>
    private static string? DescriptionOf(ResponseSpec? response)
    {
        if (response is null)
        {
            return null;
        }

        var text = Sentences(response.Summary, response.Description);
        return response.Example is null ? text : Sentences(text, "Example: " + response.Example);
    }

    /// <summary>Two texts as one: the second after the first's full stop; either alone when the other is missing or the same.</summary>
    private static string? Sentences(string? first, string? second)
    {
        if (string.IsNullOrWhiteSpace(first))
        {
            return second;
        }

        if (string.IsNullOrWhiteSpace(second) || string.Equals(first, second, System.StringComparison.Ordinal))
        {
            return first;
        }

        var head = first!.TrimEnd();
        return head + (head.EndsWith(".", System.StringComparison.Ordinal) ? " " : ". ") + second;
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

    /// <summary>
    /// The primary success response (a range or default first, else the first with content, else the first), and the
    /// exact statuses read differently from it (no content where it has some, or the reverse).
    /// </summary>
    private static (ResponseSpec? Primary, List<ResponseSpec> Separate) Branches(List<ResponseSpec> successes)
    {
        var primary = successes.FirstOrDefault(r => !int.TryParse(r.StatusCode, out _)) ?? successes.FirstOrDefault(r => r.Type is not null) ?? successes.FirstOrDefault();
        var separate = successes.Where(r => int.TryParse(r.StatusCode, out _) && (r.Type is null) != (primary?.Type is null)).ToList();
        return (primary, separate);
    }
}
