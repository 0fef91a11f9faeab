using System.Linq;
using SpecClient.Generator.Emitting.Syntax;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Emitting.Operations;

/// <summary>
/// Names of the locals an operation method declares, chosen so they never collide with a
/// parameter (a spec may well call a parameter <c>request</c> or <c>query</c>, or <c>limitValue</c> beside <c>limit</c>,
/// whose pattern variable is <c>limitValue</c> too).
/// </summary>
internal sealed class Locals
{
    private readonly LocalNames _names;

    public Locals(OperationModel operation)
    {
        var parameters = operation.Parameters.Select(p => p.Name);
        if (operation.Body is { } body)
        {
            parameters = parameters.Append(body.Name);
        }

        // The options parameter is named by the binder (the same on every method of the operation).
        RequestOptions = operation.Method(MethodKind.WithResponse)!.RequestOptions!;
        _names = new LocalNames(parameters.Append("cancellationToken").Append(RequestOptions));
        OperationId = Take("operationId");
        Request = Take("httpRequest");
        Response = Take("httpResponse");
        Query = Take("query");
        Credentials = Take("credentials");
        Status = Take("status");
        Stream = Take("stream");
        OwnsResponse = Take("ownsResponse");
        Result = Take("result");
    }

    /// <summary>The per-call options parameter of <c>{Name}WithResponseAsync</c>, as the binder named it.</summary>
    public string RequestOptions { get; }

    /// <summary>The constant holding the operationId, written once per method.</summary>
    public string OperationId { get; }

    public string Request { get; }

    public string Response { get; }

    public string Query { get; }

    public string Credentials { get; }

    public string Status { get; }

    public string Stream { get; }

    public string OwnsResponse { get; }

    /// <summary>The parameter of the shared method that makes the call's result from the response and its value (see <c>ApiResult</c>).</summary>
    public string Result { get; }

    /// <summary>A fresh name for a short-lived local, such as a pattern variable.</summary>
    public string Take(string wanted) => _names.Take(wanted);

    /// <summary>A name for a variable of a nested block only (a loop's item), free in the method but not claimed (see <see cref="LocalNames.Free"/>).</summary>
    public string Free(string wanted) => _names.Free(wanted);

    /// <summary>The names of the method's locals, for code written outside the operation's own writers (validation checks).</summary>
    public LocalNames Names => _names;
}
