using System.Collections.Generic;
using System.IO;
using System.Linq;
using SpecClient.Generator.Model;
using static SpecClient.Generator.Tests.Reading.ReaderHarness;

namespace SpecClient.Generator.Tests.Reading;

/// <summary>Every finding points inside the file it names, also when the text ends in the middle of a construct.</summary>
public class DiagnosticLocationTests
{
    /// <summary>Whether the location lies within the text, with lines ended where the compiler ends them.</summary>
    internal static bool IsInside(SourceLocation at, string text)
    {
        var lengths = new List<int>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029')
            {
                lengths.Add(i - start);
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        lengths.Add(text.Length - start);
        bool Fits(int line, int column) => line >= 0 && line < lengths.Count && column >= 0 && column <= lengths[line];
        return Fits(at.StartLine, at.StartColumn) && Fits(at.EndLine, at.EndColumn) &&
            (at.EndLine > at.StartLine || (at.EndLine == at.StartLine && at.EndColumn >= at.StartColumn));
    }

    [Theory]
    [InlineData("openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a: {get: {responses: {'200': {description: \"ok")]
    [InlineData("openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {")]
    [InlineData("openapi: 3.0.3\ninfo: [")]
    [InlineData("{\"openapi\": \"3.0.3\", \"info\": {\"title\": \"t\"")]
    [InlineData("openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\nx: '")]
    [InlineData("openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\nx: \"a\u2028b")]
    public void A_truncated_document_is_reported_inside_the_file(string text)
    {
        var result = Read(text);

        Assert.NotEmpty(result.Diagnostics);
        Assert.All(result.Diagnostics, d => Assert.True(d.Location is { } at && IsInside(at, text), Describe(result)));
    }

    [Theory]
    [InlineData("specs/prolific-credentials.yaml")]
    [InlineData("../shared/corpus/oai-v3.0-link-example.yaml")]
    [InlineData("../shared/corpus/oai-v2-petstore.json")]
    public void Every_prefix_of_a_real_spec_is_reported_inside_the_file(string relativePath)
    {
        var text = File.ReadAllText(Path.Combine(RepoRoot(), relativePath));
        for (var length = 1; length < text.Length; length += 37)
        {
            var prefix = text.Substring(0, length);
            var result = Read(prefix);
            var outside = result.Diagnostics.Where(d => d.Location is not { } at || !IsInside(at, prefix)).ToList();
            Assert.True(outside.Count == 0, "length " + length + ": " + Describe(result));
        }
    }
}
