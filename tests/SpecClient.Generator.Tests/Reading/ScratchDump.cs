using System.IO;
using System.Linq;
using Xunit.Abstractions;
namespace SpecClient.Generator.Tests.Reading;
public class ScratchDump
{
    private readonly ITestOutputHelper _o;
    public ScratchDump(ITestOutputHelper o) => _o = o;
    [Theory]
    [InlineData("openai.yaml")]
    [InlineData("twilio-api-v2010.yaml")]
    public void Dump(string f)
    {
        var path = Path.Combine(ReaderHarness.RepoRoot(), "..", "shared", "corpus", f);
        var r = ReaderHarness.Read(File.ReadAllText(path), path);
        _o.WriteLine(string.Join("\n", r.Diagnostics.Where(d => d.Id == "SPEC011").Select(d => string.Join("|", d.MessageArgs) + " @" + d.Location!.StartLine)));
        var s = r.Spec!;
        _o.WriteLine(string.Join("\n", s.Types.GroupBy(t => t.Kind).Select(g => g.Key + " " + g.Count())));
        _o.WriteLine(string.Join("\n", s.Types.Skip(1400).Take(60).Select(t => t.Kind + " " + t.Name + " <- " + t.SchemaName)));
        foreach (var op in s.Operations.Take(8)) _o.WriteLine(op.Name + " " + op.HttpMethod + " " + op.Path + " (" + string.Join(", ", op.Parameters.Select(p => p.Name + ":" + p.Type.Show() + "/" + p.In + "/" + p.Style + "/" + p.Explode)) + ") body=" + op.Body?.Kind + ":" + op.Body?.Type.Show() + " -> " + string.Join(",", op.Responses.Select(x => x.StatusCode + ":" + x.Kind + ":" + x.Type?.Show())) + " sec=" + string.Join("|", op.Security.Select(q => string.Join("+", q.SchemeNames))));
    }
}
