using System.IO;
using System.Linq;
using SpecClient.Generator.Model;
using SpecClient.Generator.Tests.Reading;
using Xunit.Abstractions;

namespace SpecClient.Generator.Tests.Binding;

/// <summary>
/// Paging detection on the real specs of the shared corpus: the operations whose shape shows a convention are paged by
/// it, and the counts per convention are written to the test output (the README quotes them).
/// </summary>
public class PagingCorpusTests
{
    private readonly ITestOutputHelper _output;

    public PagingCorpusTests(ITestOutputHelper output) => _output = output;

    private ClientModel Read(string relativePath)
    {
        var path = Path.Combine(CorpusTests.CorpusDirectory(), relativePath);
        var spec = SpecClient.Generator.Binding.ClientBinder.Bind(ReaderHarness.Read(File.ReadAllText(path), path, others: CorpusTests.OtherFiles(relativePath)).Spec!).Client;
        var counts = spec.Operations
            .GroupBy(o => o.Pagination is null ? "none" : o.Pagination.Kind + "(" + o.Pagination.Convention + ")")
            .OrderBy(g => g.Key, System.StringComparer.Ordinal)
            .Select(g => g.Key + "=" + g.Count());
        _output.WriteLine("{0}: operations={1} GET={2} {3}", relativePath, spec.Operations.Count, spec.Operations.Count(o => o.HttpMethod == "GET"), string.Join(" ", counts));
        foreach (var operation in spec.Operations.Where(o => o.Pagination is not null))
        {
            _output.WriteLine("  {0} {1}: {2} next=[{3}] items=[{4}]", operation.OperationId, operation.Pagination!.Kind, operation.Pagination.PositionParameter, string.Join(".", operation.Pagination.NextPath), string.Join(".", operation.Pagination.ItemsPath));
        }

        return spec;
    }

    [Fact]
    public void Openai_list_operations_with_an_after_cursor_and_has_more_page_by_cursor()
    {
        var spec = Read("openai.yaml");

        // Worked out from the model on its own: a GET with an 'after' query parameter whose success body has has_more.
        var expected = spec.Operations
            .Where(o => o.HttpMethod == "GET" && o.Parameters.Any(p => p.WireName == "after" && p.In == ParameterLocation.Query))
            .Where(o => o.Result?.Type?.Name is { } name && spec.Types.Single(t => t.Name == name).Properties.Any(p => p.WireName == "has_more"))
            .Select(o => o.OperationId)
            .ToList();
        var cursor = spec.Operations.Where(o => o.Pagination?.Kind == PaginationKind.Cursor).Select(o => o.OperationId).ToList();

        Assert.True(expected.Count > 20, "openai list operations with after/has_more: " + expected.Count);
        Assert.Empty(expected.Except(cursor));
        Assert.Equal("after", spec.Operations.Single(o => o.OperationId == "listFiles").Pagination!.PositionParameter);
        Assert.Equal(new[] { "LastId" }, spec.Operations.Single(o => o.OperationId == "listFiles").Pagination!.NextPath);
    }

    [Theory]
    [InlineData("twilio-api-v2010.yaml")]
    [InlineData("twilio-conversations-v1.json")]
    public void Twilio_list_operations_page_by_their_next_page_link(string file)
    {
        var spec = Read(file);

        // Worked out from the model on its own: a GET with PageToken whose page (or its meta) names the next page.
        var types = spec.Types.ToDictionary(t => t.Name);
        bool NamesNextPage(TypeModel type, int depth) => type.Properties.Any(p =>
            p.WireName is "next_page_uri" or "next_page_url"
            || (depth > 0 && p.Type.Name is { } nested && types.TryGetValue(nested, out var inner) && NamesNextPage(inner, depth - 1)));
        var lists = spec.Operations
            .Where(o => o.HttpMethod == "GET" && o.Parameters.Any(p => p.WireName == "PageToken"))
            .Where(o => o.Result?.Type?.Name is { } name && NamesNextPage(types[name], 1))
            .ToList();

        Assert.True(lists.Count > 20, "Twilio list operations: " + lists.Count);
        Assert.All(lists, o => Assert.True(o.Pagination?.Kind == PaginationKind.NextLink, o.OperationId));
        Assert.All(lists, o => Assert.Equal(new[] { "page", "pageToken" }, o.Pagination!.DroppedParameters.OrderBy(p => p, System.StringComparer.Ordinal)));
    }

    [Fact]
    public void DigitalOcean_list_operations_page_by_their_links_pages_next_through_the_union_of_link_kinds()
    {
        var spec = Read("digitalocean/DigitalOcean-public.v2.yaml");

        var droplets = spec.Operations.Single(o => o.OperationId == "droplets_list").Pagination;
        Assert.Equal(PaginationKind.NextLink, droplets?.Kind);
        Assert.Equal("Next", droplets!.NextPath[^1]);
        Assert.Equal(new[] { "Droplets" }, droplets.ItemsPath);
    }
}
