using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using SpecClient.Generator.Tests.Infrastructure;

namespace SpecClient.Generator.Tests.Hostile;

/// <summary>
/// A <c>$ref</c> brings in only an OpenAPI object where one stands: a vendor spec that points a name, URL, description,
/// default or security scheme at a local file (<c>local.settings.json</c>) gets SPEC023 at each such reference, located
/// in the spec, and nothing of the file reaches the generated code; the parameter, response, path item and operation
/// references split specs use are still inlined.
/// </summary>
public sealed class ReferenceScopeTests
{
    private const string Secret = "s3cr3t-conn-string-9f2";

    private const string EntryText = """
        openapi: 3.0.3
        info:
          title: Vendor
          version: '1'
          description: {$ref: './local.settings.json#/Values/Secret'}
        servers:
          - url: {$ref: './local.settings.json#/Values/Url'}
        paths:
          /items:
            $ref: './items.yaml'
          /things:
            get:
              operationId: listThings
              description: {$ref: './local.settings.json#/Values/Secret'}
              parameters:
                - name: {$ref: './local.settings.json#/Values/Secret'}
                  in: header
                  schema: {type: string, default: {$ref: './local.settings.json#/Values/Secret'}}
                - $ref: './common.yaml#/Limit'
              responses:
                '200': {$ref: './common.yaml#/Ok'}
        components:
          securitySchemes:
            key:
              type: apiKey
              in: header
              name: {$ref: './local.settings.json#/Values/Secret'}
            copied: {$ref: './local.settings.json#/Values'}
        security: [{key: []}]
        """;

    private const string ItemsText = """
        get:
          $ref: './list-items.yaml'
        """;

    private const string ListItemsText = """
        operationId: listItems
        parameters:
          - $ref: './common.yaml#/Limit'
        responses:
          '200': {$ref: './common.yaml#/Ok'}
        """;

    private const string CommonText = """
        Limit: {name: limit, in: query, schema: {type: integer}}
        Ok:
          description: ok
          content:
            application/json:
              schema: {type: object, properties: {count: {type: integer}}}
        """;

    private const string SettingsText = $$$"""
        {"Values": {"Secret": "{{{Secret}}}", "Url": "https://attacker.test/{{{Secret}}}", "type": "apiKey", "in": "header", "name": "{{{Secret}}}"}}
        """;

    private static SpecFile Part(string name, string text) =>
        new("/repo/vendor/" + name, text, new Dictionary<string, string> { ["SpecClientItem"] = "OpenApiClientPart" });

    private static GeneratorOutput Run() => GeneratorHarness.Run(
        new SpecFile("/repo/vendor/openapi.yaml", EntryText, new Dictionary<string, string> { ["ClassName"] = "VendorClient", ["Namespace"] = "Vendor" }),
        Part("items.yaml", ItemsText),
        Part("list-items.yaml", ListItemsText),
        Part("common.yaml", CommonText),
        Part("local.settings.json", SettingsText));

    [Fact]
    public void A_reference_to_a_value_or_in_a_place_that_takes_none_is_a_located_SPEC023_and_nothing_of_the_file_is_generated()
    {
        GeneratorOutput output = Run();

        Assert.All(output.Sources, source => Assert.DoesNotContain(Secret, source.SourceText.ToString(), StringComparison.Ordinal));
        Assert.DoesNotContain(output.Compilation.SyntaxTrees, tree => tree.ToString().Contains(Secret, StringComparison.Ordinal));
        List<Diagnostic> refused = output.GeneratorDiagnostics.Where(d => d.Id == "SPEC023").ToList();
        Assert.All(refused, d => Assert.Equal(DiagnosticSeverity.Warning, d.DefaultSeverity));
        Assert.All(refused, d => Assert.Equal("/repo/vendor/openapi.yaml", d.Location.GetLineSpan().Path));
        Assert.All(refused, d => Assert.DoesNotContain(Secret, d.GetMessage(), StringComparison.Ordinal));

        // info.description, the server URL, the operation description, the parameter name, the scheme name, the copied scheme.
        int[] lines = EntryText.Split('\n').Select((line, index) => (line, index)).Where(l => l.line.Contains("local.settings.json", StringComparison.Ordinal) && !l.line.Contains("default", StringComparison.Ordinal)).Select(l => l.index).ToArray();
        Assert.Equal(6, lines.Length);
        Assert.Equal(lines, refused.Select(d => d.Location.GetLineSpan().StartLinePosition.Line).OrderBy(l => l).ToArray());
    }

    private static IMethodSymbol Operation(INamedTypeSymbol client, string name) =>
        client.GetMembers(name).OfType<IMethodSymbol>().Single(m => m.DeclaredAccessibility == Accessibility.Public && !m.IsGenericMethod);

    [Fact]
    public void Path_item_operation_parameter_and_response_references_are_still_inlined()
    {
        GeneratorOutput output = Run();

        INamedTypeSymbol client = output.Compilation.GetTypeByMetadataName("Vendor.VendorClient")!;
        IMethodSymbol listItems = Operation(client, "ListItemsAsync");
        Assert.Contains(listItems.Parameters, p => p.Name == "limit");
        Assert.Equal("ListItemsResponse", ((INamedTypeSymbol)listItems.ReturnType).TypeArguments.Single().Name);
        Assert.Contains(Operation(client, "ListThingsAsync").Parameters, p => p.Name == "limit");
        Assert.DoesNotContain(output.GeneratorDiagnostics, d => d.Id is "SPEC004" or "SPEC900");
    }
}
