namespace SpecClient.Generator.Model;

/// <summary>One operation as the emitters print it: what the spec says of it, and every method the binder gave it.</summary>
internal sealed record OperationModel
{
    /// <summary>PascalCase name without a suffix, unique within the client (or its group) with every suffixed twin.</summary>
    public required string Name { get; init; }

    /// <summary>The spec's operationId, or a stable id made from method and path when it has none.</summary>
    public required string OperationId { get; init; }

    /// <summary>The HTTP method token as sent: GET, POST, ... or another token the spec names.</summary>
    public required string HttpMethod { get; init; }

    /// <summary>The path template as written in the spec.</summary>
    public required string Path { get; init; }

    public string? Summary { get; init; }

    public string? Description { get; init; }

    public bool IsDeprecated { get; init; }

    /// <summary>When the spec says the operation goes away.</summary>
    public string? Sunset { get; init; }

    /// <summary>The PascalCase member group (GroupByTag), or null for a method on the client itself.</summary>
    public string? Group { get; init; }

    /// <summary>Parameters as the spec declares them (names settled); <see cref="MethodSpec.Parameters"/> orders them.</summary>
    public required EquatableArray<ParameterSpec> Parameters { get; init; }

    public RequestBodySpec? Body { get; init; }

    /// <summary>Every documented response, success and error, in spec order.</summary>
    public required EquatableArray<ResponseSpec> Responses { get; init; }

    /// <summary>Alternatives (OR) of sets (AND) of security scheme names that may authorize the call.</summary>
    public required EquatableArray<SecurityRequirementSpec> Security { get; init; }

    /// <summary>What the methods return, from the success responses.</summary>
    public required ResultSpec Result { get; init; }

    /// <summary>How the operation's pages link up; null when it does not page (then it has no <see cref="MethodKind.All"/> method).</summary>
    public PaginationSpec? Pagination { get; init; }

    /// <summary>The public methods, in the order they are written: plain, with response, stream, all.</summary>
    public required EquatableArray<MethodSpec> Methods { get; init; }

    /// <summary>The method of <paramref name="kind"/>, or null when the operation has none.</summary>
    public MethodSpec? Method(MethodKind kind)
    {
        foreach (var method in Methods)
        {
            if (method.Kind == kind)
            {
                return method;
            }
        }

        return null;
    }
}

/// <summary>One public method of an operation.</summary>
internal sealed record MethodSpec
{
    /// <summary>The full C# name, <c>Async</c> included (<c>ListPetsWithResponseAsync</c>).</summary>
    public required string Name { get; init; }

    public required MethodKind Kind { get; init; }

    /// <summary>Whether the method awaits (has a state machine of its own) rather than returning another method's task.</summary>
    public required bool IsAsync { get; init; }

    /// <summary>Every parameter in signature order, the request options and the cancellation token included.</summary>
    public required EquatableArray<MethodParameter> Parameters { get; init; }

    /// <summary>The per-call options parameter's name, or null when the method takes none.</summary>
    public string? RequestOptions
    {
        get
        {
            foreach (var parameter in Parameters)
            {
                if (parameter.Role == MethodParameterRole.RequestOptions)
                {
                    return parameter.Name;
                }
            }

            return null;
        }
    }
}

/// <summary>A parameter of a generated method.</summary>
/// <param name="Name">The C# name, unique within the method (escaped for keywords only when printed).</param>
/// <param name="Role">What it carries.</param>
internal sealed record MethodParameter(string Name, MethodParameterRole Role);

internal enum MethodParameterRole
{
    /// <summary>A required path, query, header or cookie parameter of the spec.</summary>
    Required,

    /// <summary>The request body.</summary>
    Body,

    /// <summary>A required spec parameter that allows one value: it defaults to that value, so callers leave it out.</summary>
    Fixed,

    /// <summary>An optional spec parameter (defaults to null).</summary>
    Optional,

    /// <summary>The per-call <c>ApiRequestOptions</c>.</summary>
    RequestOptions,

    /// <summary>The <c>CancellationToken</c>, always last.</summary>
    CancellationToken,
}

/// <summary>The methods written for one operation.</summary>
internal enum MethodKind
{
    /// <summary><c>{Name}Async</c>: the value only.</summary>
    Plain,

    /// <summary><c>{Name}WithResponseAsync</c>: the value with the status, headers and request id; takes per-call options.</summary>
    WithResponse,

    /// <summary><c>{Name}StreamAsync</c>: the items of a sequential success response, as they arrive.</summary>
    Stream,

    /// <summary><c>{Name}AllAsync</c>: every item of every page.</summary>
    All,
}
