using System.Linq;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Tests.Emitting;

/// <summary>Hand-built models, so emitter tests do not depend on the reader.</summary>
internal static class Models
{
    public static EquatableArray<T> Array<T>(params T[] items)
        where T : System.IEquatable<T> => new(items);

    private static readonly TypeRef String = TypeRef.Of(TypeKind.String);

    private static readonly EquatableArray<SecurityRequirementSpec> TokenSecurity =
        Array(new SecurityRequirementSpec(Array("Token")));

    /// <summary>Binds a hand-built model the way the pipeline binds a read one; these models need no renames.</summary>
    public static ClientModel Bound(ClientSpec spec)
    {
        var bound = SpecClient.Generator.Binding.ClientBinder.Bind(spec);
        Assert.Empty(bound.Findings);
        return bound.Client;
    }

    /// <summary>The read model of the Prolific credentials spec, as written by hand.</summary>
    public static ClientModel Prolific() => Bound(ProlificRead());

    /// <summary>The model the Prolific credentials spec should read into.</summary>
    public static ClientSpec ProlificRead() => new()
    {
        Namespace = "Prolific.Credentials",
        ClassName = "ProlificCredentialsClient",
        Accessibility = Accessibility.Public,
        SpecPath = "/specs/prolific-credentials.yaml",
        Title = "Prolific Credentials API",
        Description = "Credential pools hold pre-provisioned credentials.",
        DefaultBaseUrl = "https://api.prolific.com",
        SecuritySchemes = Array(new SecuritySchemeSpec
        {
            SchemeName = "Token",
            PropertyName = "Token",
            Kind = SecuritySchemeKind.HttpToken,
            HttpScheme = "Token",
            Description = "Add the Authorization header with the value Token <your token>.",
        }),
        Types = Array(
            Object("CredentialPoolSummary", "A credential pool and how many of its credentials are still available.",
                Property("CredentialPoolId", "credential_pool_id", String, "The unique identifier for the credential pool"),
                Property("TotalCredentials", "total_credentials", TypeRef.Of(TypeKind.Int32), "Total number of credentials in the pool"),
                Property("AvailableCredentials", "available_credentials", TypeRef.Of(TypeKind.Int32), "Number of credentials not yet redeemed by a participant"),
                Property("WorkspaceId", "workspace_id", String, "The workspace the credential pool belongs to")),
            Object("ListCredentialPoolsResponse", null,
                Property("CredentialPools", "credential_pools", TypeRef.ArrayOf(TypeRef.Named("CredentialPoolSummary")).AsNullable(), "The credential pools of the workspace")),
            Object("CreateCredentialPoolRequest", null,
                Property("Credentials", "credentials", String, "CSV-formatted credentials (username,password per line)", required: true),
                Property("WorkspaceId", "workspace_id", String, "The workspace the credential pool belongs to", required: true)),
            Object("CreateCredentialPoolResponse", null,
                Property("CredentialPoolId", "credential_pool_id", String.AsNullable(), "The unique identifier for the created credential pool")),
            Object("UpdateCredentialPoolRequest", null,
                Property("Credentials", "credentials", String, "CSV-formatted credentials to add (username,password per line)", required: true)),
            Object("UpdateCredentialPoolResponse", null,
                Property("CredentialPoolId", "credential_pool_id", String.AsNullable(), "The unique identifier for the updated credential pool"))),
        Operations = Array(
            new OperationSpec
            {
                Name = "ListCredentialPools",
                OperationId = "list-credential-pools",
                HttpMethod = "GET",
                Path = "/api/v1/credentials/",
                Summary = "List credential pools for a workspace",
                Parameters = Array(new ParameterSpec
                {
                    Name = "workspaceId", WireName = "workspace_id", In = ParameterLocation.Query, Type = String,
                    IsRequired = true, Style = ParameterStyle.Form, Explode = true, Description = "Workspace ID",
                }),
                Responses = Array(
                    Json("200", "ListCredentialPoolsResponse", "The workspace's credential pools"),
                    Empty("400", "Bad Request Error"),
                    Empty("403", "Forbidden Error"),
                    Empty("502", "Bad Gateway Error")),
                Security = TokenSecurity,
            },
            new OperationSpec
            {
                Name = "CreateCredentialPool",
                OperationId = "create-credential-pool",
                HttpMethod = "POST",
                Path = "/api/v1/credentials/",
                Summary = "Create credential pool",
                Description = "Create a new credential pool for a workspace.",
                Parameters = EquatableArray<ParameterSpec>.Empty,
                Body = JsonBody("CreateCredentialPoolRequest"),
                Responses = Array(
                    Json("201", "CreateCredentialPoolResponse", "Credential pool created successfully"),
                    Empty("400", "Bad Request Error"),
                    Empty("409", "Conflict Error")),
                Security = TokenSecurity,
            },
            new OperationSpec
            {
                Name = "UpdateCredentialPool",
                OperationId = "update-credential-pool",
                HttpMethod = "PATCH",
                Path = "/api/v1/credentials/{credential_pool_id}/",
                Summary = "Update credential pool",
                Description = "Add new credentials to an existing credential pool. This operation is additive.",
                Parameters = Array(new ParameterSpec
                {
                    Name = "credentialPoolId", WireName = "credential_pool_id", In = ParameterLocation.Path, Type = String,
                    IsRequired = true, Style = ParameterStyle.Simple, Description = "Credential pool ID",
                }),
                Body = JsonBody("UpdateCredentialPoolRequest"),
                Responses = Array(
                    Json("200", "UpdateCredentialPoolResponse", "Credential pool updated successfully"),
                    Empty("404", "Not Found Error"),
                    Empty("409", "Conflict Error")),
                Security = TokenSecurity,
            }),
    };

    public static TypeSpec Object(string name, string? description, params PropertySpec[] properties) => new()
    {
        Name = name,
        SchemaName = name,
        Kind = TypeSpecKind.Object,
        Description = description,
        Properties = Array(properties),
    };

    public static PropertySpec Property(string name, string wireName, TypeRef type, string? description = null, bool required = false) => new()
    {
        Name = name,
        WireName = wireName,
        Type = type,
        Description = description,
        IsRequired = required,
    };

    public static ResponseSpec Json(string status, string typeName, string description) => new()
    {
        StatusCode = status,
        IsSuccess = status.StartsWith('2'),
        Description = description,
        ContentType = "application/json",
        Kind = BodyKind.Json,
        Type = TypeRef.Named(typeName),
    };

    public static ResponseSpec Empty(string status, string description) => new()
    {
        StatusCode = status,
        IsSuccess = status.StartsWith('2'),
        Description = description,
    };

    public static RequestBodySpec JsonBody(string typeName) => new()
    {
        Name = "body",
        ContentType = "application/json",
        Kind = BodyKind.Json,
        Type = TypeRef.Named(typeName),
        IsRequired = true,
    };
}
