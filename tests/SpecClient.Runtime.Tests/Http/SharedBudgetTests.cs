using System;
using System.Diagnostics;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using SpecClient.Runtime.Tests.Infrastructure;

namespace SpecClient.Runtime.Tests.Http;

/// <summary>
/// Generated calls bounded by <see cref="HttpClient.Timeout"/> share one budget per timeout and keep their own start in
/// their request: each body still ends at its own call's timeout; a plain request keeps a budget of its own.
/// </summary>
public sealed class SharedBudgetTests
{
    [Fact]
    public async Task Generated_calls_with_the_same_HttpClient_Timeout_keep_their_own_start_and_a_plain_request_its_own_budget()
    {
        await using ScriptedServer server = await ScriptedServer.StartAsync((context, _) => context.Response.WriteAsync("ok"));
        using var http = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(37) };

        CallRequest first = await SendAsync(http, (CallRequest)ApiCalls.CreateRequest(HttpMethod.Get));
        await Task.Delay(50);
        CallRequest second = await SendAsync(http, (CallRequest)ApiCalls.CreateRequest(HttpMethod.Get));
        HttpRequestMessage plain = await SendAsync(http, new HttpRequestMessage(HttpMethod.Get, (Uri?)null));

        Assert.Equal(TimeSpan.FromSeconds(37), first.Budget!.Total);
        Assert.Equal(ApiTimeoutKind.HttpClient, first.Budget.TotalKind);
        Assert.Equal(TimeSpan.FromSeconds(37), second.Budget!.Total);
        Assert.True(second.BudgetStarted > first.BudgetStarted, "each call keeps the start of its own budget");
        Assert.True(plain.Options.TryGetValue(new HttpRequestOptionsKey<CallBudget>("SpecClient.CallBudget"), out CallBudget? own));
        Assert.Equal(TimeSpan.FromSeconds(37), own!.Total);
    }

    [Fact]
    public void Calls_started_with_the_same_HttpClient_Timeout_share_one_budget_object()
    {
        // One shared budget per timeout is kept (the last one seen): tests running in parallel with other timeouts can
        // replace it between two starts, so some pair of back-to-back starts has to share it.
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(41) };
        bool shared = false;
        for (int attempt = 0; attempt < 20 && !shared; attempt++)
        {
            var first = (CallRequest)ApiCalls.CreateRequest(HttpMethod.Get);
            var second = (CallRequest)ApiCalls.CreateRequest(HttpMethod.Get);
            CallBudget.StartFromHttpClient(first, http);
            CallBudget.StartFromHttpClient(second, http);
            shared = ReferenceEquals(first.Budget, second.Budget) && first.Budget!.Total == TimeSpan.FromSeconds(41);
        }

        Assert.True(shared, "calls with the same HttpClient.Timeout share one budget object");
    }

    [Fact]
    public async Task A_later_generated_call_whose_body_stalls_ends_at_its_own_timeout_not_sooner()
    {
        // Call 1 answers at once; call 2 sends its headers and stalls. Call 2's body may take the whole second from
        // call 2's start: a start taken from the shared budget (or from call 1) would end it early.
        await using ScriptedServer server = await ScriptedServer.StartAsync((context, number) => number == 1
            ? context.Response.WriteAsync("ok")
            : ScriptedServer.StallAfter(context, "text/plain", "o"));
        TimeSpan timeout = TimeSpan.FromSeconds(1);
        using var http = new HttpClient { BaseAddress = server.BaseAddress, Timeout = timeout };
        Assert.Equal("ok", await Calls.SendAsync(http, ApiHttp.ReadTextAsync, asGenerated: true).WaitAsync(Calls.HangGuard));
        await Task.Delay(700);

        var watch = Stopwatch.StartNew();
        ApiTimeoutException ex = await Assert.ThrowsAsync<ApiTimeoutException>(
            () => Calls.SendAsync(http, ApiHttp.ReadTextAsync, asGenerated: true).WaitAsync(Calls.HangGuard));

        Assert.Equal(ApiTimeoutKind.HttpClient, ex.Kind);
        Assert.InRange(watch.Elapsed, timeout * 0.9, Calls.HangGuard);
    }

    [Fact]
    public void A_redirect_hop_keeps_the_start_of_its_call()
    {
        var request = (CallRequest)ApiCalls.CreateRequest(HttpMethod.Get);
        request.BudgetStarted = 4242;

        CallRequest hop = request.NextHop(HttpMethod.Get, new Uri("http://127.0.0.1/next"));

        Assert.Equal(4242, hop.BudgetStarted);
    }

    private static async Task<T> SendAsync<T>(HttpClient http, T request)
        where T : HttpRequestMessage
    {
        request.RequestUri = ApiUri.Create(http.BaseAddress, null, "/probe");
        using HttpResponseMessage response = await ApiHttp.SendAsync(http, request, "probe-op", CancellationToken.None).WaitAsync(Calls.HangGuard);
        Assert.Equal("ok", await ApiHttp.ReadTextAsync(response, CancellationToken.None));
        return request;
    }
}
