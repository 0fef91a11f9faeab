using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace SpecClient.Runtime.Tests.Infrastructure;

/// <summary>One call made the way generated code makes it: build, send, map an error status, read the body.</summary>
internal static class Calls
{
    public const string OperationId = "probe-op";

    /// <summary>A bound for a call that must end on its own: past it, the test fails with a plain <see cref="TimeoutException"/>.</summary>
    public static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    public static async Task<T> SendAsync<T>(
        HttpClient http,
        Func<HttpResponseMessage, CancellationToken, Task<T>> read,
        HttpMethod? method = null,
        string pathAndQuery = "/probe",
        HttpContent? content = null,
        Action<HttpRequestMessage>? prepare = null,
        CancellationToken cancellationToken = default,
        bool asGenerated = false)
    {
        // Generated code makes its request with ApiCalls.CreateRequest (the call's state in fields); anything else a plain one.
        using HttpRequestMessage request = asGenerated ? ApiCalls.CreateRequest(method ?? HttpMethod.Get) : new HttpRequestMessage(method ?? HttpMethod.Get, (Uri?)null);
        request.RequestUri = ApiUri.Create(http.BaseAddress, null, pathAndQuery);
        request.Content = content;
        prepare?.Invoke(request);
        HttpResponseMessage response = await ApiHttp.SendAsync(http, request, OperationId, cancellationToken);
        try
        {
            if (!response.IsSuccessStatusCode)
            {
                throw await ApiHttp.CreateExceptionAsync(response, OperationId, null, cancellationToken);
            }

            return await read(response, cancellationToken);
        }
        finally
        {
            response.Dispose();
        }
    }

    public static Task<byte[]> BytesAsync(HttpClient http, HttpMethod? method = null, HttpContent? content = null, Action<HttpRequestMessage>? prepare = null)
        => SendAsync(http, ApiHttp.ReadBytesAsync, method, content: content, prepare: prepare);

    public static Task<string> TextAsync(HttpClient http) => SendAsync(http, ApiHttp.ReadTextAsync);

    public static Task<PoolList> JsonAsync(HttpClient http, bool asGenerated = false)
        => SendAsync(http, (r, t) => ApiHttp.ReadJsonAsync(r, TestJsonContext.Default.PoolList, OperationId, t), asGenerated: asGenerated);
}
