using System;
using System.Linq;
using System.Text;
using SpecClient.Generator.Diagnostics;
using SpecClient.Generator.Model;
using SpecClient.Generator.Reading;
using static SpecClient.Generator.Tests.Reading.ReaderHarness;

namespace SpecClient.Generator.Tests.Reading;

/// <summary>
/// A small hostile file cannot make the reader allocate without bound or recurse without end: YAML aliases,
/// nesting and size are bounded, and passing a bound is a located SPEC020, in whichever file passed it.
/// </summary>
public class BoundedReadingTests
{
    private const string Header = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\n";

    /// <summary>Ten anchors, each a list of ten aliases of the one before: 10^levels nodes once expanded, in ~500 bytes.</summary>
    private static string Laughs(int levels)
    {
        var text = new StringBuilder("x-l0: &l0 [a, a, a, a, a, a, a, a, a, a]\n");
        for (var i = 1; i < levels; i++)
        {
            text.Append("x-l").Append(i).Append(": &l").Append(i).Append(" [")
                .Append(string.Join(", ", Enumerable.Repeat("*l" + (i - 1), 10))).Append("]\n");
        }

        return text.ToString();
    }

    private const string RelativeRefPaths = "paths:\n  /a:\n    get:\n      responses:\n        '200': {$ref: './r.yaml'}\n";

    private static readonly SpecDocument Response = new("/specs/r.yaml", "description: ok\n");

    private static long Measure(Action action)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        action();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    [Fact]
    public void Aliases_in_an_entry_with_a_relative_ref_stop_at_the_alias_that_passes_the_bound()
    {
        // Before the bound, 6 levels took 5 s and 528 MB here, and the 9 levels 7.1 GB.
        var text = Header + Laughs(9) + RelativeRefPaths;
        ReadResult result = null!;
        var allocated = Measure(() => result = Read(text, others: new[] { Response }));

        var limit = Assert.Single(result.Diagnostics, d => d.Id == DiagnosticIds.ReadingLimitExceeded);
        Assert.Null(result.Spec);
        Assert.Contains("aliases", limit.MessageArgs[0]);
        Assert.Equal("/specs/test.yaml", limit.Location!.FilePath);
        Assert.Equal(5, limit.Location.StartLine); // x-l3, whose aliases pass 5,000 nodes
        Assert.True(allocated < 50_000_000, "allocated " + allocated + " bytes");
    }

    [Fact]
    public void Aliases_in_a_referenced_file_stop_in_that_file()
    {
        var text = Header + RelativeRefPaths;
        var bomb = new SpecDocument("/specs/r.yaml", "description: ok\n" + Laughs(9));
        ReadResult result = null!;
        var allocated = Measure(() => result = Read(text, others: new[] { bomb }));

        var limit = Assert.Single(result.Diagnostics, d => d.Id == DiagnosticIds.ReadingLimitExceeded);
        Assert.Equal("/specs/r.yaml", limit.Location!.FilePath);
        Assert.True(allocated < 50_000_000, "allocated " + allocated + " bytes");
    }

    [Fact]
    public void Aliases_within_the_bound_still_read()
    {
        var text = Header + "x-common: &common {description: ok}\npaths:\n  /a:\n    get:\n      responses:\n        '200': *common\n  /b:\n    get:\n      responses:\n        '200': {$ref: './r.yaml'}\n";

        var result = Read(text, others: new[] { Response });

        Assert.DoesNotContain(result.Diagnostics, d => d.Id == DiagnosticIds.ReadingLimitExceeded);
        Assert.NotNull(result.Spec);
    }

    [Theory]
    [InlineData("block")]
    [InlineData("flow")]
    [InlineData("json")]
    public void Deep_nesting_in_one_file_is_a_located_error(string style)
    {
        const int Depth = 20_000;
        var text = new StringBuilder();
        if (style == "json")
        {
            text.Append("{\"openapi\": \"3.0.3\", \"info\": {\"title\": \"t\", \"version\": \"1\"}, \"x-deep\": ")
                .Append('[', Depth).Append(']', Depth).Append('}');
        }
        else if (style == "flow")
        {
            text.Append(Header).Append("x-deep: ").Append('[', Depth).Append(']', Depth).Append('\n');
        }
        else
        {
            text.Append(Header).Append("x-deep:\n");
            for (var level = 1; level <= 2_000; level++)
            {
                text.Append(' ', level).Append("k:\n");
            }
        }

        var result = Read(text.ToString());

        // SharpYaml's parser stops at 64 levels (SPEC001); the reader's own bound (SPEC020) is the backstop.
        var error = Assert.Single(result.Diagnostics, IsError);
        Assert.Contains(error.Id, new[] { DiagnosticIds.UnreadableSpec, DiagnosticIds.ReadingLimitExceeded });
        Assert.True(error.Location!.StartLine > 2 || error.Location.StartColumn > 60, Describe(result));
    }

    [Fact]
    public void Files_inlined_into_each_other_cannot_nest_past_the_bound()
    {
        // Each file is shallow; inlined into one another (each response's example is the next file) they nest 40 x 4 levels.
        var parts = Enumerable.Range(0, 40).Select(i => new SpecDocument(
            "/specs/r" + i + ".yaml",
            "description: ok\ncontent:\n  application/json:\n    examples:\n      next: {$ref: './r" + (i + 1) + ".yaml'}\n")).ToArray();
        var text = Header + "paths:\n  /a:\n    get:\n      responses:\n        '200': {$ref: './r0.yaml'}\n";

        var result = Read(text, others: parts);

        var limit = Assert.Single(result.Diagnostics, d => d.Id == DiagnosticIds.ReadingLimitExceeded);
        Assert.StartsWith("/specs/r", limit.Location!.FilePath);
    }

    [Fact]
    public void A_file_referenced_twice_by_each_of_a_chain_cannot_multiply_the_bundle_without_bound()
    {
        // r0 inlines r1 twice, r1 inlines r2 twice, ...: 2^30 copies of the last file before the bound.
        var parts = Enumerable.Range(0, 30).Select(i => new SpecDocument(
            "/specs/r" + i + ".yaml",
            "description: " + new string('x', 200) + "\nheaders:\n  X-A: {$ref: './r" + (i + 1) + ".yaml'}\n  X-B: {$ref: './r" + (i + 1) + ".yaml'}\n")).ToList();
        parts.Add(new SpecDocument("/specs/r30.yaml", "description: end\n"));
        var text = Header + "paths:\n  /a:\n    get:\n      responses:\n        '200': {$ref: './r0.yaml'}\n";

        var result = Read(text, others: parts);

        var limit = Assert.Single(result.Diagnostics, d => d.Id == DiagnosticIds.ReadingLimitExceeded);
        Assert.Contains("bundled", limit.MessageArgs[0]);
    }

    [Fact]
    public void A_file_longer_than_the_bound_is_refused_before_it_is_parsed()
    {
        var text = Header + "x-big: '" + new string('a', ReadingLimits.MaxFileLength) + "'\n";

        var result = Read(text);

        var limit = Assert.Single(result.Diagnostics, d => d.Id == DiagnosticIds.ReadingLimitExceeded);
        Assert.Contains("characters", limit.MessageArgs[0]);
        Assert.Equal(0, limit.Location!.StartLine);
    }
}
