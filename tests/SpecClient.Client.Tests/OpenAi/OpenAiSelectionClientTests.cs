using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using OpenAi.Api;
using SpecClient.Client.Tests.Features;

namespace SpecClient.Client.Tests.OpenAi;

/// <summary>
/// The client generated from the corpus's openai.yaml with <c>Operations="listModels;createEmbedding;listFiles;createChatCompletion"</c>
/// (see the project file): its methods against a recording Kestrel server on 127.0.0.1.
/// </summary>
public sealed class OpenAiSelectionClientTests
{
    /// <summary>Starts the server and hands back a client pointed at it, with a bearer token.</summary>
    private static async Task<(RecordingServer Server, OpenAiClient Client)> StartAsync(string replyJson)
    {
        var server = await RecordingServer.StartAsync();
        server.Respond = _ => Reply.Json(200, replyJson);
        return (server, new OpenAiClient(server.Http, new OpenAiClientCredentials { ApiKeyAuth = "sk-test" }));
    }

    [Fact]
    public async Task ListModels_sends_a_GET_with_the_bearer_token_and_reads_the_models()
    {
        var (server, client) = await StartAsync("""
            {"object":"list","data":[
              {"id":"gpt-4o","object":"model","created":1715367049,"owned_by":"system"},
              {"id":"text-embedding-3-small","object":"model","created":1705948997,"owned_by":"system","shutdown_date":"2027-01-31"}]}
            """);
        await using var serverScope = server;

        var models = await client.ListModelsAsync();

        var call = server.Single();
        Assert.Equal("GET", call.Method);
        Assert.Equal("/v1/models", call.RawTarget);
        Assert.Equal("Bearer sk-test", call.Header("Authorization"));
        Assert.Equal(new[] { "gpt-4o", "text-embedding-3-small" }, models.Data.Select(m => m.Id));
        Assert.Equal("system", models.Data[0].OwnedBy);
        Assert.Equal(1715367049, models.Data[0].Created);
        Assert.Null(models.Data[0].ShutdownDate);
        Assert.Equal(new System.DateOnly(2027, 1, 31), models.Data[1].ShutdownDate);
    }

    [Fact]
    public async Task CreateEmbedding_posts_the_request_as_json_and_reads_the_vectors()
    {
        var (server, client) = await StartAsync("""
            {"object":"list","data":[{"object":"embedding","index":0,"embedding":[0.25,-0.5,1.0]}],
             "model":"text-embedding-3-small","usage":{"prompt_tokens":5,"total_tokens":5}}
            """);
        await using var serverScope = server;

        var response = await client.CreateEmbeddingAsync(new CreateEmbeddingRequest
        {
            Input = "The food was delicious",
            Model = "text-embedding-3-small",
            EncodingFormat = CreateEmbeddingRequestEncodingFormat.Float,
            Dimensions = 3,
        });

        var call = server.Single();
        Assert.Equal("POST", call.Method);
        Assert.Equal("/v1/embeddings", call.RawTarget);
        Assert.StartsWith("application/json", call.Header("Content-Type"), System.StringComparison.Ordinal);
        using var sent = JsonDocument.Parse(call.BodyText);
        Assert.Equal("The food was delicious", sent.RootElement.GetProperty("input").GetString());
        Assert.Equal("text-embedding-3-small", sent.RootElement.GetProperty("model").GetString());
        Assert.Equal("float", sent.RootElement.GetProperty("encoding_format").GetString());
        Assert.Equal(3, sent.RootElement.GetProperty("dimensions").GetInt32());
        var embedding = Assert.Single(response.Data);
        Assert.Equal(new[] { 0.25f, -0.5f, 1.0f }, embedding.EmbeddingValue);
        Assert.Equal(5, response.Usage.TotalTokens);
    }

    [Fact]
    public void Only_the_four_selected_operations_and_the_types_they_reach_are_generated()
    {
        var methods = typeof(OpenAiClient).GetMethods().Where(m => m.Name.EndsWith("Async", System.StringComparison.Ordinal)).Select(m => m.Name).Distinct().OrderBy(n => n);
        // Each kept operation has its plain method and its raw-response twin; the chat completion also streams, and the
        // file list (after/has_more/last_id) also pages. Nothing else.
        Assert.Equal(
            new[]
            {
                "CreateChatCompletionAsync", "CreateChatCompletionStreamAsync", "CreateChatCompletionWithResponseAsync",
                "CreateEmbeddingAsync", "CreateEmbeddingWithResponseAsync",
                "ListFilesAllAsync", "ListFilesAsync", "ListFilesWithResponseAsync",
                "ListModelsAsync", "ListModelsWithResponseAsync",
            },
            methods);
        var generatedTypes = typeof(OpenAiClient).Assembly.GetTypes().Where(t => t.Namespace == "OpenAi.Api" && !t.IsNested).Select(t => t.Name).ToList();
        Assert.Contains("Embedding", generatedTypes);
        Assert.Contains("CreateChatCompletionStreamResponse", generatedTypes);
        Assert.DoesNotContain("CreateAssistantRequest", generatedTypes);
        Assert.InRange(generatedTypes.Count, 5, 400);
    }
}
