using System;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using Prolific.LocalServer;

namespace SpecClient.Runtime.Tests;

/// <summary>Calls the runtime the way generated code does.</summary>
internal static class TestApi
{
    public const string DefaultServer = "https://api.prolific.com";

    public static HttpClient Client(LocalProlificServer server, TimeSpan? timeout = null)
    {
        var client = new HttpClient { BaseAddress = server.BaseAddress };
        if (timeout is not null)
        {
            client.Timeout = timeout.Value;
        }

        return client;
    }

    public static async Task<T> CallAsync<T>(
        HttpClient http,
        HttpMethod method,
        string pathAndQuery,
        string operationId,
        JsonTypeInfo<T> responseType,
        string? token,
        string? jsonBody = null,
        JsonTypeInfo? errorType = null,
        CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(method, ApiUri.Create(http.BaseAddress, DefaultServer, pathAndQuery));
        if (token is not null)
        {
            ApiSecurity.ApplyHttpToken(request, "Token", token);
        }

        if (jsonBody is not null)
        {
            request.Content = new StringContent(jsonBody, Encoding.UTF8, "application/json");
        }

        using HttpResponseMessage response = await ApiHttp.SendAsync(http, request, operationId, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw await ApiHttp.CreateExceptionAsync(response, operationId, errorType, cancellationToken);
        }

        return await ApiHttp.ReadJsonAsync(response, responseType, operationId, cancellationToken);
    }

    /// <summary>Sends GET /probe (served by a canned response) and returns the exception it produced.</summary>
    public static async Task<ApiException> FailAsync(LocalProlificServer server, CannedResponse canned, string operationId = "probe-op", JsonTypeInfo? errorType = null)
    {
        server.Enqueue(canned);
        using HttpClient http = Client(server);
        return await Assert.ThrowsAnyAsync<ApiException>(() => CallAsync(http, HttpMethod.Get, "/probe", operationId, TestJsonContext.Default.PoolId, server.Token, errorType: errorType));
    }

    public static string CreateBody(string credentials, string workspaceId)
        => JsonSerializer.Serialize(new CreateBody { Credentials = credentials, WorkspaceId = workspaceId }, TestJsonContext.Default.CreateBody);

    public static string UpdateBody(string credentials)
        => JsonSerializer.Serialize(new CreateBody { Credentials = credentials }, TestJsonContext.Default.CreateBody);
}
