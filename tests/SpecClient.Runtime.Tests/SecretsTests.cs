using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text;
using System.Threading.Tasks;
using Prolific.LocalServer;

namespace SpecClient.Runtime.Tests;

public sealed class SecretsTests
{
    private const string QuerySecret = "QUERY-SECRET-7f3a";
    private const string Password = "PASSWORD-SECRET-91bc";

    [Fact]
    public async Task Tokens_passwords_and_query_keys_never_appear_in_messages_or_ToString()
    {
        await using LocalProlificServer server = await LocalProlificServer.StartAsync();
        using HttpClient http = TestApi.Client(server);
        var captured = new List<Exception>();
        string path = "/api/v1/credentials/?workspace_id=" + server.WorkspaceId + "&api_key=" + QuerySecret;

        async Task CaptureAsync(Func<Task> action)
        {
            try
            {
                await action();
                Assert.Fail("expected an exception");
            }
            catch (Exception ex) when (ex is not Xunit.Sdk.XunitException)
            {
                captured.Add(ex);
            }
        }

        foreach (int status in new[] { 400, 401, 403, 404, 409, 429, 500, 502, 418 })
        {
            server.Enqueue(CannedResponse.Json(status, "{\"error\":\"x\"}"));
            await CaptureAsync(() => TestApi.CallAsync(http, HttpMethod.Get, path, "list-credential-pools", TestJsonContext.Default.PoolList, server.Token, errorType: TestJsonContext.Default.ErrorBody));
        }

        server.Enqueue(CannedResponse.Json(200, "{\"credential_pools\":[{\"total_credentials\":\"x\"}]}"));
        await CaptureAsync(() => TestApi.CallAsync(http, HttpMethod.Get, path, "list-credential-pools", TestJsonContext.Default.PoolList, server.Token));
        server.Enqueue(new CannedResponse { ContentType = "text/html", Body = "<p>hi</p>" });
        await CaptureAsync(() => TestApi.CallAsync(http, HttpMethod.Get, path, "list-credential-pools", TestJsonContext.Default.PoolList, server.Token));
        server.Enqueue(new CannedResponse { Abort = true });
        using (HttpClient fresh = TestApi.Client(server))
        {
            await CaptureAsync(() => TestApi.CallAsync(fresh, HttpMethod.Get, path, "list-credential-pools", TestJsonContext.Default.PoolList, server.Token));
        }
        server.Enqueue(new CannedResponse { Delay = TimeSpan.FromSeconds(30) });
        using (HttpClient slow = TestApi.Client(server, TimeSpan.FromMilliseconds(200)))
        {
            await CaptureAsync(() => TestApi.CallAsync(slow, HttpMethod.Get, path, "list-credential-pools", TestJsonContext.Default.PoolList, server.Token));
        }

        // A real 409 whose request carried passwords.
        string poolId = server.SeedPool(server.WorkspaceId, "user1," + Password);
        await CaptureAsync(() => TestApi.CallAsync(http, HttpMethod.Patch, "/api/v1/credentials/" + ApiPath.Escape(poolId) + "/", "update-credential-pool", TestJsonContext.Default.PoolId, server.Token, TestApi.UpdateBody("user1," + Password)));

        int port;
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
        }

        using (var refused = new HttpClient { BaseAddress = new Uri("http://127.0.0.1:" + port + "/") })
        {
            await CaptureAsync(() => TestApi.CallAsync(refused, HttpMethod.Get, path, "list-credential-pools", TestJsonContext.Default.PoolList, server.Token));
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, "http://127.0.0.1/");
        await CaptureAsync(() => Task.Run(() => ApiSecurity.ApplyHttpToken(request, "Token", server.Token + "\r\n")));
        await CaptureAsync(() => Task.Run(() => ApiSecurity.ApplyBasic(request, new BasicCredentials("u", Password + "\n"))));

        Assert.Equal(17, captured.Count);
        var text = new StringBuilder();
        foreach (Exception ex in captured)
        {
            text.AppendLine(ex.ToString()).AppendLine(ex.Message);
        }

        string all = text.ToString();
        Assert.DoesNotContain(server.Token, all, StringComparison.Ordinal);
        Assert.DoesNotContain(QuerySecret, all, StringComparison.Ordinal);
        Assert.DoesNotContain("api_key", all, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, all, StringComparison.Ordinal);
        Assert.Contains("list-credential-pools", all, StringComparison.Ordinal);
        Assert.Contains(typeof(ApiTimeoutException).FullName!, all, StringComparison.Ordinal);
        Assert.Contains(typeof(ApiConnectionException).FullName!, all, StringComparison.Ordinal);
        Assert.Contains(typeof(ApiConflictException).FullName!, all, StringComparison.Ordinal);
    }
}
