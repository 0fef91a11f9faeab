using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using OpenAi.Api;
using SpecClient.Client.Tests.Features;

namespace SpecClient.Client.Tests.OpenAi;

/// <summary>
/// The client generated from the corpus's openai.yaml with <c>Operations="listModels;createEmbedding"</c> (see the
/// project file): its two methods against a recording Kestrel server on 127.0.0.1.
/// </summary>
public sealed class OpenAiSelectionClientTests : IAsyncLifetime
{
    private RecordingServer _server = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _server = await RecordingServer.StartAsync();
        _http = new HttpClient { BaseAddress = _server.BaseAddress };
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

    private OpenAiClient Client() => new(_http, new OpenAiClientCredentials { ApiKeyAuth = "sk-test" });

    [Fact]
    public async Task ListModels_sends_a_GET_with_the_bearer_token_and_reads_the_models()
    {
        _server.Respond = _ => Reply.Json(200, """
            {"object":"list","data":[
              {"id":"gpt-4o","object":"model","created":1715367049,"owned_by":"system"},
              {"id":"text-embedding-3-small","object":"model","created":1705948997,"owned_by":"system","shutdown_date":"2027-01-31"}]}
            """);

        var models = await Client().ListModelsAsync();

        var call = _server.Single();
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
        _server.Respond = _ => Reply.Json(200, """
            {"object":"list","data":[{"object":"embedding","index":0,"embedding":[0.25,-0.5,1.0]}],
             "model":"text-embedding-3-small","usage":{"prompt_tokens":5,"total_tokens":5}}
            """);

        var response = await Client().CreateEmbeddingAsync(new CreateEmbeddingRequest
        {
            Input = "The food was delicious",
            Model = "text-embedding-3-small",
            EncodingFormat = CreateEmbeddingRequestEncodingFormat.Float,
            Dimensions = 3,
        });

        var call = _server.Single();
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
    public void Only_the_two_selected_operations_and_the_types_they_reach_are_generated()
    {
        var methods = typeof(OpenAiClient).GetMethods().Where(m => m.Name.EndsWith("Async", System.StringComparison.Ordinal)).Select(m => m.Name).Distinct().OrderBy(n => n);
        Assert.Equal(new[] { "CreateEmbeddingAsync", "ListModelsAsync" }, methods);
        var generatedTypes = typeof(OpenAiClient).Assembly.GetTypes().Where(t => t.Namespace == "OpenAi.Api" && !t.IsNested).Select(t => t.Name).ToList();
        Assert.Contains("Embedding", generatedTypes);
        Assert.DoesNotContain("CreateChatCompletionRequest", generatedTypes);
        Assert.InRange(generatedTypes.Count, 5, 40);
    }
}
