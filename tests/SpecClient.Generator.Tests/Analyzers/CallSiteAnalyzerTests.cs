using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using SpecClient.Generator.Tests.Infrastructure;

namespace SpecClient.Generator.Tests.Analyzers;

/// <summary>
/// The call-site analyzer on real generated clients: constraints.yaml (every constraint kind) and Prolific.
/// Each rule fires on a violating constant, at the constant, and stays silent on valid constants and on values
/// that are not constants.
/// </summary>
public class CallSiteAnalyzerTests
{
    private static readonly string SpecPath = Path.Combine(RepoPaths.TestProject, "Analyzers", "constraints.yaml");

    private static SpecFile ConstraintsSpec() =>
        new(SpecPath, File.ReadAllText(SpecPath), new Dictionary<string, string> { ["ClassName"] = "ConstraintsClient", ["Namespace"] = "Constraints.Api" });

    private static string Calls(string body) => $$"""
        using System;
        using System.Threading.Tasks;
        using Constraints.Api;

        namespace Consumer;

        internal static class Calls
        {
            public static async Task Run(ConstraintsClient client, string text, int number, decimal money, Guid id)
            {
                {{body}}
            }
        }
        """;

    private static async Task<IReadOnlyList<Diagnostic>> Diagnose(string body) =>
        (await AnalyzerHarness.RunAsync(ConstraintsSpec(), Calls(body))).OnUserCode;

    [Fact]
    public async Task A_path_argument_that_breaks_the_pattern_is_SPEC101_at_the_argument_naming_rule_and_spec_place()
    {
        var diagnostics = await Diagnose("""await client.GetAccountAsync("bad id");""");

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("SPEC101", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.DefaultSeverity);
        Assert.Equal("\"bad id\"", AnalyzerRun.At(diagnostic));
        var message = diagnostic.GetMessage();
        Assert.Contains("'accountId'", message);
        Assert.Contains("^acc_[a-z0-9]{4,}$", message);
        Assert.Contains("constraints.yaml(13,11) /paths/~1accounts~1{accountId}/get/parameters/0", message);
    }

    [Theory]
    [InlineData("client")]
    [InlineData("((IConstraintsClient)client)")]
    public async Task The_rules_apply_through_the_client_and_its_interface_though_only_the_interface_declares_them(string receiver)
    {
        // The generated client's parameters carry no attributes; the analyzer reads those of the interface method it implements.
        var diagnostics = await Diagnose($$"""await {{receiver}}.GetAccountAsync("bad id"); await {{receiver}}.GetAccountWithResponseAsync("bad id");""");

        Assert.Equal(2, diagnostics.Count(d => d.Id == "SPEC101"));
    }

    [Fact]
    public async Task The_spec_place_is_also_an_additional_location_in_the_spec_file()
    {
        var diagnostics = await Diagnose("""var account = new NewAccount { Name = "ab", OwnerId = id, LegacyCode = text };""");

        var diagnostic = Assert.Single(diagnostics, d => d.Id == "SPEC102");
        var spec = Assert.Single(diagnostic.AdditionalLocations);
        Assert.Equal(SpecPath, spec.GetLineSpan().Path);
        var line = File.ReadAllLines(SpecPath)[spec.GetLineSpan().StartLinePosition.Line];
        Assert.Equal("name:", line.Trim());
        Assert.Contains("has length 2, but the API requires between 3 and 20", diagnostic.GetMessage());
    }

