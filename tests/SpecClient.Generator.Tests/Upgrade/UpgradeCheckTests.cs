using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using SpecClient.Generator.Tests.Infrastructure;

namespace SpecClient.Generator.Tests.Upgrade;

/// <summary>
/// Baseline="..." reports every change that can break a caller at run time, located in the current spec with the
/// baseline's place as the additional location. Pairs are built from corpus specs by editing a copy, plus one real
/// pair from the Museum API's history.
/// </summary>
public class UpgradeCheckTests
{
    private static readonly string Petstore = File.ReadAllText(Path.Combine(RepoPaths.Corpus, "swagger-petstore3.yaml"));

    /// <summary>Runs one edit and returns its single breaking diagnostic, after checking the summary counts it.</summary>
    private static (Diagnostic Diagnostic, SpecVersions Versions) Single(string current, string id)
    {
        var versions = new SpecVersions(Petstore, current);
        var diagnostics = versions.Run();
        var diagnostic = Assert.Single(SpecVersions.Breaking(diagnostics));
        Assert.Equal(id, diagnostic.Id);
        var summary = Assert.Single(diagnostics, d => d.Id == "SPEC209");
        Assert.StartsWith("1 change(s) since the baseline 'api.previous.yaml'", summary.GetMessage(), System.StringComparison.Ordinal);
        Assert.Equal(versions.CurrentPath, diagnostic.Location.GetLineSpan().Path);
        return (diagnostic, versions);
    }

    [Fact]
    public void An_unchanged_spec_reports_nothing()
    {
        using var versions = new SpecVersions(Petstore, Petstore);

        Assert.Empty(versions.Run());
    }

    [Fact]
    public void A_removed_operation_is_SPEC201_at_its_path_with_the_baseline_operation_as_additional_location()
    {
        var current = SpecEdits.RemoveBlock(Petstore, "    delete:", after: "  /pet/{petId}:");
        var (diagnostic, versions) = Single(current, "SPEC201");
        using var _ = versions;

        Assert.Contains("'deletePet' (DELETE /pet/{petId})", diagnostic.GetMessage(), System.StringComparison.Ordinal);
        Assert.Equal("/pet/{petId}:", SpecVersions.LineAt(diagnostic.Location));
        var baseline = Assert.Single(diagnostic.AdditionalLocations);
        Assert.Equal(versions.BaselinePath, baseline.GetLineSpan().Path);
        Assert.Equal("delete:", SpecVersions.LineAt(baseline));
    }

    [Fact]
    public void A_removed_property_is_SPEC202()
    {
        var current = SpecEdits.RemoveBlock(Petstore, "        tags:", after: "    Pet:");
        var (diagnostic, versions) = Single(current, "SPEC202");
        using var _ = versions;

        Assert.Contains("the property 'tags' of 'Pet'", diagnostic.GetMessage(), System.StringComparison.Ordinal);
        Assert.Equal("properties:", SpecVersions.LineAt(diagnostic.Location));
        Assert.Equal("tags:", SpecVersions.LineAt(diagnostic.AdditionalLocations.Single()));
    }

    [Fact]
    public void A_request_property_that_became_required_is_SPEC203()
    {
        var current = SpecEdits.Replace(Petstore, "      required:\n        - name\n        - photoUrls\n", "      required:\n        - name\n        - photoUrls\n        - status\n");
        var (diagnostic, versions) = Single(current, "SPEC203");
        using var _ = versions;

        Assert.Contains("Now required: the property 'status' of 'Pet'.", diagnostic.GetMessage(), System.StringComparison.Ordinal);
        Assert.Equal("status:", SpecVersions.LineAt(diagnostic.Location));
    }

    [Fact]
    public void A_removed_enum_value_is_SPEC204()
    {
        var current = SpecEdits.Replace(Petstore, "          description: pet status in the store\n          enum:\n            - available\n            - pending\n            - sold\n", "          description: pet status in the store\n          enum:\n            - available\n            - pending\n");
        var (diagnostic, versions) = Single(current, "SPEC204");
        using var _ = versions;

        Assert.Contains("The value 'sold' of 'PetStatus'", diagnostic.GetMessage(), System.StringComparison.Ordinal);
        Assert.Equal("enum:", SpecVersions.LineAt(diagnostic.Location));
    }

