using System.Collections.Generic;
using System.Linq;
using SpecClient.Generator.Emitting.Json;
using SpecClient.Generator.Emitting.Syntax;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Emitting.Operations;

/// <summary>
/// Writes <c>{Name}AllAsync</c> for a paged operation: the operation's parameters minus the page position, returning
/// every item of every page as an <c>IAsyncEnumerable</c>. A thin shell over the runtime's <c>ApiPager</c>, which asks
/// <c>{Name}WithResponseAsync</c> for each page, so the pages share the operation's request code, credentials and error mapping.
/// </summary>
internal static class PagingWriter
{
    /// <summary>Writes the method on the client (or its tag group).</summary>
    public static void Write(SourceWriter writer, JsonTypes json, OperationModel operation, string clientPrefix)
    {
        var paging = operation.Pagination!;
        var locals = new Locals(operation);
        var page = locals.Take("page");
        var item = locals.Take("item");
        var options = locals.Take("options");
        var token = locals.Take("ct");
        var position = locals.Take(paging.Kind == PaginationKind.Offset ? "offset" : "cursor");
        WriteDeclaration(writer, json, operation, "public ", string.Empty);
        writer.Indent();
        var types = $"<{json.TypeOf(operation.Result.Type!)}, {json.TypeOf(paging.ItemType)}>";
        var fetch = $"{operation.Method(MethodKind.WithResponse)!.Name}({string.Join(", ", Arguments(operation, paging, position).Append(options).Append(token))})";
        var arguments = new List<string> { CSharp.Literal(operation.OperationId) };
        switch (paging.Kind)
        {
            case PaginationKind.Cursor:
                writer.WriteLine($"=> {KnownTypes.ApiPager}.ByCursorAsync{types}(");
                arguments.Add($"({position}, {options}, {token}) => {fetch}");
                arguments.Add(Items(paging, page));
                arguments.Add(paging.NextPath.IsEmpty ? "null" : $"{page} => {Path(page, paging.NextPath)}");
                arguments.Add(paging.HasMoreProperty is null ? "null" : $"{page} => {page}.{CSharp.Identifier(paging.HasMoreProperty)}");
                arguments.Add(paging.ItemCursorProperty is null ? "null" : $"{item} => {item}?.{CSharp.Identifier(paging.ItemCursorProperty)}");
                break;
            case PaginationKind.Offset:
                writer.WriteLine($"=> {KnownTypes.ApiPager}.ByOffsetAsync{types}(");
                arguments.Add($"({position}, {options}, {token}) => {fetch}");
                arguments.Add(Items(paging, page));
                arguments.Add($"{page} => {Path(page, paging.TotalPath)}");
                arguments.Add(CSharp.Identifier(paging.LimitParameter!));
                break;
            default:
                // A link names the next page; the single page of x-ms-pageable is a link that never comes.
                writer.WriteLine($"=> {KnownTypes.ApiPager}.ByNextLinkAsync{types}(");
                arguments.Add($"{clientPrefix}_httpClient.BaseAddress");
                arguments.Add("DefaultBaseUrl");
                arguments.Add($"({options}, {token}) => {fetch}");
                arguments.Add(Items(paging, page));
                arguments.Add(paging.Kind switch
                {
                    PaginationKind.LinkHeader => "null",
                    PaginationKind.SinglePage => $"{page} => null",
                    _ => $"{page} => {Path(page, paging.NextPath)}{(paging.NextIsUri ? "?.OriginalString" : string.Empty)}",
                });
                break;
        }

        arguments.Add(locals.RequestOptions);
        arguments.Add("cancellationToken");
        writer.Indent();
        for (var i = 0; i < arguments.Count; i++)
        {
            writer.WriteLine(arguments[i] + (i == arguments.Count - 1 ? ");" : ","));
        }

        writer.Unindent();
        writer.Unindent();
    }

    /// <summary>Writes the method's docs and signature: on the client (<paramref name="terminator"/> empty) or its interface (<c>;</c>).</summary>
    public static void WriteDeclaration(SourceWriter writer, JsonTypes json, OperationModel operation, string modifiers, string terminator)
    {
        var method = operation.Method(MethodKind.All)!;
        var requestOptions = method.RequestOptions!;
        var kept = OperationWriter.SignatureOrder(method).ToList();
        if (modifiers.Length > 0)
        {
            // The client's method implements the interface's, which has the docs.
            writer.WriteLine("/// <inheritdoc/>");
        }
        else
        {
            WriteDocs(writer, operation, requestOptions, kept);
        }

        if (operation.IsDeprecated)
        {
            writer.WriteLine(ConstraintAttributes.Obsolete("The operation " + operation.OperationId, operation.Sunset));
        }

        var signature = OperationWriter.ParameterList(json, operation, method, withDefaults: true, withAttributes: modifiers.Length == 0);
        OperationWriter.WriteSignature(writer, $"{modifiers}{KnownTypes.IAsyncEnumerable}<{json.TypeOf(operation.Pagination!.ItemType)}> {method.Name}(", signature, terminator);
    }

    /// <summary>The docs of the interface's declaration: the operation's summary, the kept parameters, the walk.</summary>
    private static void WriteDocs(SourceWriter writer, OperationModel operation, string requestOptions, IReadOnlyList<string> kept)
    {
        DocComments.Summary(writer, operation.Summary ?? $"{operation.HttpMethod} {operation.Path}", operation.Description);
        writer.WriteLine("/// <remarks>Every item of every page, walking the pages lazily: a page is requested when the items before it are consumed. See <c>" + DocComments.Escape(operation.Method(MethodKind.WithResponse)!.Name) + "</c> for one page.</remarks>");
        foreach (var name in kept)
        {
            DocComments.Param(writer, name, OperationWriter.ParameterDocOf(operation, name));
        }

        DocComments.Param(writer, requestOptions, "Options for every page's request: extra headers, a timeout, an idempotency key.");
        DocComments.Param(writer, "cancellationToken", "Cancels the walk.");
        DocComments.Returns(writer, "The items of every page, in order; the walk stops at the last page, and never follows a next page link to another origin.");
        writer.WriteLine($"/// <exception cref=\"{KnownTypes.ApiException}\">The API answered a page with a status the description does not list as success.</exception>");
    }

    /// <summary>The arguments of the page request: the caller's, the pager's position, and null for the other page parameters.</summary>
    private static IEnumerable<string> Arguments(OperationModel operation, PaginationSpec paging, string position)
    {
        foreach (var name in OperationWriter.SignatureOrder(operation.Method(MethodKind.WithResponse)!))
        {
            if (name == paging.PositionParameter)
            {
                var parameter = operation.Parameters.First(p => p.Name == name);
                yield return parameter.Type.Kind == TypeKind.Int32 ? $"checked((int){position})" : position;
            }
            else
            {
                yield return paging.DroppedParameters.Contains(name) ? "null" : CSharp.Identifier(name);
            }
        }
    }

    private static string Items(PaginationSpec paging, string page) =>
        paging.ItemsPath.IsEmpty ? $"{page} => {page}" : $"{page} => {Path(page, paging.ItemsPath)}";

    /// <summary><c>page.Meta?.Next</c>: the first step on the page, later ones through nullable objects.</summary>
    private static string Path(string page, EquatableArray<string> path) =>
        page + "." + string.Join("?.", path.Select(CSharp.Identifier));
}
