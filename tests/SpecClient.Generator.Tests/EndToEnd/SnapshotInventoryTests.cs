using System.Collections.Generic;
using System.IO;
using System.Linq;
using SpecClient.Generator.Emitting;
using SpecClient.Generator.Tests.Emitting;
using SpecClient.Generator.Tests.Infrastructure;

namespace SpecClient.Generator.Tests.EndToEnd;

/// <summary>Every committed snapshot is one a test still produces: a stale file would look verified but prove nothing.</summary>
public class SnapshotInventoryTests
{
    [Fact]
    public void The_snapshot_folder_holds_exactly_the_files_the_snapshot_tests_produce()
    {
        var prolific = GeneratorHarness.Run(new SpecFile(
            RepoPaths.Spec("prolific-credentials.yaml"),
            File.ReadAllText(RepoPaths.Spec("prolific-credentials.yaml")),
            new Dictionary<string, string> { ["ClassName"] = "ProlificCredentialsClient", ["Namespace"] = "Prolific.Credentials" }));
        var expected = prolific.Sources.Select(s => "Prolific#" + s.HintName.Replace(".g.cs", string.Empty))
            .Concat(SourceEmitter.Emit(EveryConstructModel.Create(groupByTag: true), new EmitOptions(DependencyInjection: true)).Select(f => "Emitter.EveryConstruct#" + f.HintName.Replace(".g.cs", string.Empty)))
            .Concat(ConstraintEmissionTests.SnapshotFiles.Select(name => "Constraints#" + name))
            .Concat(PagingSpecTests.SnapshotFiles.Select(name => "Paging#" + name))
            .OrderBy(n => n, System.StringComparer.Ordinal);

        var committed = Directory.GetFiles(Path.Combine(RepoPaths.TestProject, "Snapshots"), "*.verified.cs")
            .Select(f => Path.GetFileName(f)[..^".verified.cs".Length])
            .OrderBy(n => n, System.StringComparer.Ordinal);

        Assert.Equal(expected, committed);
    }
}
