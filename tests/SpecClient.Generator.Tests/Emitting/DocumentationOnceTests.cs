using System.IO;
using System.Linq;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using SpecClient.Generator.Tests.EndToEnd;
using SpecClient.Generator.Tests.Infrastructure;

namespace SpecClient.Generator.Tests.Emitting;

/// <summary>
/// Operation docs are written once: in full on the interface's plain method; its WithResponse twin inherits them
/// (<c>inheritdoc cref</c>) and adds only its result and what its options are; the client's methods inherit the interface's.
/// Checked on the XML documentation file the compiler writes, with every cref resolved.
/// </summary>
public class DocumentationOnceTests
{
    [Fact]
    public void The_interface_carries_the_docs_and_the_client_and_the_twins_inherit_them()
    {
        var compilation = GeneratorHarness.WithDocumentation(ProlificSpecTests.Generate().Compilation);
        using var assembly = new MemoryStream();
        using var xml = new MemoryStream();

        var result = compilation.Emit(assembly, xmlDocumentationStream: xml);

        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        var members = XDocument.Parse(System.Text.Encoding.UTF8.GetString(xml.ToArray()))
            .Descendants("member").ToDictionary(m => (string)m.Attribute("name")!, m => m);
        var plain = Member(members, "M:Prolific.Credentials.IProlificCredentialsClient.ListCredentialPoolsAsync(");
        Assert.Equal("List credential pools for a workspace", plain.Element("summary")!.Value.Trim());
        Assert.NotNull(plain.Element("returns"));
        var twin = Member(members, "M:Prolific.Credentials.IProlificCredentialsClient.ListCredentialPoolsWithResponseAsync(");
        Assert.Null(twin.Element("summary"));
        Assert.StartsWith("M:Prolific.Credentials.IProlificCredentialsClient.ListCredentialPoolsAsync(", (string?)twin.Element("inheritdoc")!.Attribute("cref"), System.StringComparison.Ordinal);
        Assert.Contains("requestOptions", twin.Element("returns")!.ToString(), System.StringComparison.Ordinal);
        var implementation = Member(members, "M:Prolific.Credentials.ProlificCredentialsClient.ListCredentialPoolsAsync(");
        Assert.Null(implementation.Element("summary"));
        Assert.NotNull(implementation.Element("inheritdoc"));
    }

    private static XElement Member(System.Collections.Generic.Dictionary<string, XElement> members, string prefix) =>
        members.Single(m => m.Key.StartsWith(prefix, System.StringComparison.Ordinal)).Value;
}
