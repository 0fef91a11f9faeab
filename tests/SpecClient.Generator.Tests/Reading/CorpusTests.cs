using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using SpecClient.Generator.Model;
using SpecClient.Generator.Reading.Bundling;
using Xunit.Abstractions;

namespace SpecClient.Generator.Tests.Reading;

/// <summary>
/// Real public specs (in ../shared/corpus next to the repository): the reader must never throw
/// and must report no error, since every one of them is a readable document.
/// </summary>
public class CorpusTests
{
    private readonly ITestOutputHelper _output;

    public CorpusTests(ITestOutputHelper output) => _output = output;

    public static IEnumerable<object[]> Specs()
    {
        var corpus = CorpusDirectory();
        if (!Directory.Exists(corpus))
        {
            yield break;
        }

        var files = Directory.GetFiles(corpus, "*.yaml").Concat(Directory.GetFiles(corpus, "*.json")).OrderBy(f => f, System.StringComparer.Ordinal);
        foreach (var file in files)
        {
            yield return new object[] { Path.GetFileName(file) };
        }

        yield return new object[] { "digitalocean/DigitalOcean-public.v2.yaml" };
    }

    [Theory]
    [MemberData(nameof(Specs))]
    public void Reads_without_errors(string relativePath)
    {
        var path = Path.Combine(CorpusDirectory(), relativePath);
        var text = File.ReadAllText(path);
        var others = OtherFiles(relativePath);
        var watch = Stopwatch.StartNew();
        var result = ReaderHarness.Read(text, path, others: others);
        watch.Stop();

        var warnings = result.Diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key).Select(g => g.Key + "x" + g.Count());
        _output.WriteLine(
            "{0}: operations={1} types={2} schemes={3} diagnostics=[{4}] {5}ms",
            relativePath,
            result.Spec?.Operations.Count,
            result.Spec?.Types.Count,
            result.Spec?.SecuritySchemes.Count,
            string.Join(" ", warnings),
            watch.ElapsedMilliseconds);
        _output.WriteLine(ReaderHarness.Describe(result));

        Assert.NotNull(result.Spec);
        Assert.DoesNotContain(result.Diagnostics, d => ReaderHarness.IsError(d));
        Assert.NotEmpty(result.Spec!.Operations.Select(o => o.Name).Concat(result.Spec.Types.Select(t => t.Name)));
        if (relativePath.StartsWith("digitalocean/", System.StringComparison.Ordinal))
        {
            // Every operation is a $ref to another file; bundled, each has its responses and the schemas their types.
            Assert.Equal(659, result.Spec.Operations.Count);
            Assert.All(result.Spec.Operations, o => Assert.NotEmpty(o.Responses));
            Assert.True(result.Spec.Types.Count > 500, "types: " + result.Spec.Types.Count);
            Assert.DoesNotContain(result.Diagnostics, d => d.Location?.FilePath is null);
        }
    }

    [Fact]
    public void DigitalOcean_bundles_its_files_into_one_document()
    {
        var path = Path.Combine(CorpusDirectory(), "digitalocean", "DigitalOcean-public.v2.yaml");
        var others = OtherFiles("digitalocean/DigitalOcean-public.v2.yaml");
        var entry = new SpecDocument(path, File.ReadAllText(path));
        var watch = Stopwatch.StartNew();
        var bundle = Bundler.Bundle(entry, others);
        var (json, lines) = BundleWriter.Write(path, bundle!.Tree);
        var cold = watch.ElapsedMilliseconds;

        // Again, as a second build in the same compiler server would: no JIT, the same work.
        watch.Restart();
        BundleWriter.Write(path, Bundler.Bundle(entry, others)!.Tree);
        _output.WriteLine(
            "files supplied={0} files read={1} bundle+write cold={2}ms warm={3}ms json={4:N0} chars findings={5}",
            others.Count, bundle.FilesRead, cold, watch.ElapsedMilliseconds, json.Length, bundle.Diagnostics.Count);
        // Two tags take their description from a file: a $ref where OpenAPI takes none (SPEC023), not followed.
        Assert.Equal(new[] { "SPEC023", "SPEC023" }, bundle.Diagnostics.Select(d => d.Id));
        Assert.All(bundle.Diagnostics, d => Assert.Equal(path, d.Location!.FilePath));
        Assert.True(bundle.FilesRead > 1000, "files read: " + bundle.FilesRead);
        Assert.DoesNotContain("\"$ref\":\"resources/", json, System.StringComparison.Ordinal);
        Assert.EndsWith("droplets_list.yml", lines.Locate("/paths/~1v2~1droplets/get/operationId").FilePath, System.StringComparison.Ordinal);
    }

    /// <summary>A spec in its own folder is split over files: the others are supplied as the build would.</summary>
    internal static IReadOnlyList<SpecDocument> OtherFiles(string relativePath)
    {
        var folder = Path.GetDirectoryName(relativePath);
        if (string.IsNullOrEmpty(folder))
        {
            return System.Array.Empty<SpecDocument>();
        }

        var entry = Path.Combine(CorpusDirectory(), relativePath);
        return Directory.EnumerateFiles(Path.Combine(CorpusDirectory(), folder), "*.y*ml", SearchOption.AllDirectories)
            .Where(f => f != entry)
            .Select(f => new SpecDocument(f, File.ReadAllText(f)))
            .ToList();
    }

    internal static string CorpusDirectory() => Path.GetFullPath(Path.Combine(ReaderHarness.RepoRoot(), "..", "shared", "corpus"));
}