    [Fact]
    public async Task Each_rule_fires_on_a_violating_constant()
    {
        var diagnostics = await Diagnose("""
            await client.GetAccountAsync("acc_1234", limit: 0);
            await client.GetAccountAsync("acc_1234", limit: 101, ratio: 0);
            await client.GetAccountAsync("acc_1234", since: DateOnly.Parse("2024-02-30"));
            var account = new NewAccount
            {
                Name = "this name is far too long",
                OwnerId = Guid.Parse("not-a-guid"),
                LegacyCode = text,
                Slug = "123",
                CreatedOn = DateOnly.Parse("2024-13-01"),
                StartsAt = DateTimeOffset.Parse("2024-01-01"),
                Seats = 501,
                Discount = 0.6m,
                Score = 10,
                Address = new Address { Zip = "1234" },
            };
            """);

        var found = diagnostics.Where(d => d.Id != "SPEC105").Select(d => (d.Id, AnalyzerRun.At(d))).ToList();
        Assert.Equal(
            new[]
            {
                ("SPEC103", "0"),
                ("SPEC103", "101"),
                ("SPEC103", "0"),
                ("SPEC104", "\"2024-02-30\""),
                ("SPEC102", "\"this name is far too long\""),
                ("SPEC104", "\"not-a-guid\""),
                ("SPEC101", "\"123\""),
                ("SPEC104", "\"2024-13-01\""),
                ("SPEC104", "\"2024-01-01\""),
                ("SPEC103", "501"),
                ("SPEC103", "0.6m"),
                ("SPEC103", "10"),
                ("SPEC101", "\"1234\""),
            },
            found);
        Assert.Contains(diagnostics, d => d.Id == "SPEC103" && d.GetMessage().Contains("greater than 0 and at most 1", System.StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Id == "SPEC104" && d.GetMessage().Contains("'uuid'", System.StringComparison.Ordinal));
    }

    [Fact]
    public async Task Valid_constants_are_silent()
    {
        var diagnostics = await Diagnose("""
            await client.GetAccountAsync("acc_1234", limit: 1, ratio: 1, since: DateOnly.Parse("2024-02-29"));
            await client.GetAccountAsync("acc_abcd", limit: 100, ratio: 0.001);
            var account = new NewAccount
            {
                Name = "abc",
                OwnerId = Guid.Parse("7c9e6679-7425-40de-944b-e07fc1f90ae7"),
                LegacyCode = text,
                Slug = "x1",
                CreatedOn = DateOnly.Parse("2024-12-01"),
                StartsAt = DateTimeOffset.Parse("2024-01-01T10:00:00Z"),
                Seats = 500,
                Discount = 0.5m,
                Score = 9.99,
                Password = "correct horse battery",
                Address = new Address { Zip = "12345" },
            };
            """);

        Assert.DoesNotContain(diagnostics, d => d.Id is "SPEC101" or "SPEC102" or "SPEC103" or "SPEC104");
    }

    [Fact]
    public async Task Values_that_are_not_constants_are_silent()
    {
        var diagnostics = await Diagnose("""
            await client.GetAccountAsync(text, limit: number, ratio: number / 1000.0, since: DateOnly.Parse(text));
            var account = new NewAccount
            {
                Name = text + "!",
                OwnerId = Guid.Parse(text),
                LegacyCode = text,
                Slug = text.ToLowerInvariant(),
                Seats = number * 1000,
                Discount = money,
                Address = new Address { Zip = text.Substring(1) },
            };
            """);

        Assert.DoesNotContain(diagnostics, d => d.Id is "SPEC101" or "SPEC102" or "SPEC103" or "SPEC104");
    }

    [Fact]
    public async Task A_secret_constant_is_never_repeated_in_the_message()
    {
        var diagnostics = await Diagnose("""var account = new NewAccount { Name = "abc", OwnerId = id, LegacyCode = text, Password = "hunter2" };""");

        var diagnostic = Assert.Single(diagnostics, d => d.Id == "SPEC102");
        Assert.Equal("\"hunter2\"", AnalyzerRun.At(diagnostic));
        Assert.DoesNotContain("hunter2", diagnostic.GetMessage(), System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deprecated_members_warn_once_per_use_with_the_sunset_date()
    {
        var diagnostics = await Diagnose("""
            await client.GetAccountAsync("acc_1234", legacyFilter: text);
            await client.ListLegacyAsync();
            var account = new NewAccount { Name = "abc", OwnerId = id, LegacyCode = text, Region = "eu" };
            await client.GetAccountAsync("acc_1234");
            """);

        var deprecated = diagnostics.Where(d => d.Id == "SPEC105").ToList();
        Assert.Equal(4, deprecated.Count);
        Assert.Contains(deprecated, d => AnalyzerRun.At(d) == "legacyFilter: text" && d.GetMessage().Contains("sunset is 2026-12-31", System.StringComparison.Ordinal));
        Assert.Contains(deprecated, d => AnalyzerRun.At(d).Contains("ListLegacyAsync", System.StringComparison.Ordinal) && d.GetMessage().Contains("sunset is 2026-06-30", System.StringComparison.Ordinal));
        Assert.Contains(deprecated, d => AnalyzerRun.At(d) == "LegacyCode" && !d.GetMessage().Contains("sunset", System.StringComparison.Ordinal));
        Assert.Contains(deprecated, d => AnalyzerRun.At(d) == "Region" && d.GetMessage().Contains("sunset is 2026-03-01", System.StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_Prolific_client_as_the_README_uses_it_gets_no_warning()
    {
        var run = await AnalyzerHarness.RunAsync(ProlificSpec(File.ReadAllText(RepoPaths.Spec("prolific-credentials.yaml"))), ProlificCalls);

        Assert.Empty(run.OnUserCode);
        Assert.Empty(run.Generated.CompilationProblems);
    }

    [Fact]
    public async Task A_Prolific_spec_with_a_length_rule_reports_the_constant_that_breaks_it()
    {
        var text = File.ReadAllText(RepoPaths.Spec("prolific-credentials.yaml"));
        var constrained = text.Replace(
            "          description: Workspace ID\n          schema:\n            type: string\n",
            "          description: Workspace ID\n          schema:\n            type: string\n            minLength: 24\n            maxLength: 24\n",
            System.StringComparison.Ordinal);
        Assert.NotEqual(text, constrained);

        var run = await AnalyzerHarness.RunAsync(ProlificSpec(constrained), ProlificCalls);

        var diagnostic = Assert.Single(run.OnUserCode);
        Assert.Equal("SPEC102", diagnostic.Id);
        Assert.Equal("\"workspace-1\"", AnalyzerRun.At(diagnostic));
        Assert.Contains("exactly 24", diagnostic.GetMessage(), System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task Patterns_follow_the_runtimes_rules_a_catastrophic_one_is_decided_and_an_untranslatable_one_is_no_rule()
    {
        var spec = new SpecFile("/specs/patterns.yaml", """
            openapi: 3.0.3
            info: {title: t, version: '1'}
            paths:
              /find:
                get:
                  operationId: find
                  parameters:
                    - {name: code, in: query, schema: {type: string, pattern: '^(a+)+$'}}
                    - {name: look, in: query, schema: {type: string, pattern: '^(?=a)b'}}
                  responses: {'204': {description: none}}
            """, new Dictionary<string, string> { ["ClassName"] = "PatternsClient", ["Namespace"] = "Patterns.Api" });
        var code = """
            using System.Threading.Tasks;
            using Patterns.Api;

            internal static class Calls
            {
                public static async Task Run(PatternsClient client)
                {
                    await client.FindAsync(code: "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!");
                    await client.FindAsync(look: "anything");
                }
            }
            """;

        var diagnostics = (await AnalyzerHarness.RunAsync(spec, code)).OnUserCode;

        // The backtracking engine gave up on the first (and so said nothing); the non-backtracking one decides it.
        var mismatch = Assert.Single(diagnostics);
        Assert.Equal("SPEC101", mismatch.Id);
        Assert.Contains("aaaa!", AnalyzerRun.At(mismatch), System.StringComparison.Ordinal);
    }

    private static SpecFile ProlificSpec(string text) =>
        new(RepoPaths.Spec("prolific-credentials.yaml"), text,
            new Dictionary<string, string> { ["ClassName"] = "ProlificCredentialsClient", ["Namespace"] = "Prolific.Credentials" });

    private const string ProlificCalls = """
        using System.Threading.Tasks;
        using Prolific.Credentials;

        namespace Consumer;

        internal static class Calls
        {
            public static async Task Run(ProlificCredentialsClient client, string workspaceId)
            {
                var pools = await client.ListCredentialPoolsAsync("workspace-1");
                var created = await client.CreateCredentialPoolAsync(new CreateCredentialPoolRequest
                {
                    Credentials = "user1,password1\nuser2,password2",
                    WorkspaceId = workspaceId,
                });
            }
        }
        """;
}
