using System.Linq;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Emitting;

/// <summary>What an operation's method returns, decided from its success responses.</summary>
internal sealed class ResultShape
{
    private ResultShape(TypeRef? type, BodyKind kind, bool mayBeEmpty, string? description, string? accept)
    {
        Type = type;
        Kind = kind;
        MayBeEmpty = mayBeEmpty;
        Description = description;
        AcceptHeader = accept;
    }

    /// <summary>The returned type, or null for a plain Task.</summary>
    public TypeRef? Type { get; }

    /// <summary>How the returned body is read.</summary>
    public BodyKind Kind { get; }

    /// <summary>Some success status has no content, so the result is nullable.</summary>
    public bool MayBeEmpty { get; }

    public string? Description { get; }

    /// <summary>The Accept header to send, from the success responses' media types.</summary>
    public string? AcceptHeader { get; }

    public bool ReturnsStream => Type is not null && Kind == BodyKind.Binary;

    public static ResultShape Of(OperationSpec operation)
    {
        var successes = SuccessResponses(operation);
        var typed = successes.Where(r => r.Type is not null).ToList();
        var accept = typed.Count == 0 ? null : string.Join(", ", typed.Select(r => r.ContentType!).Distinct());
        if (typed.Count == 0)
        {
            return new ResultShape(null, BodyKind.Json, false, successes.FirstOrDefault()?.Description, accept);
        }

        var first = typed[0];
        var mayBeEmpty = successes.Any(r => r.Type is null);
        var sameShape = typed.All(r => r.Kind == first.Kind && (r.Type! with { IsNullable = false }) == (first.Type! with { IsNullable = false }));
        if (!sameShape)
        {
            // Successes of different types: the common denominator is the raw JSON (or text).
            var fallback = first.Kind == BodyKind.Json ? TypeRef.Of(TypeKind.Json) : first.Type!;
            return new ResultShape(fallback, first.Kind, mayBeEmpty, first.Description, accept);
        }

        var nullable = typed.Any(r => r.Type!.IsNullable);
        return new ResultShape(first.Type! with { IsNullable = nullable }, first.Kind, mayBeEmpty, first.Description, accept);
    }

    /// <summary>2xx responses; when a spec lists none, its <c>default</c> response describes success.</summary>
    public static System.Collections.Generic.List<ResponseSpec> SuccessResponses(OperationSpec operation)
    {
        var successes = operation.Responses.Where(r => r.IsSuccess).ToList();
        if (successes.Count == 0)
        {
            successes.AddRange(operation.Responses.Where(r => r.StatusCode == "default"));
        }

        return successes;
    }
}
