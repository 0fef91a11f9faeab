using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;

namespace SpecClient.Client.Tests;

/// <summary>
/// Generated clients are trimming- and Native-AOT-safe: a consumer with IsAotCompatible (trim, AOT and single-file
/// analyzers on) that generates three clients builds with no IL warning; the same project with one reflection
/// call added does get one, so the analyzers demonstrably ran.
/// </summary>
public class AotCompatibilityTests
{
    private static string ConsumerProject()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Generator.sln")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory!.FullName, "tests", "SpecClient.Aot.Consumer", "SpecClient.Aot.Consumer.csproj");
    }

    private static async Task<(int ExitCode, string Output)> BuildAsync(params string[] extra)
    {
        var output = Path.Combine(Path.GetTempPath(), "specclient-aot-" + Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "build", ConsumerProject(), "--artifacts-path", output, "-nologo", "-clp:NoSummary" }.Concat(extra))
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            return (process.ExitCode, await stdout + await stderr);
        }
        finally
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }

    private static string[] IlWarnings(string output) =>
        Regex.Matches(output, @"warning (IL\d{4})").Select(m => m.Groups[1].Value).Distinct().ToArray();

    [Fact]
    public async Task Generated_clients_build_with_no_trimming_or_aot_warning_and_the_analyzers_do_run()
    {
        var clean = await BuildAsync("-p:TreatWarningsAsErrors=false");
        var canary = await BuildAsync("-p:TreatWarningsAsErrors=false", "-p:IncludeAotCanary=true");

        Assert.True(clean.ExitCode == 0, clean.Output);
        Assert.Empty(IlWarnings(clean.Output));
        Assert.Contains("IL2026", IlWarnings(canary.Output));
        Assert.Contains("IL3050", IlWarnings(canary.Output));
    }
}
