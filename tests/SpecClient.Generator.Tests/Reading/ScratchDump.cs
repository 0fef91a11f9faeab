using System.IO;
using System.Linq;
using Xunit.Abstractions;
namespace SpecClient.Generator.Tests.Reading;
public class ScratchDump
{
    private readonly ITestOutputHelper _o;
    public ScratchDump(ITestOutputHelper o) => _o = o;
    [Theory]
    [InlineData("redocly-museum.yaml")]
    [InlineData("swagger-petstore3.yaml")]
    [InlineData("openapinet-docWith31properties.json")]
    [InlineData("oai-v3.0-callback-example.yaml")]
    [InlineData("oai-v3.1-webhook-example.yaml")]
    [InlineData("oai-v2-api-with-examples.yaml")]
    [InlineData("openapinet-azureblob.yaml")]
    [InlineData("oai-v3.0-petstore-expanded.yaml")]
    public void Mutate(string f)
    {
        var path = Path.Combine(ReaderHarness.RepoRoot(), "..", "shared", "corpus", f);
        var lines = File.ReadAllLines(path);
        var fails = 0;
        for (var skip = 0; skip < lines.Length; skip++)
        {
            var r = ReaderHarness.Read(string.Join("\n", lines.Where((_, i) => i != skip)));
            foreach (var d in r.Diagnostics.Where(d => d.MessageArgs.Any(a => a.Contains("the reader failed"))))
            {
                if (fails++ < 3) _o.WriteLine(skip + ": " + d.MessageArgs[0]);
            }
        }
        Assert.Equal(0, fails);
    }
}
