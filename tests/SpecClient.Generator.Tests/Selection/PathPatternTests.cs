using SpecClient.Generator.Reading.Selection;

namespace SpecClient.Generator.Tests.Selection;

public class PathPatternTests
{
    [Theory]
    [InlineData("/files", "/files", true)]
    [InlineData("/files", "/files/", true)]
    [InlineData("/files", "/files/{file_id}", false)]
    [InlineData("/files/*", "/files/{file_id}", true)]
    [InlineData("/files/*", "/files", false)]
    [InlineData("/files/*", "/files/{file_id}/content", false)]
    [InlineData("/files/**", "/files", true)]
    [InlineData("/files/**", "/files/{file_id}/content", true)]
    [InlineData("/files/**", "/filesystem", false)]
    [InlineData("/**/content", "/files/{file_id}/content", true)]
    [InlineData("/**/content", "/content", true)]
    [InlineData("/**/content", "/files/{file_id}", false)]
    [InlineData("/files/{file_id}", "/files/{file_id}", true)]
    [InlineData("/files/{file_id}", "/files/{id}", false)]
    [InlineData("/fine_tuning/*/jobs", "/fine_tuning/alpha/jobs", true)]
    [InlineData("/chat/comp*", "/chat/completions", true)]
    [InlineData("/chat/comp*", "/chat/other", false)]
    [InlineData("/**", "/anything/at/all", true)]
    [InlineData("/Files", "/files", false)]
    public void A_pattern_matches_path_templates_segment_by_segment(string pattern, string path, bool expected) =>
        Assert.Equal(expected, new PathPattern(pattern).Matches(path));
}
