using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace SpecClient.Generator.Tests.Infrastructure;

/// <summary>
/// A small verified-file helper: compares text with a committed <c>*.verified.cs</c> and, on a mismatch,
/// writes <c>*.received.cs</c> beside it and fails with a line diff. Verified files are never written by a test:
/// review the diff, then run <c>tests/accept-snapshots.sh</c>, which moves every received file over its verified one.
/// The diff in the failure message is cut short; set SPECCLIENT_ACCEPT_SNAPSHOTS=1 to get it whole.
/// </summary>
public static class Snapshot
{
    private const int ShortDiffLines = 40;

    /// <summary>The generator's version in <c>[GeneratedCode]</c>, which changes with every release, is not part of a snapshot.</summary>
    private static readonly Regex GeneratorVersion = new("(GeneratedCode\\(\"SpecClient\\.Generator\", \")[^\"]*(\"\\))", RegexOptions.Compiled);

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

    /// <summary>The text as it is compared: line ends normalized, the generator version scrubbed.</summary>
    public static string Scrub(string text) => GeneratorVersion.Replace(text.Replace("\r\n", "\n"), "$1(version)$2");

    private static string? Compare(string name, string actual)
    {
        var directory = Path.Combine(RepoPaths.TestProject, "Snapshots");
        var verified = Path.Combine(directory, name + ".verified.cs");
        var received = Path.Combine(directory, name + ".received.cs");
        var normalized = Scrub(actual);
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
        if (expected is null)
        {
            return $"No verified snapshot '{name}'. Review {received}; tests/accept-snapshots.sh accepts it.";
        }

        var whole = Environment.GetEnvironmentVariable("SPECCLIENT_ACCEPT_SNAPSHOTS") == "1";
        return $"Snapshot '{name}' differs from {verified} (received: {received}; tests/accept-snapshots.sh accepts it):\n"
            + LineDiff.Describe(expected, normalized, whole ? int.MaxValue : ShortDiffLines);
    }

    /// <summary>A line diff (longest common subsequence) as <c>-</c>/<c>+</c> lines with the verified file's line numbers.</summary>
    internal static class LineDiff
    {
        public static string Describe(string expected, string actual, int maxLines)
        {
            var a = expected.Split('\n');
            var b = actual.Split('\n');
            var lengths = new int[a.Length + 1, b.Length + 1];
            for (var i = a.Length - 1; i >= 0; i--)
            {
                for (var j = b.Length - 1; j >= 0; j--)
                {
                    lengths[i, j] = a[i] == b[j] ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
                }
            }

            var lines = new List<string>();
            int x = 0, y = 0;
            while (x < a.Length || y < b.Length)
            {
                if (x < a.Length && y < b.Length && a[x] == b[y])
                {
                    x++;
                    y++;
                }
                else if (y < b.Length && (x == a.Length || lengths[x, y + 1] > lengths[x + 1, y]))
                {
                    lines.Add($"+{x + 1,5}: {b[y++]}");
                }
                else
                {
                    lines.Add($"-{x + 1,5}: {a[x++]}");
                }
            }

            var text = new StringBuilder();
            foreach (var line in lines.Take(maxLines))
            {
                text.Append(line).Append('\n');
            }

            if (lines.Count > maxLines)
            {
                text.Append($"... {lines.Count - maxLines} more changed lines (SPECCLIENT_ACCEPT_SNAPSHOTS=1 shows them all)\n");
            }

            return text.ToString();
        }
    }
}
