using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using SpecClient.Generator.Tests.Infrastructure;
using static SpecClient.Generator.Tests.Reading.ReaderHarness;

namespace SpecClient.Generator.Tests.Binding;

/// <summary>OpenAPI 3.2 tags: <c>parent</c> nests groups (GroupByTag), <c>summary</c> documents them, a non-navigation <c>kind</c> forms none.</summary>
public class TagGroupTests
{
    private const string Spec = """
        openapi: 3.2.0
        info: {title: t, version: '1'}
        tags:
          - {name: pets, summary: Everything about pets, kind: nav}
          - {name: cats, summary: Cats only, parent: pets}
          - {name: beta, kind: badge}
        paths:
          /pets:
            get:
              operationId: listPets
              tags: [pets]
              responses: {'204': {description: none}}
          /cats:
            get:
              operationId: listCats
              tags: [beta, cats]
              responses: {'204': {description: none}}
        """;

    [Fact]
    public void A_tag_with_a_parent_is_a_group_inside_its_parents_group_and_a_badge_is_no_group()
    {
        var bound = ReadBound(Spec, groupByTag: true);

        var groups = bound.Spec!.Groups;
        Assert.Equal(new[] { ("Pets", (string?)null), ("Cats", "Pets") }, groups.Select(g => (g.PropertyName, g.Parent)));
        Assert.Equal("Cats only", groups[1].Summary);
        Assert.Equal("Cats", bound.Spec.Operation("ListCats").Group);
        Assert.Empty(bound.Diagnostics);
    }

    [Fact]
    public void The_nested_groups_compile_and_are_reached_through_their_parent()
    {
        var output = GeneratorHarness.Run(new SpecFile("/specs/tags.yaml", Spec, new Dictionary<string, string>
        {
            ["ClassName"] = "TagsClient", ["Namespace"] = "Tags.Api", ["GroupByTag"] = "true",
        }));

        Assert.Empty(output.CompilationProblems);
        var client = output.Compilation.GetTypeByMetadataName("Tags.Api.TagsClient")!;
        var pets = (IPropertySymbol)client.GetMembers("Pets").Single();
        var cats = (IPropertySymbol)pets.Type.GetMembers("Cats").Single();
        Assert.Single(cats.Type.GetMembers("ListCatsAsync"));
        Assert.Empty(client.GetMembers("Cats"));
        Assert.Empty(client.GetMembers("Beta"));
        var docs = string.Concat(output.Sources.Select(s => s.SourceText.ToString()));
        Assert.Contains("Operations tagged <c>cats</c>: Cats only", docs, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Parents_that_lead_back_to_their_tag_are_a_located_finding_and_the_groups_stay_flat()
    {
        var result = Read("""
            openapi: 3.2.0
            info: {title: t, version: '1'}
            tags:
              - {name: a, parent: b}
              - {name: b, parent: a}
              - {name: c, parent: nowhere}
            paths: {}
            """);

        var findings = result.Diagnostics.Where(d => d.Id == "SPEC008").ToList();
        Assert.Equal(new[] { 3, 5 }, findings.Select(d => d.Location!.StartLine).OrderBy(l => l));
        Assert.Equal(new string?[] { null, "a", null }, result.Spec!.Tags.Select(t => t.Parent));
    }
}
