namespace SpecClient.Generator.Tests.Infrastructure;

/// <summary>The snapshot helper itself: what it ignores and how it shows a difference.</summary>
public class SnapshotTests
{
    [Fact]
    public void The_generator_version_is_scrubbed_so_a_release_does_not_change_every_snapshot()
    {
        var text = "[global::System.CodeDom.Compiler.GeneratedCode(\"SpecClient.Generator\", \"1.2.3-preview.4\")]\r\nclass C { }";

        Assert.Equal("[global::System.CodeDom.Compiler.GeneratedCode(\"SpecClient.Generator\", \"(version)\")]\nclass C { }", Snapshot.Scrub(text));
    }

    [Fact]
    public void The_diff_shows_removed_and_added_lines_with_the_verified_line_number()
    {
        var diff = Snapshot.LineDiff.Describe("a\nb\nc\n", "a\nB\nc\nd\n", maxLines: 10);

        Assert.Equal("-    2: b\n+    3: B\n+    4: d\n", diff);
    }

    [Fact]
    public void A_long_diff_is_cut_short_and_says_how_to_see_it_whole()
    {
        var diff = Snapshot.LineDiff.Describe("1\n2\n3\n", "x\ny\nz\n", maxLines: 2);

        Assert.StartsWith("-    1: 1\n-    2: 2\n... 4 more changed lines", diff);
    }
}
