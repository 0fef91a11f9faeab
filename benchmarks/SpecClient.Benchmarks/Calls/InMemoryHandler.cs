using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace SpecClient.Benchmarks.Calls;

/// <summary>
/// Answers every request from memory: no sockets. A request body is drained into Stream.Null first, so lazily
/// serialized content (JsonContent, Kiota's stream content) is really serialized, as on the wire.
/// </summary>
internal sealed class InMemoryHandler(byte[] listBody, byte[] createBody) : HttpMessageHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // POST (create) answers 201 and PATCH (update) 200, both with the small created body; GET the list.
        var isCreate = request.Method == HttpMethod.Post;
        var isUpdate = request.Method == HttpMethod.Patch;
        if (request.Content is { } content)
        {
            await content.CopyToAsync(Stream.Null, cancellationToken).ConfigureAwait(false);
        }

        var body = new ByteArrayContent(isCreate || isUpdate ? createBody : listBody);
        body.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return new HttpResponseMessage(isCreate ? HttpStatusCode.Created : HttpStatusCode.OK) { Content = body, RequestMessage = request };
    }
}

/// <summary>The JSON the in-memory server answers with.</summary>
internal static class Payloads
{
    public const string WorkspaceId = "507f1f77bcf86cd799439011";
    public const string CredentialPoolId = "cred_pool_12345";
    public const string Token = "benchmark-token";
    public const string BaseUrl = "https://api.prolific.com/";

    public static byte[] List(int pools)
    {
        var json = new StringBuilder("{\"credential_pools\":[");
        for (var i = 0; i < pools; i++)
        {
            if (i > 0)
            {
                json.Append(',');
            }

            json.Append("{\"credential_pool_id\":\"cred_pool_").Append(i.ToString("D8", System.Globalization.CultureInfo.InvariantCulture))
                .Append("\",\"total_credentials\":").Append(100 + (i % 900))
                .Append(",\"available_credentials\":").Append(i % 100)
                .Append(",\"workspace_id\":\"").Append(WorkspaceId).Append("\"}");
        }

        return Encoding.UTF8.GetBytes(json.Append("]}").ToString());
    }

    public static byte[] Created { get; } = Encoding.UTF8.GetBytes("{\"credential_pool_id\":\"cred_pool_12345\"}");

    public const string Credentials = "user1,password1\nuser2,password2\nuser3,password3";
}
