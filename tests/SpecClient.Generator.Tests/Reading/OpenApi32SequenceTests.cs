using System.Linq;
using SpecClient.Generator.Model;
using static SpecClient.Generator.Tests.Reading.ReaderHarness;

namespace SpecClient.Generator.Tests.Reading;

/// <summary>
/// OpenAPI 3.2's <c>itemSchema</c>: sequential responses (JSON Lines, NDJSON, JSON text sequences, and server-sent events
/// whose <c>data</c> names a JSON <c>contentSchema</c>) get a stream method of the item type and the framing; a JSON
/// sequence request body is the item type, sent as a sequence.
/// </summary>
public class OpenApi32SequenceTests
{
    private const string Spec = """
        openapi: 3.2.0
        info: {title: t, version: '1'}
        paths:
          /lines:
            get:
              operationId: exportPets
              responses:
                '200':
                  description: one pet a line
                  content:
                    application/jsonl:
                      itemSchema: {$ref: '#/components/schemas/Pet'}
          /ndjson:
            get:
              operationId: exportNd
              responses:
                '200':
                  description: one pet a line
                  content:
                    application/x-ndjson:
                      itemSchema: {$ref: '#/components/schemas/Pet'}
          /seq:
            get:
              operationId: exportSeq
              responses:
                '200':
                  description: RFC 7464
                  content:
                    application/json-seq:
                      itemSchema: {type: integer, format: int64}
          /events:
            get:
              operationId: watchPets
              responses:
                '200':
                  description: events
                  content:
                    text/event-stream:
                      itemSchema:
                        type: object
                        properties:
                          event: {type: string}
                          data:
                            type: string
                            contentMediaType: application/json
                            contentSchema: {$ref: '#/components/schemas/Pet'}
          /plain-events:
            get:
              operationId: watchText
              responses:
                '200':
                  description: data that is not JSON
                  content:
                    text/event-stream:
                      itemSchema:
                        type: object
                        properties:
                          data: {type: string}
          /both:
            get:
              operationId: listOrStream
              responses:
                '200':
                  description: a JSON array, or JSON Lines when asked
                  content:
                    application/json:
                      schema: {type: array, items: {$ref: '#/components/schemas/Pet'}}
                    application/jsonl:
                      itemSchema: {$ref: '#/components/schemas/Pet'}
                    text/event-stream:
                      itemSchema:
                        properties:
                          data: {contentMediaType: application/json, contentSchema: {type: string}}
          /import:
            post:
              operationId: importPets
              requestBody:
                required: true
                content:
                  application/jsonl:
                    itemSchema: {$ref: '#/components/schemas/Pet'}
              responses: {'204': {description: imported}}
        components:
          schemas:
            Pet:
              type: object
              required: [id]
              properties:
                id: {type: integer, format: int64}
                name: {type: string}
        """;

    [Theory]
    [InlineData("ExportPets", "application/jsonl")]
    [InlineData("ExportNd", "application/x-ndjson")]
    public void A_JSON_lines_response_with_an_item_schema_streams_the_items(string operation, string mediaType)
    {
        var client = ReadBound(Spec).Spec!;
        var result = client.Operation(operation).Result;
        Assert.Equal(TypeRef.Named("Pet"), result.EventType);
        Assert.Equal(mediaType, result.StreamMediaType);
        Assert.Equal(StreamFormat.JsonSequence, result.StreamFormat);
        Assert.NotNull(client.Operation(operation).Method(MethodKind.Stream));
        Assert.Equal(operation + "StreamAsync", client.Operation(operation).Method(MethodKind.Stream)!.Name);
    }

    [Fact]
    public void A_JSON_text_sequence_streams_its_scalar_items()
    {
        var result = ReadBound(Spec).Spec!.Operation("ExportSeq").Result;
        Assert.Equal(TypeKind.Int64, result.EventType!.Kind);
        Assert.Equal("application/json-seq", result.StreamMediaType);
        Assert.Equal(StreamFormat.JsonSequence, result.StreamFormat);
    }

    [Fact]
    public void Server_sent_events_with_a_JSON_content_schema_stream_that_schema()
    {
        var result = ReadBound(Spec).Spec!.Operation("WatchPets").Result;
        Assert.Equal(TypeRef.Named("Pet"), result.EventType);
        Assert.Equal("text/event-stream", result.StreamMediaType);
        Assert.Equal(StreamFormat.EventStream, result.StreamFormat);
    }

    [Fact]
    public void Events_whose_data_is_not_said_to_be_JSON_get_no_stream_method()
    {
        var operation = ReadBound(Spec).Spec!.Operation("WatchText");
        Assert.Null(operation.Result.EventType);
        Assert.Null(operation.Method(MethodKind.Stream));
    }

    [Fact]
    public void Beside_a_JSON_body_the_plain_method_reads_the_JSON_and_the_stream_method_the_first_sequential_type()
    {
        var operation = ReadBound(Spec).Spec!.Operation("ListOrStream");
        Assert.Equal(BodyKind.Json, operation.Result.Kind);
        Assert.Equal(TypeKind.Array, operation.Result.Type!.Kind);
        Assert.Equal("application/json", operation.Result.AcceptHeader);
        Assert.Equal(TypeRef.Named("Pet"), operation.Result.EventType);
        Assert.Equal(("application/jsonl", StreamFormat.JsonSequence), (operation.Result.StreamMediaType, operation.Result.StreamFormat));
    }

    [Fact]
    public void A_JSON_lines_request_body_is_a_sequence_of_its_item_type()
    {
        var body = ReadBound(Spec).Spec!.Operation("ImportPets").Body!;
        Assert.Equal(BodyKind.JsonSequence, body.Kind);
        Assert.Equal(TypeRef.Named("Pet"), body.Type);
        Assert.Equal("application/jsonl", body.ContentType);
    }

    [Fact]
    public void A_3_2_document_with_item_schemas_reads_without_errors()
    {
        var read = ReadBound(Spec);
        Assert.DoesNotContain(read.Diagnostics, IsError);
    }
}
