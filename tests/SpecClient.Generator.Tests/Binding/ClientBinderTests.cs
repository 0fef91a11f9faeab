using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using SpecClient.Generator.Binding;
using SpecClient.Generator.Names;
using SpecClient.Generator.Diagnostics;
using SpecClient.Generator.Model;
using SpecClient.Generator.Tests.Emitting;
using static SpecClient.Generator.Tests.Reading.ReaderHarness;

namespace SpecClient.Generator.Tests.Binding;

/// <summary>The binder's decisions, on models read from text (for located renames) and hand-built ones.</summary>
public class ClientBinderTests
{
    private const string TwoSchemes = """
        openapi: 3.0.3
        info: {title: t, version: '1'}
        paths: {}
        components:
          securitySchemes:
            timeout:
              type: apiKey
              in: header
              name: X-Timeout-Key
            bearer:
              type: http
              scheme: bearer
        """;

    [Fact]
    public void A_credential_named_like_an_options_member_gets_a_suffix_and_a_located_SPEC011()
    {
        var result = ReadBound(TwoSchemes);

        Assert.Equal(new[] { "TimeoutCredential", "Bearer" }, result.Spec!.SecuritySchemes.Select(s => s.PropertyName));
        var rename = Assert.Single(result.Diagnostics, d => d.Id == DiagnosticIds.NameCollision);
        Assert.Equal(new[] { "security scheme", "timeout", "TimeoutCredential" }, rename.MessageArgs);
        Assert.Equal(("/specs/test.yaml", 5), (rename.Location!.FilePath, rename.Location.StartLine));
    }

    [Fact]
    public void A_single_token_like_scheme_is_the_ApiToken_credential_whatever_its_key()
    {
        var spec = ReadBound("""
            openapi: 3.0.3
            info: {title: t, version: '1'}
            paths: {}
            components:
              securitySchemes:
                Token: {type: http, scheme: token}
                mtls: {type: mutualTLS}
            """);

        Assert.Equal(new[] { "ApiToken", "Mtls" }, spec.Spec!.SecuritySchemes.Select(s => s.PropertyName));
    }

    [Fact]
    public void A_single_basic_scheme_keeps_its_own_name()
    {
        var spec = Bind(Models.ProlificRead() with
        {
            SecuritySchemes = Models.Array(new SecuritySchemeSpec { SchemeName = "login", PropertyName = "Login", Kind = SecuritySchemeKind.HttpBasic }),
        });

        Assert.Equal("Login", Assert.Single(spec.SecuritySchemes).PropertyName);
    }

    [Fact]
    public void The_extras_member_avoids_every_schema_property_and_the_type_name()
    {
        var type = new TypeSpec
        {
            Name = "UnknownProperties",
            Kind = TypeSpecKind.Object,
            SchemaName = "UnknownProperties",
            Properties = Models.Array(
                new PropertySpec { Name = "AdditionalProperties", WireName = "additionalProperties", Type = TypeRef.Of(TypeKind.String) }),
        };

        var bound = Bind(Models.ProlificRead() with { Types = Models.Array(type) }).Types.Single();

        Assert.Equal(new ExtrasSpec("ExtensionData", TypeRef.Of(TypeKind.Json), IsDeclared: false), bound.Extras);
    }

    [Fact]
    public void Every_type_gets_one_type_info_in_first_use_order()
    {
        var options = new TypeSpec { Name = "Options", Kind = TypeSpecKind.Object, SchemaName = "Options" };

        var json = Bind(Models.ProlificRead() with { Types = Models.Array(options, options with { Name = "Other", SchemaName = "Other" }) }).Json;

        Assert.Equal(new[] { TypeRef.Named("Options"), TypeRef.Named("Other") }, json.TypeInfos.Take(2));
        Assert.Equal(json.TypeInfos.Count, json.TypeInfos.Distinct().Count());
    }

    [Fact]
    public void The_result_shape_is_decided_once_and_held_by_the_operation()
    {
        var spec = Models.Prolific();

        var list = spec.Operations.Single(o => o.Name == "ListCredentialPools").Result;
        Assert.Equal(TypeRef.Named("ListCredentialPoolsResponse"), list.Type);
        Assert.Equal("application/json", list.AcceptHeader);
    }

    [Fact]
    public void The_reserved_options_members_are_the_runtime_options_members()
    {
        var runtime = typeof(SpecClient.ApiClientOptions)
            .GetMembers(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(m => m is PropertyInfo || (m is MethodInfo method && !method.IsSpecialName && (method.IsPublic || method.IsFamily)))
            .Select(m => m.Name)
            .Distinct()
            .OrderBy(n => n, System.StringComparer.Ordinal);

        Assert.Equal(runtime, ReservedNames.ApiClientOptionsMembers.OrderBy(n => n, System.StringComparer.Ordinal));
    }

    private static ClientModel Bind(ClientSpec spec)
    {
        var bound = ClientBinder.Bind(spec);
        Assert.Empty(bound.Findings);
        return bound.Client;
    }
}