    [Fact]
    public void A_changed_type_is_SPEC205_naming_both_types()
    {
        var current = SpecEdits.Replace(Petstore, "        quantity:\n          type: integer\n          format: int32\n", "        quantity:\n          type: string\n");
        var (diagnostic, versions) = Single(current, "SPEC205");
        using var _ = versions;

        Assert.Contains("the property 'quantity' of 'Order', from integer (int32) to string.", diagnostic.GetMessage(), System.StringComparison.Ordinal);
        Assert.Equal("quantity:", SpecVersions.LineAt(diagnostic.Location));
    }

    [Fact]
    public void A_changed_format_is_SPEC205()
    {
        var current = SpecEdits.Replace(Petstore, "        shipDate:\n          type: string\n          format: date-time\n", "        shipDate:\n          type: string\n          format: date\n");
        var (diagnostic, versions) = Single(current, "SPEC205");
        using var _ = versions;

        Assert.Contains("from string (date-time) to string (date).", diagnostic.GetMessage(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_response_property_that_became_nullable_is_SPEC206()
    {
        var current = SpecEdits.Replace(Petstore, "        shipDate:\n          type: string\n          format: date-time\n", "        shipDate:\n          type: string\n          format: date-time\n          nullable: true\n");
        var (diagnostic, versions) = Single(current, "SPEC206");
        using var _ = versions;

        Assert.Contains("May now be null in responses: the property 'shipDate' of 'Order'.", diagnostic.GetMessage(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_removed_success_status_is_SPEC207()
    {
        var current = SpecEdits.Replace(Petstore, "      x-swagger-router-controller: OrderController\n      responses:\n        '200':\n          description: successful operation\n          content:\n            application/json:\n              schema:\n                type: object\n                additionalProperties:", "      x-swagger-router-controller: OrderController\n      responses:\n        '202':\n          description: successful operation\n          content:\n            application/json:\n              schema:\n                type: object\n                additionalProperties:");
        var (diagnostic, versions) = Single(current, "SPEC207");
        using var _ = versions;

        Assert.Contains("The success status 200 of 'getInventory'", diagnostic.GetMessage(), System.StringComparison.Ordinal);
        Assert.Equal("responses:", SpecVersions.LineAt(diagnostic.Location));
        Assert.Equal("'200':", SpecVersions.LineAt(diagnostic.AdditionalLocations.Single()));
    }

    [Fact]
    public void A_changed_security_scheme_is_SPEC208()
    {
        var current = SpecEdits.Replace(Petstore, "      name: api_key\n      in: header", "      name: api_key\n      in: query");
        var (diagnostic, versions) = Single(current, "SPEC208");
        using var _ = versions;

        Assert.Contains("the security scheme 'api_key', from an API key in header 'api_key' to an API key in query 'api_key'.", diagnostic.GetMessage(), System.StringComparison.Ordinal);
        Assert.Equal("api_key:", SpecVersions.LineAt(diagnostic.Location));
    }

    [Fact]
    public void Several_changes_give_one_diagnostic_each_and_a_summary_that_counts_them()
    {
        var current = SpecEdits.RemoveBlock(Petstore, "    delete:", after: "  /pet/{petId}:");
        current = SpecEdits.Replace(current, "      name: api_key\n      in: header", "      name: api_key\n      in: query");
        current = SpecEdits.Replace(current, "        quantity:\n          type: integer\n          format: int32\n", "        quantity:\n          type: string\n");
        using var versions = new SpecVersions(Petstore, current);

        var diagnostics = versions.Run();

        Assert.Equal(new[] { "SPEC201", "SPEC205", "SPEC208" }, SpecVersions.Breaking(diagnostics).Select(d => d.Id).OrderBy(id => id));
        Assert.StartsWith("3 change(s)", Assert.Single(diagnostics, d => d.Id == "SPEC209").GetMessage(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Additive_changes_are_SPEC210_only_when_turned_on()
    {
        var current = SpecEdits.Replace(Petstore, "        complete:\n          type: boolean\n", "        complete:\n          type: boolean\n        note:\n          type: string\n");
        using var versions = new SpecVersions(Petstore, current);

        Assert.Empty(versions.Run());

        var enabled = versions.Run(new Dictionary<string, ReportDiagnostic> { ["SPEC210"] = ReportDiagnostic.Info });
        var additive = Assert.Single(enabled);
        Assert.Equal("SPEC210", additive.Id);
        Assert.Contains("the property 'note' of 'Order' was added", additive.GetMessage(), System.StringComparison.Ordinal);
        Assert.Equal("note:", SpecVersions.LineAt(additive.Location));
    }

    [Fact]
    public void A_rule_turned_off_is_not_reported()
    {
        var current = SpecEdits.Replace(Petstore, "      name: api_key\n      in: header", "      name: api_key\n      in: query");
        using var versions = new SpecVersions(Petstore, current);

        var diagnostics = versions.Run(new Dictionary<string, ReportDiagnostic> { ["SPEC208"] = ReportDiagnostic.Suppress });

        Assert.DoesNotContain(diagnostics, d => d.Id == "SPEC208");
    }

    [Fact]
    public void A_swagger_2_pair_reports_a_removed_property()
    {
        var baseline = File.ReadAllText(Path.Combine(RepoPaths.Corpus, "oai-v2-petstore.json"));
        var current = SpecEdits.Replace(baseline, ",\n        \"tag\": {\n          \"type\": \"string\"\n        }", string.Empty);
        using var versions = new SpecVersions(baseline, current, ".json");

        var diagnostic = Assert.Single(SpecVersions.Breaking(versions.Run()));

        Assert.Equal("SPEC202", diagnostic.Id);
        Assert.Contains("the property 'tag' of 'Pet'", diagnostic.GetMessage(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_baseline_is_SPEC211_naming_it()
    {
        var current = new SpecFile(Path.Combine(RepoPaths.Corpus, "swagger-petstore3.yaml"), Petstore, new Dictionary<string, string>
        {
            ["ClassName"] = "UpgradeClient",
            ["Baseline"] = "specs/nowhere.yaml",
        });

        var output = GeneratorHarness.Run(current);

        var diagnostic = Assert.Single(output.GeneratorDiagnostics, d => d.Id.StartsWith("SPEC2", System.StringComparison.Ordinal));
        Assert.Equal("SPEC211", diagnostic.Id);
        Assert.Contains("'specs/nowhere.yaml'", diagnostic.GetMessage(), System.StringComparison.Ordinal);
        Assert.NotEmpty(output.Sources);
    }

    [Fact]
    public void The_real_Museum_history_reports_the_two_success_statuses_that_changed_from_200_to_201_and_the_removed_phone()
    {
        var baseline = File.ReadAllText(Path.Combine(RepoPaths.TestProject, "Upgrade", "museum-e6c64b4.yaml"));
        var current = File.ReadAllText(Path.Combine(RepoPaths.Corpus, "redocly-museum.yaml"));
        using var versions = new SpecVersions(baseline, current);

        var diagnostics = versions.Run();

        var removed = Assert.Single(diagnostics, d => d.Id == "SPEC202");
        Assert.Contains("the property 'phone' of 'BuyMuseumTickets'", removed.GetMessage(), System.StringComparison.Ordinal);
        var statuses = diagnostics.Where(d => d.Id == "SPEC207").Select(d => d.GetMessage()).OrderBy(m => m).ToList();
        Assert.Equal(2, statuses.Count);
        Assert.Contains("of 'buyMuseumTickets'", statuses[0], System.StringComparison.Ordinal);
        Assert.Contains("of 'createSpecialEvent'", statuses[1], System.StringComparison.Ordinal);
        var summary = Assert.Single(diagnostics, d => d.Id == "SPEC209");
        Assert.StartsWith(SpecVersions.Breaking(diagnostics).Count + " change(s)", summary.GetMessage(), System.StringComparison.Ordinal);
    }
}
