using System.IO;
using System.Linq;
using SpecClient.Generator.Model;
using Xunit.Abstractions;

namespace SpecClient.Generator.Tests.Reading;

/// <summary>The reader on the spec the project was started for: Prolific's credential pools API.</summary>
public class ProlificSpecTests
{
    private readonly ITestOutputHelper _output;
    private readonly ReadResult _result;
    private readonly ClientSpec _spec;

    public ProlificSpecTests(ITestOutputHelper output)
    {
        _output = output;
        var path = Path.Combine(ReaderHarness.RepoRoot(), "specs", "prolific-credentials.yaml");
        _result = ReaderHarness.Read(File.ReadAllText(path), path);
        Assert.NotNull(_result.Spec);
        _spec = ReaderHarness.Named(_result.Spec!);
    }

    [Fact]
    public void Reads_without_diagnostics()
    {
        _output.WriteLine(ReaderHarness.Describe(_result));
        Assert.Empty(_result.Diagnostics);
    }

    [Fact]
    public void Client_carries_info_and_options()
    {
        Assert.Equal("Prolific Credentials API", _spec.Title);
        Assert.Equal("1.0.0", _spec.ApiVersion);
        Assert.Equal("https://api.prolific.com", _spec.DefaultBaseUrl);
        Assert.Equal("TestClient", _spec.ClassName);
        Assert.Equal("Test.Api", _spec.Namespace);
        Assert.EndsWith("prolific-credentials.yaml", _spec.SpecPath);
    }

    [Fact]
    public void Operations_in_spec_order_with_pascal_names()
    {
        Assert.Equal(
            new[] { "ListCredentialPools GET /api/v1/credentials/", "CreateCredentialPool POST /api/v1/credentials/", "UpdateCredentialPool PATCH /api/v1/credentials/{credential_pool_id}/" },
            _spec.Operations.Select(o => o.Name + " " + o.HttpMethod + " " + o.Path));
        Assert.Equal("list-credential-pools", _spec.Operations[0].OperationId);
    }

    [Fact]
    public void List_takes_a_required_workspace_id_query_parameter()
    {
        var list = _spec.Operation("ListCredentialPools");
        var parameter = Assert.Single(list.Parameters);
        Assert.Equal("workspaceId", parameter.Name);
        Assert.Equal("workspace_id", parameter.WireName);
        Assert.Equal(ParameterLocation.Query, parameter.In);
        Assert.True(parameter.IsRequired);
        Assert.Equal(ParameterStyle.Form, parameter.Style);
        Assert.True(parameter.Explode);
        Assert.Equal("String", parameter.Type.Show());
        Assert.Null(list.Body);
    }

    [Fact]
    public void List_response_is_an_inline_type_with_a_nullable_list()
    {
        var list = _spec.Operation("ListCredentialPools");
        Assert.Equal(new[] { "200", "400", "403", "502" }, list.Responses.Select(r => r.StatusCode));
        var ok = list.Responses[0];
        Assert.True(ok.IsSuccess);
        Assert.Equal("application/json", ok.ContentType);
        Assert.Equal(BodyKind.Json, ok.Kind);
        Assert.Equal("ListCredentialPoolsResponse", ok.Type!.Show());
        Assert.All(list.Responses.Skip(1), r => Assert.False(r.IsSuccess));
        Assert.All(list.Responses.Skip(1), r => Assert.Null(r.Type));
        Assert.Equal("Bad Request Error", list.Responses[1].Description);

        var pools = _spec.Type("ListCredentialPoolsResponse").Property("credential_pools");
        Assert.Equal("CredentialPools", pools.Name);
        Assert.Equal("List<CredentialPoolSummary>?", pools.Type.Show());
        Assert.False(pools.IsRequired);
    }

