using System.Collections.Generic;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Emitting;

/// <summary>
/// Names of the locals an operation method declares, chosen so they never collide with a
/// parameter (a spec may well call a parameter <c>request</c> or <c>query</c>).
/// </summary>
internal sealed class Locals
{
    private readonly HashSet<string> _taken = new();

    public Locals(OperationSpec operation)
    {
        foreach (var parameter in operation.Parameters)
        {
            _taken.Add(parameter.Name);
        }

        if (operation.Body is { } body)
        {
            _taken.Add(body.Name);
        }

        _taken.Add("cancellationToken");
        Request = Take("httpRequest");
        Response = Take("httpResponse");
        Query = Take("query");
        Credentials = Take("credentials");
        Content = Take("content");
        Status = Take("status");
        Stream = Take("stream");
        OwnsResponse = Take("ownsResponse");
    }

    public string Request { get; }

    public string Response { get; }

    public string Query { get; }

    public string Credentials { get; }

    public string Content { get; }

    public string Status { get; }

    public string Stream { get; }

    public string OwnsResponse { get; }

    /// <summary>A fresh name for a short-lived local, such as a pattern variable.</summary>
    public string Take(string wanted)
    {
        var name = wanted;
        for (var i = 2; !_taken.Add(name); i++)
        {
            name = wanted + i;
        }

        return name;
    }
}
