using System;
using System.IO;
using System.Threading;
using SpecClient.Generator.Model;
using SpecClient.Generator.Reading;
using SpecClient.Generator.Tests.Infrastructure;

namespace SpecClient.Generator.Tests.Reading;

/// <summary>The IDE cancels a generator run it no longer needs; reading stops and reports nothing.</summary>
public class CancellationTests
{
    private static SpecInput Input(string text, string path = "/specs/test.yaml") => new()
    {
        Entry = new SpecDocument(path, text),
        Options = new ClientOptions { ClassName = "TestClient", Namespace = "Test.Api" },
    };

    [Fact]
    public void A_cancelled_token_stops_the_reader_with_OperationCanceledException_not_a_diagnostic()
    {
        var text = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n";

        Assert.ThrowsAny<OperationCanceledException>(() => SpecReader.Read(Input(text), new CancellationToken(canceled: true)));
    }

    [Fact]
    public void A_token_cancelled_while_reading_a_large_spec_stops_the_read()
    {
        var path = Path.Combine(ReaderHarness.RepoRoot(), "../shared/corpus/openai.yaml");
        var text = File.ReadAllText(path);
        using var source = new CancellationTokenSource();
        var started = new ManualResetEventSlim();
        var reading = System.Threading.Tasks.Task.Run(() =>
        {
            started.Set();
            return SpecReader.Read(Input(text, path), source.Token);
        });
        started.Wait();
        source.Cancel();

        var thrown = Record.Exception(() => reading.GetAwaiter().GetResult());

        Assert.IsAssignableFrom<OperationCanceledException>(thrown);
    }

    [Fact]
    public void The_generator_passes_the_compilations_token_to_the_reader()
    {
        var spec = new SpecFile("/specs/test.yaml", "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n");
        var driver = GeneratorHarness.CreateDriver(new[] { spec });
        var compilation = GeneratorHarness.CreateCompilation("namespace Consumer { }");

        Assert.ThrowsAny<OperationCanceledException>(() => driver.RunGenerators(compilation, new CancellationToken(canceled: true)));
    }
}
