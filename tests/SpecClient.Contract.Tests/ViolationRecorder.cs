using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace SpecClient.Contract.Tests;

/// <summary>
/// Records what Prism says about each request (its <c>sl-violations</c> header). Optionally strips the spec's
/// relative server path, because Prism mocks operation paths at its root and ignores <c>servers</c>.
/// </summary>
public sealed class ViolationRecorder : DelegatingHandler
{
    private readonly string? _stripPrefix;

    public ViolationRecorder(string? stripPrefix = null)
        : base(new SocketsHttpHandler())
    {
        _stripPrefix = stripPrefix;
    }

    public ConcurrentQueue<string> Requests { get; } = new();

    public ConcurrentQueue<string> Violations { get; } = new();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (_stripPrefix is not null && request.RequestUri!.AbsolutePath.StartsWith(_stripPrefix, StringComparison.Ordinal))
        {
            var builder = new UriBuilder(request.RequestUri) { Path = request.RequestUri.AbsolutePath.Substring(_stripPrefix.Length) };
            request.RequestUri = new Uri(builder.Uri.GetLeftPart(UriPartial.Path) + request.RequestUri.Query);
        }

        var response = await base.SendAsync(request, cancellationToken);
        var line = $"{request.Method} {request.RequestUri!.PathAndQuery} -> {(int)response.StatusCode}";
        Requests.Enqueue(line);
        if (response.Headers.TryGetValues("sl-violations", out var violations))
        {
            Violations.Enqueue(line + ": " + string.Join(" ", violations));
        }

        return response;
    }

    public string Describe() => "Requests:\n" + string.Join("\n", Requests) + "\nViolations:\n" + string.Join("\n", Violations);

    public void AssertNoViolations(int expectedRequests)
    {
        Assert.True(Violations.IsEmpty, Describe());
        Assert.Equal(expectedRequests, Requests.Count);
        Assert.DoesNotContain(Requests, r => r.EndsWith("-> 404", StringComparison.Ordinal) || r.Contains("-> 422", StringComparison.Ordinal));
    }
}
