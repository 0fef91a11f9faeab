using System.Linq;
using SpecClient.Generator.Model;
using SpecClient.Generator.Reading;
using SpecClient.Generator.Reading.Selection;

namespace SpecClient.Generator.Tests.Selection;

/// <summary>Reads a spec with <c>Operations</c>/<c>ExcludeOperations</c> as an item's metadata would give them.</summary>
internal static class SelectionHarness
{
    public static ReadResult Read(string text, string? operations, string? exclude = null, string path = "/specs/test.yaml") =>
        SpecReader.Read(new SpecInput
        {
            Entry = new SpecDocument(path, text),
            Options = new ClientOptions
            {
                ClassName = "TestClient",
                Namespace = "Test.Api",
                Selection = OperationSelection.Parse(operations, exclude),
            },
        });

    public static ClientSpec ReadSpec(string text, string? operations, string? exclude = null)
    {
        var result = Read(text, operations, exclude);
        Assert.True(result.Spec is not null, "no model; diagnostics: " + Reading.ReaderHarness.Describe(result));
        return Reading.ReaderHarness.Named(result.Spec!);
    }

    public static string[] OperationIds(this ClientSpec spec) => spec.Operations.Select(o => o.OperationId).ToArray();

    public static string[] TypeNames(this ClientSpec spec) => spec.Types.Select(t => t.Name).OrderBy(n => n, System.StringComparer.Ordinal).ToArray();
}
