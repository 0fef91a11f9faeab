using System;
using System.Collections.Generic;
using System.IO;

namespace SpecClient.Generator.Tests.Infrastructure;

/// <summary>
/// A small verified-file helper: compares text with a committed <c>*.verified.cs</c> and, on a mismatch,
/// writes <c>*.received.cs</c> beside it and fails. Accept a change by renaming received to verified.
/// Set SPECCLIENT_ACCEPT_SNAPSHOTS=1 to write verified files directly (first run of a new snapshot).
/// </summary>
public static class Snapshot
{
    /// <summary>Verifies every file, writing all received files before failing, so one run shows every difference.</summary>
    public static void VerifyAll(IEnumerable<(string Name, string Text)> files)
    {
        var failures = new List<string>();
        foreach (var (name, text) in files)
        {
            if (Compare(name, text) is { } failure)
            {
                failures.Add(failure);
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    public static void Verify(string name, string actual)
    {
        if (Compare(name, actual) is { } failure)
        {
            Assert.Fail(failure);
        }
    }

    private static string? Compare(string name, string actual)
    {
        var directory = Path.Combine(RepoPaths.TestProject, "Snapshots");
        var verified = Path.Combine(directory, name + ".verified.cs");
        var received = Path.Combine(directory, name + ".received.cs");
        var normalized = actual.Replace("\r\n", "\n");
        if (Environment.GetEnvironmentVariable("SPECCLIENT_ACCEPT_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(verified, normalized);
            return null;
        }

        var expected = File.Exists(verified) ? File.ReadAllText(verified).Replace("\r\n", "\n") : null;
        if (expected == normalized)
        {
            if (File.Exists(received))
            {
                File.Delete(received);
            }

            return null;
        }

        Directory.CreateDirectory(directory);
        File.WriteAllText(received, normalized);
        return (expected is null
            ? $"No verified snapshot '{name}'. Review {received} and rename it to .verified.cs."
            : $"Snapshot '{name}' differs from {verified}. Review {received}; rename it to .verified.cs to accept.");
    }
}