    [Fact]
    public void Credential_pool_summary_is_a_component_record()
    {
        var summary = _spec.Type("CredentialPoolSummary");
        Assert.Equal(TypeSpecKind.Object, summary.Kind);
        Assert.Equal("CredentialPoolSummary", summary.SchemaName);
        Assert.Equal(
            new[] { "CredentialPoolId:String", "TotalCredentials:Int32", "AvailableCredentials:Int32", "WorkspaceId:String" },
            summary.Properties.Select(p => p.Name + ":" + p.Type.Show()));
        Assert.Equal("A credential pool and how many of its credentials are still available.", summary.Description);
        Assert.Same(summary, _spec.Types[0]);
    }

    [Fact]
    public void Create_sends_an_inline_request_and_gets_an_inline_response()
    {
        var create = _spec.Operation("CreateCredentialPool");
        Assert.Empty(create.Parameters);
        Assert.NotNull(create.Body);
        Assert.Equal("body", create.Body!.Name);
        Assert.Equal(BodyKind.Json, create.Body.Kind);
        Assert.True(create.Body.IsRequired);
        Assert.Equal("CreateCredentialPoolRequest", create.Body.Type.Show());
        Assert.Equal(new[] { "201", "400", "403", "409", "502" }, create.Responses.Select(r => r.StatusCode));
        Assert.Equal("CreateCredentialPoolResponse", create.Responses[0].Type!.Show());

        var request = _spec.Type("CreateCredentialPoolRequest");
        Assert.Equal(new[] { "Credentials:String:True", "WorkspaceId:String:True" }, request.Properties.Select(p => p.Name + ":" + p.Type.Show() + ":" + p.IsRequired));
        var response = _spec.Type("CreateCredentialPoolResponse");
        Assert.Equal("String?", response.Property("credential_pool_id").Type.Show());
    }

    [Fact]
    public void Update_takes_the_pool_id_in_the_path_then_the_body()
    {
        var update = _spec.Operation("UpdateCredentialPool");
        var parameter = Assert.Single(update.Parameters);
        Assert.Equal("credentialPoolId", parameter.Name);
        Assert.Equal(ParameterLocation.Path, parameter.In);
        Assert.Equal(ParameterStyle.Simple, parameter.Style);
        Assert.False(parameter.Explode);
        Assert.Equal("UpdateCredentialPoolRequest", update.Body!.Type.Show());
        Assert.Equal("UpdateCredentialPoolResponse", update.Responses[0].Type!.Show());
        Assert.True(_spec.Type("UpdateCredentialPoolRequest").Property("credentials").IsRequired);
        Assert.Equal("String?", _spec.Type("UpdateCredentialPoolResponse").Property("credential_pool_id").Type.Show());
        Assert.Equal(new[] { "200", "400", "403", "404", "409", "502" }, update.Responses.Select(r => r.StatusCode));
    }

    [Fact]
    public void Types_are_the_component_then_inline_types_in_walk_order()
    {
        Assert.Equal(
            new[] { "CredentialPoolSummary", "ListCredentialPoolsResponse", "CreateCredentialPoolRequest", "CreateCredentialPoolResponse", "UpdateCredentialPoolRequest", "UpdateCredentialPoolResponse" },
            _spec.Types.Select(t => t.Name));
    }

    [Fact]
    public void Token_scheme_applies_to_every_operation()
    {
        var scheme = Assert.Single(_spec.SecuritySchemes);
        Assert.Equal("Token", scheme.SchemeName);
        Assert.Equal("ApiToken", Assert.Single(SpecClient.Generator.Binding.ClientBinder.Bind(_spec).Client.SecuritySchemes).PropertyName); // the binder names a single token-like credential ApiToken
        Assert.Equal(SecuritySchemeKind.HttpToken, scheme.Kind);
        Assert.Equal("Token", scheme.HttpScheme);
        Assert.All(_spec.Operations, o => Assert.Equal("Token", Assert.Single(Assert.Single(o.Security).SchemeNames)));
    }

    [Fact]
    public void Reading_twice_gives_an_equal_model()
    {
        var path = Path.Combine(ReaderHarness.RepoRoot(), "specs", "prolific-credentials.yaml");
        var again = ReaderHarness.Read(File.ReadAllText(path), path);
        Assert.Equal(_result.Spec, again.Spec);
    }
}
