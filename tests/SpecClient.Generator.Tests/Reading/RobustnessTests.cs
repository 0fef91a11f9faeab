using System.IO;
using System.Linq;
using static SpecClient.Generator.Tests.Reading.ReaderHarness;

namespace SpecClient.Generator.Tests.Reading;

/// <summary>Odd and broken input never crashes the reader: every outcome is a model or a located finding.</summary>
public class RobustnessTests
{
    [Theory]
    [InlineData("openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: 5\n")]
    [InlineData("openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents: []\n")]
    [InlineData("openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get: 7\n")]
    [InlineData("openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      parameters: [{name: x, in: nowhere}]\n      responses: {}\n")]
    [InlineData("openapi: [3]\n")]
    [InlineData("\"just a string\"")]
    [InlineData("openapi: 3.1.0\n")]
    [InlineData("openapi: 3.1.0\ninfo: {title: t, version: '1'}\ncomponents:\n  schemas:\n    A: {type: array, items: {$ref: '#/components/schemas/A'}}\n    B: {allOf: [{$ref: '#/components/schemas/B'}]}\n")]
    public void Odd_documents_never_crash_the_reader(string text)
    {
        var result = Read(text);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == SpecClient.Generator.Diagnostics.DiagnosticIds.InternalError);
        Assert.True(result.Spec is not null || result.Diagnostics.Any(d => ReaderHarness.IsError(d)), Describe(result));
    }

    [Theory]
    [InlineData("specs/prolific-credentials.yaml")]
    [InlineData("../shared/corpus/oai-v2-petstore-expanded.yaml")]
    [InlineData("../shared/corpus/oai-v2-petstore.json")]
    [InlineData("../shared/corpus/oai-v3.0-uspto.yaml")]
    [InlineData("../shared/corpus/redocly-museum.yaml")]
    [InlineData("../shared/corpus/openapinet-docWith31properties.json")]
    public void Every_prefix_of_a_real_spec_reads_without_crashing(string relativePath)
    {
        var path = Path.Combine(RepoRoot(), relativePath);
        if (!File.Exists(path))
        {
            return;
        }

        var text = File.ReadAllText(path);
        for (var length = 1; length < text.Length; length += 61)
        {
            var result = Read(text.Substring(0, length));
            Assert.False(
                result.Diagnostics.Any(d => d.Id == SpecClient.Generator.Diagnostics.DiagnosticIds.InternalError),
                "length " + length + ": " + Describe(result));
        }
    }

    [Theory]
    [InlineData("specs/prolific-credentials.yaml")]
    [InlineData("../shared/corpus/oai-v2-petstore-expanded.yaml")]
    [InlineData("../shared/corpus/oai-v3.0-uspto.yaml")]
    [InlineData("../shared/corpus/oai-v3.0-link-example.yaml")]
    public void A_real_spec_with_any_one_line_removed_reads_without_crashing(string relativePath)
    {
        var path = Path.Combine(RepoRoot(), relativePath);
        if (!File.Exists(path))
        {
            return;
        }

        var lines = File.ReadAllLines(path);
        for (var skip = 0; skip < lines.Length; skip++)
        {
            var text = string.Join("\n", lines.Where((_, i) => i != skip));
            var result = Read(text);
            Assert.False(
                result.Diagnostics.Any(d => d.Id == SpecClient.Generator.Diagnostics.DiagnosticIds.InternalError),
                "without line " + skip + ": " + Describe(result));
        }
    }

    [Fact]
    public void A_crash_inside_the_reader_is_an_internal_error_not_the_user_s_fault()
    {
        // Options are always set by the pipeline; leaving them out makes the reader itself fail.
        var result = SpecClient.Generator.Reading.SpecReader.Read(new SpecClient.Generator.Model.SpecInput
        {
            Entry = new SpecClient.Generator.Model.SpecDocument("/specs/test.yaml", "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n"),
            Options = null!,
        });

        Assert.Null(result.Spec);
        var crash = Assert.Single(result.Diagnostics);
        Assert.Equal(SpecClient.Generator.Diagnostics.DiagnosticIds.InternalError, crash.Id);
        Assert.StartsWith("NullReferenceException", crash.MessageArgs[0], System.StringComparison.Ordinal);
        Assert.Equal("/specs/test.yaml", crash.Location!.FilePath);
    }
}
