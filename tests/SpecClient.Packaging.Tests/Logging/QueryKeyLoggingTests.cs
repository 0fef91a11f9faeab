namespace SpecClient.Packaging.Tests.Logging;

/// <summary>
/// tests/LoggingConsumer: a project on Microsoft.Extensions.Http 8.0.1, whose IHttpClientFactory logs each request's
/// whole URI (query redaction is its default only from 9.0), registers a client whose API key travels in the query
/// through <c>Add{Client}</c>, calls a server on 127.0.0.1 with every log line captured, and prints what it saw. Built
/// with a real <c>dotnet build</c> in a temporary copy, the generator and runtime taken from this repository.
/// </summary>
public sealed class QueryKeyLoggingTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"specclient-logging-{DateTime.UtcNow:yyyyMMddHHmmss}-{Environment.ProcessId}");

    [Fact]
    public void A_query_string_api_key_reaches_the_server_and_no_log_line_on_Microsoft_Extensions_Http_8()
    {
        var repository = PackagesFixture.FindRepositoryRoot();
        var copy = Path.Combine(_root, "consumer");
        Copy(Path.Combine(repository, "tests", "LoggingConsumer"), copy);
        var artifacts = Path.Combine(_root, "artifacts");

        var build = DotNet.Run(copy, null, "build", Path.Combine(copy, "Consumer", "Consumer.csproj"), "-nologo", "--artifacts-path", artifacts, "-p:SpecClientRoot=" + repository + Path.DirectorySeparatorChar);
        Assert.True(build.ExitCode == 0, build.Output);
        var run = DotNet.Run(copy, null, Path.Combine(artifacts, "bin", "Consumer", "debug", "Consumer.dll"));

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("widget: w1", run.Output, StringComparison.Ordinal);
        Assert.Contains("key reached the server: True", run.Output, StringComparison.Ordinal);
        Assert.Contains("log lines naming the path: 1", run.Output, StringComparison.Ordinal);
        Assert.Contains("log lines holding the key: 0", run.Output, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (relative.Split(Path.DirectorySeparatorChar).Any(p => p is "bin" or "obj"))
            {
                continue;
            }

            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
