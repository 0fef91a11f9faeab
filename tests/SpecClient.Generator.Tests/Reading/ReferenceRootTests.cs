using System.Linq;
using SpecClient.Generator.Diagnostics;
using SpecClient.Generator.Model;
using SpecClient.Generator.Reading;
using static SpecClient.Generator.Tests.Reading.ReaderHarness;

namespace SpecClient.Generator.Tests.Reading;

/// <summary>
/// Relative references may reach any file under the reference root (the SpecRoot metadata, by default the
/// project folder), never a file outside it, however the path is spelled; URLs are never fetched.
/// </summary>
public class ReferenceRootTests
{
    private const string Entry = """
        openapi: 3.0.3
        info: {title: t, version: '1'}
        paths:
          /a:
            get:
              responses:
                '400':
                  description: bad
                  content:
                    application/json:
                      schema: {$ref: 'REF'}
        """;

    private static readonly SpecDocument Error = new("/repo/app/common/Error.yaml", "type: object\nproperties:\n  message: {type: string}\n");

    private static ReadResult ReadWith(string reference, string? root, params SpecDocument[] others) =>
        SpecReader.Read(new SpecInput
        {
            Entry = new SpecDocument("/repo/app/spec/api.yaml", Entry.Replace("REF", reference)),
            OtherDocuments = others.ToEquatableArray(),
            Options = new ClientOptions { ClassName = "TestClient", Namespace = "Test.Api" },
            ReferenceRoot = root,
        });

    [Fact]
    public void An_entry_in_a_subfolder_reaches_a_sibling_folder_under_the_root()
    {
        var result = ReadWith("../common/Error.yaml", "/repo/app", Error);

        Assert.False(result.Diagnostics.Any(IsError), Describe(result));
        Assert.Contains(result.Spec!.Types, t => t.Name == "Error");
    }

    [Theory]
    [InlineData("../common/Error.yaml", "/repo/app/spec")]
    [InlineData("../../app/common/Error.yaml", "/repo/app/spec")]
    [InlineData("/repo/app/common/Error.yaml", "/repo/app/spec")]
    [InlineData("../../../etc/passwd", "/repo/app")]
    [InlineData("/etc/passwd", "/repo/app")]
    [InlineData("..%2F..%2Fetc%2Fpasswd", "/repo/app")]
    public void A_file_outside_the_root_is_never_read_even_when_the_build_supplied_it(string reference, string root)
    {
        var passwd = new SpecDocument("/etc/passwd", "type: object\nproperties:\n  root: {type: string}\n");

        var result = ReadWith(reference, root, Error, passwd);

        var outside = Assert.Single(result.Diagnostics, d => d.Id == DiagnosticIds.ReferenceOutsideRoot);
        Assert.Equal(reference, outside.MessageArgs[0]);
        Assert.Equal(root, outside.MessageArgs[1]);
        Assert.Equal("/repo/app/spec/api.yaml", outside.Location!.FilePath);
        Assert.Equal(10, outside.Location.StartLine);
        Assert.DoesNotContain(result.Spec?.Types ?? default, t => t.Name is "Error" or "Passwd");
    }

    [Fact]
    public void The_message_says_how_to_widen_the_root_and_that_urls_are_never_fetched()
    {
        var message = DiagnosticDescriptors.ReferenceOutsideRoot.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture);

        Assert.Contains("SpecRoot", message);
        Assert.Contains("URLs are never fetched", message);
    }

    [Fact]
    public void The_generator_takes_the_root_from_the_SpecRoot_metadata_and_the_parts_under_it()
    {
        var entry = new Infrastructure.SpecFile(
            "/repo/app/spec/api.yaml",
            Entry.Replace("REF", "../common/Error.yaml"),
            new System.Collections.Generic.Dictionary<string, string> { ["ClassName"] = "ErrorsClient", ["Namespace"] = "Errors", ["SpecRoot"] = "/repo/app/" });
        var part = new Infrastructure.SpecFile(
            Error.Path,
            Error.Text,
            new System.Collections.Generic.Dictionary<string, string> { ["SpecClientItem"] = "OpenApiClientPart" });

        var output = Infrastructure.GeneratorHarness.Run(entry, part);

        Assert.Empty(output.GeneratorDiagnostics);
        Assert.Empty(output.CompilationProblems);
        Assert.Contains(output.Compilation.GetSymbolsWithName("Error", Microsoft.CodeAnalysis.SymbolFilter.Type), t => t.ContainingNamespace.ToDisplayString().StartsWith("Errors", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Without_a_root_references_stay_under_the_entrys_folder()
    {
        var result = ReadWith("../common/Error.yaml", null, Error);

        Assert.Contains(result.Diagnostics, d => d.Id == DiagnosticIds.ReferenceOutsideRoot && d.MessageArgs[1] == "/repo/app/spec");
    }
}
