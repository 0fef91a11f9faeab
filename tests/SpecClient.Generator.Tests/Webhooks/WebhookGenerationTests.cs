using System.Collections.Generic;
using System.IO;
using System.Linq;
using SpecClient.Generator.Tests.Infrastructure;
using SpecClient.Generator.Tests.Reading;

namespace SpecClient.Generator.Tests.Webhooks;

/// <summary>OpenAPI 3.1 <c>webhooks:</c>: read, bound into a receiver and an event union, selected, and compiled.</summary>
public class WebhookGenerationTests
{
    private static readonly string ShopSpec = File.ReadAllText(Path.Combine(ReaderHarness.RepoRoot(), "tests", "SpecClient.Client.Tests", "Webhooks", "shop-webhooks.yaml"));

    [Fact]
    public void The_reader_keeps_each_webhook_with_its_payload_summary_and_one_value_properties()
    {
        var result = ReaderHarness.Read(ShopSpec);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "SPEC008");

        var webhooks = result.Spec!.Webhooks;
        Assert.Equal(new[] { "order.created", "order.shipped", "refund.issued" }, webhooks.Select(w => w.Key));
        Assert.Equal("An order was placed.", webhooks[0].Summary);
        Assert.Equal("OrderCreated", webhooks[0].Payload.Name);
        Assert.Equal(new[] { "object=event", "type=order.created" }, webhooks[0].Constants.Select(c => c.WireName + "=" + c.Value));
        Assert.Equal(new[] { "type=refund.issued" }, webhooks[2].Constants.Select(c => c.WireName + "=" + c.Value));
        Assert.Equal("/webhooks/order.created/post", webhooks[0].Pointer);
    }

    [Fact]
    public void The_binder_names_the_receiver_and_the_union_told_apart_by_the_property_with_a_different_value_each()
    {
        var bound = ReaderHarness.ReadBound(ShopSpec).Spec!;

        Assert.Equal("TestClientWebhooks", bound.Webhooks!.ClassName);
        var union = bound.Type("TestClientWebhookEvent");
        Assert.Equal(Model.TypeSpecKind.Union, union.Kind);
        Assert.Equal("type", union.Discriminator);
        Assert.Equal(new[] { "OrderCreated:order.created", "OrderShipped:order.shipped", "RefundIssued:refund.issued" }, union.UnionCases.Select(c => c.Name + ":" + c.DiscriminatorValue));
        Assert.Equal("RefundIssuedEvent", union.UnionCases[2].Type.Name);
    }

    [Fact]
    public void Without_a_telling_property_the_cases_are_tried_and_a_schema_named_like_the_receiver_is_renamed()
    {
        var bound = ReaderHarness.ReadBound("""
            openapi: 3.1.0
            info: {title: t, version: '1'}
            webhooks:
              ping:
                post:
                  requestBody: {content: {application/json: {schema: {type: object, properties: {at: {type: string}}}}}}
                  responses: {'200': {description: ok}}
              pong:
                post:
                  requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/TestClientWebhooks'}}}}
                  responses: {'200': {description: ok}}
            components:
              schemas:
                TestClientWebhooks: {type: object, properties: {kind: {type: string, enum: [pong]}}}
            """);

        var union = bound.Spec!.Type("TestClientWebhookEvent");
        Assert.Null(union.Discriminator);
        Assert.Equal(new[] { "PingEvent", "TestClientWebhooks2" }, union.UnionCases.Select(c => c.Type.Name));
        Assert.Contains(bound.Diagnostics, d => d.Id == "SPEC011");
    }

    [Fact]
    public void Webhook_keys_that_name_one_case_are_told_apart_with_a_located_SPEC011()
    {
        var bound = ReaderHarness.ReadBound("""
            openapi: 3.1.0
            info: {title: t, version: '1'}
            webhooks:
              order.created:
                post:
                  requestBody: {content: {application/json: {schema: {type: object, properties: {a: {type: string}}}}}}
                  responses: {'200': {description: ok}}
              order_created:
                post:
                  requestBody: {content: {application/json: {schema: {type: object, properties: {b: {type: string}}}}}}
                  responses: {'200': {description: ok}}
              unknown:
                post:
                  requestBody: {content: {application/json: {schema: {type: string}}}}
                  responses: {'200': {description: ok}}
            """);

        Assert.Equal(new[] { "OrderCreated", "OrderCreated2", "Unknown2" }, bound.Spec!.Type("TestClientWebhookEvent").UnionCases.Select(c => c.Name));
        // The webhooks' operations (lines 8 and 12), besides the second inline payload named like the first (line 9).
        var renames = bound.Diagnostics.Where(d => d.Id == "SPEC011" && d.MessageArgs[0] == "webhook").ToList();
        Assert.Equal(new[] { 8, 12 }, renames.Select(d => d.Location!.StartLine));
    }

    [Fact]
    public void A_webhook_without_a_JSON_body_is_a_located_SPEC008_and_generates_nothing()
    {
        var result = ReaderHarness.Read("""
            openapi: 3.1.0
            info: {title: t, version: '1'}
            webhooks:
              ping:
                post: {responses: {'200': {description: ok}}}
            """);

        var warning = Assert.Single(result.Diagnostics, d => d.Id == "SPEC008");
        Assert.Equal(4, warning.Location!.StartLine);
        Assert.Empty(result.Spec!.Webhooks);
    }

    [Theory]
    [InlineData("getOrder", null, new string[0])]
    [InlineData("getOrder;webhook:order.shipped", null, new[] { "order.shipped" })]
    [InlineData(null, "webhook:order.created", new[] { "order.shipped", "refund.issued" })]
    [InlineData("webhook:*", "webhook:refund.issued", new[] { "order.created", "order.shipped" })]
    public void Operations_and_ExcludeOperations_select_webhooks_by_key(string? include, string? exclude, string[] kept)
    {
        var read = Selection.SelectionHarness.Read(ShopSpec, include, exclude);

        Assert.Equal(kept, read.Spec!.Webhooks.Select(w => w.Key));
        Assert.DoesNotContain(read.Diagnostics, d => d.Id == "SPEC030");
        Assert.Equal(kept.Contains("order.created"), read.Spec.Types.Any(t => t.SchemaName == "OrderCreated"));
    }

    [Fact]
    public void The_shop_receiver_compiles_warning_free()
    {
        var output = GeneratorHarness.Run(new SpecFile("/specs/shop.yaml", ShopSpec, new Dictionary<string, string> { ["ClassName"] = "ShopClient", ["Namespace"] = "Shop.Api" }));

        Assert.Empty(output.CompilationProblems);
        Assert.Empty(output.GeneratorDiagnostics);
        var receiver = output.Compilation.GetTypeByMetadataName("Shop.Api.ShopClientWebhooks")!;
        Assert.Equal(new[] { ".ctor", "Read", "ReadAsync" }, receiver.GetMembers().Where(m => m.DeclaredAccessibility == Microsoft.CodeAnalysis.Accessibility.Public).Select(m => m.Name).OrderBy(n => n, System.StringComparer.Ordinal));
    }

    [Fact]
    public void Hostile_webhook_keys_and_summaries_compile_warning_free()
    {
        var spec = """
            openapi: 3.1.0
            info: {title: t, version: '1'}
            webhooks:
              'class':
                post:
                  summary: "ends the doc </description></item></list> \u2028 new line"
                  requestBody: {content: {application/json: {schema: {type: object, properties: {kind: {const: "a\"b"}}}}}}
                  responses: {'200': {description: ok}}
              '1st/event~x':
                post:
                  description: "*/ #error"
                  requestBody: {content: {application/json: {schema: {type: object, properties: {kind: {const: "\\"}}}}}}
                  responses: {'200': {description: ok}}
              'Unknown':
                post:
                  requestBody: {content: {application/json: {schema: {type: integer}}}}
                  responses: {'200': {description: ok}}
            """;

        var output = GeneratorHarness.Run(new SpecFile("/specs/hostile.yaml", spec, new Dictionary<string, string> { ["ClassName"] = "HostileClient", ["Namespace"] = "Hostile.Api" }));

        Assert.Empty(output.CompilationProblems);
        Assert.DoesNotContain(output.GeneratorDiagnostics, d => d.Id == "SPEC900");
        var union = output.Compilation.GetTypeByMetadataName("Hostile.Api.HostileClientWebhookEvent")!;
        // IsUnknown is the base class's; a case the spec names Unknown is Unknown2.
        Assert.Equal(new[] { "IsClass", "Is_1stEventX", "IsUnknown2" }, union.GetMembers().Where(m => m.Name.StartsWith("Is", System.StringComparison.Ordinal)).Select(m => m.Name));
    }

    [Fact]
    public void OpenAis_sixteen_webhooks_generate_a_receiver_that_compiles()
    {
        var path = Path.Combine(RepoPaths.Corpus, "openai.yaml");
        var metadata = new Dictionary<string, string> { ["ClassName"] = "OpenAiClient", ["Namespace"] = "OpenAi.Api", ["Operations"] = "webhook:*" };

        var output = GeneratorHarness.Run(new SpecFile(path, File.ReadAllText(path), metadata));

        Assert.Empty(output.CompilationProblems);
        var union = output.Compilation.GetTypeByMetadataName("OpenAi.Api.OpenAiClientWebhookEvent")!;
        Assert.Equal(16, union.GetMembers().Count(m => m.Name.StartsWith("Is", System.StringComparison.Ordinal) && m.Name != "IsUnknown"));
        Assert.Contains(union.GetMembers(), m => m.Name == "IsBatchCompleted");
        var characters = output.Sources.Sum(s => s.SourceText.Length);
        Assert.InRange(characters, 1, 1_000_000);
        System.Console.WriteLine($"openai.yaml webhook:* generated characters: {characters}; receiver file: {output.Sources.Single(s => s.HintName.EndsWith(".Webhooks.g.cs", System.StringComparison.Ordinal)).SourceText.Length}");
    }
}
