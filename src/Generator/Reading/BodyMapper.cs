using System.Collections.Generic;
using Microsoft.OpenApi;
using SpecClient.Generator.Model;
using SpecClient.Generator.Names;

namespace SpecClient.Generator.Reading;

/// <summary>Maps an operation's request body and responses: the media type, the body kind and the type.</summary>
internal sealed class BodyMapper
{
    private readonly ReadContext _context;
    private readonly SchemaMapper _schemas;
    private readonly SequenceMapper _sequences;

    public BodyMapper(ReadContext context, SchemaMapper schemas)
    {
        _context = context;
        _schemas = schemas;
        _sequences = new SequenceMapper(schemas);
    }

    /// <param name="typeName">The name an inline body type is proposed; null for <c>{operationName}Request</c>.</param>
    public RequestBodySpec? MapRequestBody(OpenApiOperation operation, string operationPointer, string operationName, string? typeName = null)
    {
        var body = operation.RequestBody;
        if (body is null)
        {
            return null;
        }

        var pointer = ReadContext.Child(operationPointer, "requestBody");
        if (body is OpenApiRequestBodyReference reference)
        {
            if (reference.UnresolvedReference || reference.Target is null)
            {
                _context.ReportBrokenReference(reference.Reference, pointer);
                return null;
            }

            if (reference.Reference.Id is { } id && !reference.Reference.IsExternal)
            {
                pointer = "/components/requestBodies/" + SpecLineIndex.Escape(id);
            }
        }

        if (MediaTypes.Pick(body.Content) is not { } picked)
        {
            return null;
        }

        if (!_context.IsSwagger2 && _sequences.RequestItems(picked.Key, picked.Value, pointer, operationName) is { } items)
        {
            return new RequestBodySpec
            {
                Name = "body",
                ContentType = picked.Key,
                Kind = BodyKind.JsonSequence,
                Type = items,
                IsRequired = body.Required,
                Description = body.Description,
                Example = Examples.TextOf(picked.Value),
            };
        }

        var schemaPointer = _context.IsSwagger2 ? Swagger2BodyPointer(operationPointer) : ContentSchemaPointer(pointer, picked.Key);
        var (contentType, kind, type) = Describe(picked.Key, picked.Value.Schema, schemaPointer, typeName ?? operationName + "Request");
        return new RequestBodySpec
        {
            Name = "body",
            ContentType = contentType,
            Kind = kind,
            Type = type ?? TypeRef.Of(TypeKind.Json),
            IsRequired = body.Required,
            Description = body.Description,
            Example = Examples.TextOf(picked.Value),
        };
    }

    public List<ResponseSpec> MapResponses(OpenApiOperation operation, string operationPointer, string operationName)
    {
        var result = new List<ResponseSpec>();
        if (operation.Responses is null)
        {
            return result;
        }

        foreach (var entry in operation.Responses)
        {
            var response = entry.Value;
            var pointer = ReadContext.Child(ReadContext.Child(operationPointer, "responses"), entry.Key);
            if (StatusCodes.Normalize(entry.Key) is not { } code)
            {
                // Only these three shapes reach generated code, where a status code is a number in a pattern.
                _context.Report(Diagnostics.DiagnosticIds.UnsupportedConstruct, pointer, "The response key '" + entry.Key + "' (a response key is 'default', a status code such as 404, or a range such as 4XX)", "nothing for it");
                continue;
            }

            var isSuccess = code[0] == '2';
            if (response is null)
            {
                // `'200':` with nothing under it: a response without a description or a body.
                result.Add(new ResponseSpec { StatusCode = code, IsSuccess = isSuccess });
                continue;
            }

            if (response is OpenApiResponseReference reference)
            {
                if (reference.UnresolvedReference || reference.Target is null)
                {
                    _context.ReportBrokenReference(reference.Reference, pointer);
                    result.Add(new ResponseSpec { StatusCode = code, IsSuccess = isSuccess });
                    continue;
                }

                if (reference.Reference.Id is { } id && !reference.Reference.IsExternal)
                {
                    pointer = (_context.IsSwagger2 ? "/responses/" : "/components/responses/") + SpecLineIndex.Escape(id);
                }
            }

            var spec = new ResponseSpec
            {
                StatusCode = code,
                IsSuccess = isSuccess,
                Description = response.Description,
                Summary = (response as IOpenApiSummarizedElement)?.Summary,
                HasLinkHeader = isSuccess && Paging.PagingHints.HasLinkHeader(response),
            };
            if (MediaTypes.Pick(response.Content) is { } picked && HasBody(picked.Value))
            {
                var schemaPointer = _context.IsSwagger2 ? ReadContext.Child(pointer, "schema") : ContentSchemaPointer(pointer, picked.Key);
                var hint = isSuccess ? operationName + "Response" : operationName + Naming.PascalWords(code) + "Error";
                var (contentType, kind, type) = Describe(picked.Key, picked.Value.Schema, schemaPointer, hint);
                spec = spec with { ContentType = contentType, Kind = kind, Type = type, Example = Examples.TextOf(picked.Value) };
            }

            if (isSuccess && !_context.IsSwagger2 && _sequences.Items(response.Content, pointer, operationName) is { } items)
            {
                spec = spec with { EventType = items.Type, StreamMediaType = items.MediaType, StreamFormat = items.Format };
            }

            result.Add(spec);
        }

        return result;
    }

    /// <summary>
    /// A 2.0 response without a schema has no body, though OpenAPI.NET gives it a media type;
    /// in 3.x a media type entry is a body even without a schema.
    /// </summary>
    private bool HasBody(IOpenApiMediaType media) => !_context.IsSwagger2 || media.Schema is not null;

    private (string ContentType, BodyKind Kind, TypeRef? Type) Describe(string mediaType, IOpenApiSchema? schema, string schemaPointer, string nameHint)
    {
        var kind = MediaTypes.KindOf(mediaType);
        switch (kind)
        {
            case BodyKind.Binary:
                var mapped = schema is null ? null : _schemas.Map(schema, schemaPointer, nameHint);
                if (MediaTypes.IsJsonInDisguise(mediaType, mapped, _context.IsSwagger2))
                {
                    return (MediaTypes.Json, BodyKind.Json, mapped);
                }

                return (mediaType, BodyKind.Binary, TypeRef.Of(TypeKind.Stream));
            case BodyKind.Text:
                return (mediaType, BodyKind.Text, TypeRef.Of(TypeKind.String));
            default:
                return (mediaType, kind, _schemas.Map(schema, schemaPointer, nameHint));
        }
    }

    internal static string ContentSchemaPointer(string holderPointer, string mediaType) =>
        ReadContext.Child(ReadContext.Child(ReadContext.Child(holderPointer, "content"), mediaType), "schema");

    /// <summary>In 2.0 the body is the <c>in: body</c> parameter's schema (or, for form data, the operation's parameters).</summary>
    private string Swagger2BodyPointer(string operationPointer)
    {
        var list = ReadContext.Child(operationPointer, "parameters");
        for (var i = 0; _context.Lines.Contains(ReadContext.Child(list, i)); i++)
        {
            var item = ReadContext.Child(list, i);
            if (_context.Lines.ScalarAt(ReadContext.Child(item, "in")) == "body")
            {
                return ReadContext.Child(item, "schema");
            }
        }

        return list;
    }
}
