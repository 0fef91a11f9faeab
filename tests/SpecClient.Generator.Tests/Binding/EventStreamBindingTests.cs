using System.Collections.Generic;
using System.Linq;
using SpecClient.Generator.Binding;
using SpecClient.Generator.Model;
using static SpecClient.Generator.Tests.Reading.ReaderHarness;

namespace SpecClient.Generator.Tests.Binding;

/// <summary>
/// The reader finds a success response's <c>text/event-stream</c> schema; the binder gives the operation a stream
/// method of that event type and finds the request body's boolean <c>stream</c> flag.
/// </summary>
public class EventStreamBindingTests
{
    private const string Chat = """
        openapi: 3.0.3
        info: {title: t, version: '1'}
        paths:
          /chat:
            post:
              operationId: createChat
              requestBody:
                required: true
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/ChatRequest'}
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Reply'}
                    text/event-stream:
                      schema: {$ref: '#/components/schemas/Chunk'}
          /plain:
            get:
              operationId: getPlain
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Reply'}
                '400':
                  description: an error stream is no success
                  content:
                    text/event-stream:
                      schema: {$ref: '#/components/schemas/Chunk'}
        components:
          schemas:
            ChatRequest:
              type: object
              properties:
                stream: {type: boolean, nullable: true}
                prompt: {type: string}
            Reply: {type: object, properties: {text: {type: string}}}
            Chunk: {type: object, properties: {delta: {type: string}}}
        """;

    private static ClientModel Bound(string text) => ClientBinder.Bind(ReadSpec(text)).Client;

    [Fact]
    public void The_reader_keeps_the_JSON_body_and_adds_the_event_type_of_the_stream()
    {
        var response = ReadSpec(Chat).Operation("CreateChat").Responses.Single();

        Assert.Equal(BodyKind.Json, response.Kind);
        Assert.Equal("Reply", response.Type!.Name);
        Assert.Equal("Chunk", response.EventType!.Name);
    }

    [Fact]
    public void The_binder_gives_the_operation_a_stream_of_the_event_type_and_names_the_bodys_stream_flag()
    {
        var result = Bound(Chat).Operations.Single(o => o.Name == "CreateChat").Result;

        Assert.Equal("Reply", result.Type!.Name);
        Assert.Equal("Chunk", result.EventType!.Name);
        Assert.Equal("Stream", result.StreamFlagProperty);
    }

    [Fact]
    public void An_event_stream_on_an_error_response_gives_no_stream_method()
    {
        var result = Bound(Chat).Operations.Single(o => o.Name == "GetPlain").Result;

        Assert.Null(result.EventType);
        Assert.Null(result.StreamFlagProperty);
    }

    [Fact]
    public void The_event_type_gets_JSON_metadata_even_when_nothing_else_uses_it()
    {
        var spec = Bound(Chat);

        Assert.Contains(spec.Json.TypeInfos, info => info.Name == "Chunk");
    }
}
