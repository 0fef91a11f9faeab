namespace SpecClient.Packaging.Tests.ServiceLoop;

/// <summary>
/// The .NET service loop of tests/ServiceLoop: building the solution builds the service, which writes its OpenAPI
/// document, then generates and compiles the client from that document; the client then calls the running service.
/// Both tests share one build (<see cref="ServiceLoopFixture"/>); the second edits the copy and builds it again.
/// </summary>
[Collection(ServiceLoopCollection.Name)]
public sealed class ServiceLoopTests
{
    private readonly ServiceLoopFixture _loop;
    private readonly Xunit.Abstractions.ITestOutputHelper _output;

    public ServiceLoopTests(ServiceLoopFixture loop, Xunit.Abstractions.ITestOutputHelper output)
    {
        _loop = loop;
        _output = output;
    }

    [Fact]
    public void The_client_generated_from_the_services_document_calls_the_service_on_Kestrel()
    {
        AssertBuilt(_loop.FirstBuild);
        var document = File.ReadAllText(_loop.Document);
        Assert.Contains("\"openapi\": \"3.1.", document, StringComparison.Ordinal);

        var output = RunClientAgainstService();

        Assert.Contains("get 1: 1 Write the service done=True", output, StringComparison.Ordinal);
        Assert.Contains("created: 2 Call it through the client done=False", output, StringComparison.Ordinal);
        Assert.Contains("open: 2", output, StringComparison.Ordinal);
        Assert.Contains("get 999: not found (404)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_endpoint_added_to_the_service_is_a_client_method_after_the_next_build()
    {
        AssertBuilt(_loop.FirstBuild);
        Assert.DoesNotContain("CountTodosAsync", _loop.GeneratedSource(), StringComparison.Ordinal);

        // The service gains an endpoint and the client calls it: one `dotnet build`, no step in between.
        Edit("Service/Program.cs", "app.Run();", """
            app.MapGet("/todos/count", () => new TodoCount(todos.Count)).WithName("CountTodos");

            app.Run();

            /// <summary>How many things there are to do.</summary>
            public sealed record TodoCount(int Count);
            """);
        Edit("Client/Program.cs", "try\n", """
            var count = await client.CountTodosAsync();
            Console.WriteLine($"count: {count.Count}");

            try

            """);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var rebuild = _loop.Build();
        AssertBuilt(rebuild);

        Assert.Contains("/todos/count", File.ReadAllText(_loop.Document), StringComparison.Ordinal);
        Assert.Contains("CountTodosAsync", _loop.GeneratedSource(), StringComparison.Ordinal);
        var output = RunClientAgainstService();
        Assert.Contains("count: 2", output, StringComparison.Ordinal);
        _output.WriteLine($"service loop: first build {_loop.FirstBuildTime.TotalSeconds:F1} s, rebuild after the edit {watch.Elapsed.TotalSeconds:F1} s");
    }

    private string RunClientAgainstService()
    {
        using var service = RunningService.Start(_loop.ServiceDll);
        var run = DotNet.Run(_loop.Loop, null, _loop.ClientDll, service.Address.ToString());
        Assert.True(run.Succeeded, run.ToString());
        return run.Output;
    }

    private void Edit(string relativePath, string anchor, string replacement)
    {
        var path = Path.Combine(_loop.Loop, relativePath);
        var text = File.ReadAllText(path).ReplaceLineEndings("\n");
        Assert.Contains(anchor, text, StringComparison.Ordinal);
        var at = text.IndexOf(anchor, StringComparison.Ordinal);
        File.WriteAllText(path, text[..at] + replacement.ReplaceLineEndings("\n") + text[(at + anchor.Length)..]);
    }

    private static void AssertBuilt(ProcessResult build)
    {
        Assert.True(build.Succeeded, build.ToString());
        Assert.DoesNotContain(BuildOutput.Diagnostics(build.Output), d => BuildOutput.LoadOrCrashIds.Contains(d.Id) || d.Severity == "error");
    }
}
