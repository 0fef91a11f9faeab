using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using SpecClient.Generator.Tests.Infrastructure;

namespace SpecClient.Generator.Tests.EndToEnd;

/// <summary>
/// openai.yaml's <c>createChatCompletion</c> answers JSON or, when asked, <c>text/event-stream</c> of
/// <c>CreateChatCompletionStreamResponse</c> (the spec names the event schema under the media type): the generated
/// client has both methods, and the raw-response method, and compiles.
/// </summary>
public class OpenAiStreamingTests
{
    private static readonly Lazy<GeneratorOutput> OpenAi = new(() =>
    {
        var path = Path.Combine(RepoPaths.Corpus, "openai.yaml");
        return GeneratorHarness.Run(new SpecFile(path, File.ReadAllText(path), new Dictionary<string, string> { ["Namespace"] = "OpenAi.Client" }));
    });

    private static IMethodSymbol Method(string name)
    {
        var client = OpenAi.Value.Compilation.GetTypeByMetadataName("OpenAi.Client.OpenaiClient")
            ?? throw new InvalidOperationException("no client: " + string.Join(", ", OpenAi.Value.Sources.Select(s => s.HintName).Take(5)));
        var members = client.GetMembers().Concat(client.GetTypeMembers().SelectMany(group => group.GetMembers()));
        // Public methods only: an operation with a value also has a private Async<TResult> both public methods run.
        return Assert.Single(members.OfType<IMethodSymbol>(), m => m.Name == name && m.DeclaredAccessibility == Accessibility.Public);
    }

    [Fact]
    public void Chat_completion_has_a_JSON_method_a_raw_response_method_and_a_stream_of_chunks_and_all_compile()
    {
        var errors = OpenAi.Value.Compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(10)));

        Assert.Equal("Task<CreateChatCompletionResponse>", Method("CreateChatCompletionAsync").ReturnType.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat));
        Assert.Equal("Task<ApiResponse<CreateChatCompletionResponse>>", Method("CreateChatCompletionWithResponseAsync").ReturnType.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat));
        Assert.Equal("IAsyncEnumerable<CreateChatCompletionStreamResponse>", Method("CreateChatCompletionStreamAsync").ReturnType.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat));
    }

    [Fact]
    public void The_stream_method_asks_for_events_and_sets_the_request_bodys_stream_flag()
    {
        var client = OpenAi.Value.Sources.Single(s => s.HintName.EndsWith("OpenaiClient.g.cs", StringComparison.Ordinal)).SourceText.ToString();
        var start = client.IndexOf("CreateChatCompletionStreamAsync(", StringComparison.Ordinal);
        var method = client.Substring(start, client.IndexOf("\n    }\n", start, StringComparison.Ordinal) - start);

        Assert.Contains("body = body with { Stream = true };", method, StringComparison.Ordinal);
        // The Accept header is the send's argument (the client's _sendAsync adds it).
        Assert.Contains("_sendAsync(httpRequest, \"/chat/completions\", \"text/event-stream\", operationId", method, StringComparison.Ordinal);
        Assert.Contains("ApiEventStream.ReadAsync(", method, StringComparison.Ordinal);
    }
}
