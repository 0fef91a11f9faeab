using SpecClient.Generator.Model;
using static SpecClient.Generator.Tests.Emitting.Models;

namespace SpecClient.Generator.Tests.Emitting;

/// <summary>A hand-built model that uses every construct the emitters know, so compile tests cover them all.</summary>
internal static class EveryConstructModel
{
    private static TypeRef Of(TypeKind kind) => TypeRef.Of(kind);

    private static ParameterSpec Param(string name, string wire, ParameterLocation location, TypeRef type, bool required = false, ParameterStyle style = ParameterStyle.Form, bool explode = true) => new()
    {
        Name = name, WireName = wire, In = location, Type = type, IsRequired = required, Style = style, Explode = explode,
    };

    public static ClientModel Create(bool groupByTag = false) => Models.Bound(CreateRead(groupByTag));

    /// <summary>The read model holding every construct, as written by hand.</summary>
    public static ClientSpec CreateRead(bool groupByTag = false) => new()
    {
        Namespace = "Every.Construct",
        ClassName = "EveryConstructClient",
        Accessibility = Accessibility.Internal,
        SpecPath = "/specs/every-construct.yaml",
        Title = "Every construct <&> API",
        DefaultBaseUrl = "https://example.test/v1",
        SecuritySchemes = Array(
            new SecuritySchemeSpec { SchemeName = "bearer", PropertyName = "Bearer", Kind = SecuritySchemeKind.HttpToken, HttpScheme = "Bearer" },
            new SecuritySchemeSpec { SchemeName = "basic", PropertyName = "Basic", Kind = SecuritySchemeKind.HttpBasic },
            new SecuritySchemeSpec { SchemeName = "headerKey", PropertyName = "HeaderKey", Kind = SecuritySchemeKind.ApiKey, ParameterName = "X-Api-Key", ParameterLocation = ParameterLocation.Header },
            new SecuritySchemeSpec { SchemeName = "queryKey", PropertyName = "QueryKey", Kind = SecuritySchemeKind.ApiKey, ParameterName = "api_key", ParameterLocation = ParameterLocation.Query },
            new SecuritySchemeSpec { SchemeName = "cookieKey", PropertyName = "CookieKey", Kind = SecuritySchemeKind.ApiKey, ParameterName = "session", ParameterLocation = ParameterLocation.Cookie },
            new SecuritySchemeSpec { SchemeName = "oauth", PropertyName = "Oauth", Kind = SecuritySchemeKind.OAuth2 },
            new SecuritySchemeSpec { SchemeName = "mtls", PropertyName = "Mtls", Kind = SecuritySchemeKind.MutualTls }),
        Webhooks = Array(
            new WebhookSpec { Key = "pet.adopted", Name = "PetAdopted", Summary = "A pet found a home <&> */", Payload = TypeRef.Named("Cat"), Constants = Array(new ConstantProperty("petType", "cat")), Pointer = "/webhooks/pet.adopted/post" },
            new WebhookSpec { Key = "dog.barked", Name = "DogBarked", Payload = TypeRef.Named("Dog"), Constants = Array(new ConstantProperty("petType", "dog")), Pointer = "/webhooks/dog.barked/post" }),
        Types = Array(
            new TypeSpec { Name = "PetStatus", SchemaName = "PetStatus", Kind = TypeSpecKind.StringEnum, EnumMembers = Array(new EnumMemberSpec("Available", "available"), new EnumMemberSpec("Sold", "sold \"out\"")) },
            new TypeSpec { Name = "Priority", SchemaName = "Priority", Kind = TypeSpecKind.IntegerEnum, EnumMembers = Array(new EnumMemberSpec("Low", "1"), new EnumMemberSpec("High", "2")) },
            Object("Cat", "A cat.",
                Property("PetType", "petType", Of(TypeKind.String), required: true) with { FixedValue = "cat" },
                Property("Lives", "lives", Of(TypeKind.Int32), required: true)),
            Object("Dog", "A dog.",
                Property("PetType", "petType", Of(TypeKind.String), required: true) with { FixedValue = "dog" },
                Property("Bark", "bark", Of(TypeKind.Boolean).AsNullable(), required: true),
                Property("Kind", "kind", Of(TypeKind.String)) with { FixedValue = "canine <&> \"wolf\"" }),
            new TypeSpec { Name = "Pet", SchemaName = "Pet", Kind = TypeSpecKind.Union, Discriminator = "petType", UnionCases = Array(new UnionCaseSpec("Cat", TypeRef.Named("Cat"), "cat"), new UnionCaseSpec("Dog", TypeRef.Named("Dog"), "dog")) },
            new TypeSpec { Name = "StringOrNumber", SchemaName = "StringOrNumber", Kind = TypeSpecKind.Union, UnionCases = Array(new UnionCaseSpec("String", Of(TypeKind.String), null), new UnionCaseSpec("Double", Of(TypeKind.Double), null), new UnionCaseSpec("Tags", TypeRef.ArrayOf(Of(TypeKind.String)), null)) },
            new TypeSpec
            {
                Name = "Everything",
                SchemaName = "Everything",
                Kind = TypeSpecKind.Object,
                Summary = "Every kind of property.",
                Description = "Line one.\nLine two with <xml> & ampersand.",
                IsDeprecated = true,
                AdditionalProperties = Of(TypeKind.Json),
                Properties = Array(
                    Property("Id", "id", Of(TypeKind.Guid), required: true),
                    Property("Name", "name", Of(TypeKind.String), "The name.", required: true),
                    Property("Nickname", "nickname", Of(TypeKind.String).AsNullable(), required: true),
                    Property("Count", "count", Of(TypeKind.Int64)),
                    Property("Ratio", "ratio", Of(TypeKind.Double)),
                    Property("Weight", "weight", Of(TypeKind.Float)),
                    Property("Price", "price", Of(TypeKind.Decimal)),
                    Property("Born", "born", Of(TypeKind.DateOnly)),
                    Property("Updated", "updated", Of(TypeKind.DateTimeOffset), required: true),
                    Property("Duration", "duration", Of(TypeKind.TimeSpan)),
                    Property("Homepage", "homepage", Of(TypeKind.Uri)),
                    Property("Picture", "picture", Of(TypeKind.Bytes)),
                    Property("Extra", "extra", Of(TypeKind.Json)),
                    Property("Status", "status", TypeRef.Named("PetStatus", isValueType: true), required: true),
                    Property("Priority", "priority", TypeRef.Named("Priority", isValueType: true).AsNullable()),
                    Property("Pet", "pet", TypeRef.Named("Pet")),
                    Property("Scores", "scores", TypeRef.ArrayOf(Of(TypeKind.Int32).AsNullable())),
                    Property("Matrix", "matrix", TypeRef.ArrayOf(TypeRef.ArrayOf(Of(TypeKind.Double)))),
                    Property("Labels", "labels", TypeRef.MapOf(Of(TypeKind.String)), required: true),
                    Property("Children", "children", TypeRef.ArrayOf(TypeRef.Named("Everything"))),
                    Property("Class", "class", Of(TypeKind.String)),
                    Property("Default", "default", Of(TypeKind.Boolean)) with { DefaultValue = new ConstantValue(ConstantKind.Boolean, "true") }),
            },
            Object("Empty", null),
            new TypeSpec { Name = "Upload", SchemaName = "Upload", Kind = TypeSpecKind.Object, Properties = Array(
                Property("File", "file", Of(TypeKind.Stream), required: true),
                Property("Thumbnail", "thumbnail", Of(TypeKind.Bytes)),
                Property("Description", "description", Of(TypeKind.String)),
                Property("Meta", "meta", TypeRef.Named("Cat")),
                Property("Tags", "tags", TypeRef.ArrayOf(Of(TypeKind.String)))) },
            Object("Problem", "An error.", Property("Message", "message", Of(TypeKind.String), required: true))),
        Operations = Array(
            new OperationSpec
            {
                Name = "ListPets",
                OperationId = "listPets",
                HttpMethod = "GET",
                Path = "/pets/{kind}/{ids}",
                Group = groupByTag ? "Pets" : null,
                Parameters = Array(
                    Param("kind", "kind", ParameterLocation.Path, TypeRef.Named("PetStatus", isValueType: true), required: true, ParameterStyle.Simple, false),
                    Param("ids", "ids", ParameterLocation.Path, TypeRef.ArrayOf(Of(TypeKind.Int64)), required: true, ParameterStyle.Label, false),
                    Param("limit", "limit", ParameterLocation.Query, Of(TypeKind.Int32), required: true),
                    Param("xRequestId", "X-Request-Id", ParameterLocation.Header, Of(TypeKind.String), required: true, ParameterStyle.Simple, false),
                    Param("apiVersion", "Api-Version", ParameterLocation.Header, Of(TypeKind.String), required: true, ParameterStyle.Simple, false) with { FixedValue = "2024-10-01 \"<&>" },
                    Param("tags", "tags", ParameterLocation.Query, TypeRef.ArrayOf(Of(TypeKind.String)), explode: false),
                    Param("pipes", "pipes", ParameterLocation.Query, TypeRef.ArrayOf(Of(TypeKind.Int32)), style: ParameterStyle.PipeDelimited, explode: false),
                    Param("filter", "filter", ParameterLocation.Query, TypeRef.MapOf(Of(TypeKind.String)), style: ParameterStyle.DeepObject),
                    Param("cat", "cat", ParameterLocation.Query, TypeRef.Named("Cat"), style: ParameterStyle.DeepObject),
                    Param("since", "since", ParameterLocation.Query, Of(TypeKind.DateTimeOffset)),
                    Param("status", "status", ParameterLocation.Query, TypeRef.Named("PetStatus", isValueType: true)),
                    Param("session", "session", ParameterLocation.Cookie, Of(TypeKind.String)),
                    Param("request", "request", ParameterLocation.Query, Of(TypeKind.Boolean)),
                    Param("class", "class", ParameterLocation.Header, TypeRef.ArrayOf(Of(TypeKind.Int32)))),
                Responses = Array(
                    new ResponseSpec { StatusCode = "200", IsSuccess = true, ContentType = "application/json", Kind = BodyKind.Json, Type = TypeRef.ArrayOf(TypeRef.Named("Pet")) },
                    new ResponseSpec { StatusCode = "204", IsSuccess = true },
                    new ResponseSpec { StatusCode = "404", ContentType = "application/problem+json", Kind = BodyKind.Json, Type = TypeRef.Named("Problem") },
                    new ResponseSpec { StatusCode = "4XX", ContentType = "application/json", Kind = BodyKind.Json, Type = TypeRef.MapOf(Of(TypeKind.Json)) },
                    new ResponseSpec { StatusCode = "default", ContentType = "application/json", Kind = BodyKind.Json, Type = TypeRef.Named("Problem") }),
                Security = Array(
                    new SecurityRequirementSpec(Array("bearer")),
                    new SecurityRequirementSpec(Array("headerKey", "queryKey")),
                    new SecurityRequirementSpec(Array("basic")),
                    new SecurityRequirementSpec(Array("cookieKey")),
                    new SecurityRequirementSpec(Array("oauth"))),
            },
            new OperationSpec
            {
                Name = "CreateEverything",
                OperationId = "createEverything",
                HttpMethod = "PUT",
                Path = "/everything",
                IsDeprecated = true,
                Group = groupByTag ? "Pets" : null,
                Parameters = EquatableArray<ParameterSpec>.Empty,
                Body = JsonBody("Everything") with { IsRequired = false },
                Responses = Array(
                    new ResponseSpec { StatusCode = "201", IsSuccess = true, ContentType = "application/json", Kind = BodyKind.Json, Type = TypeRef.Named("Everything") },
                    new ResponseSpec { StatusCode = "202", IsSuccess = true, ContentType = "application/json", Kind = BodyKind.Json, Type = TypeRef.Named("Empty") }),
                Security = Array(new SecurityRequirementSpec(EquatableArray<string>.Empty)),
            },
            new OperationSpec
            {
                Name = "SubmitForm",
                OperationId = "submitForm",
                HttpMethod = "POST",
                Path = "/forms",
                Parameters = EquatableArray<ParameterSpec>.Empty,
                Body = new RequestBodySpec { Name = "body", ContentType = "application/x-www-form-urlencoded", Kind = BodyKind.FormUrlEncoded, Type = TypeRef.Named("Upload"), IsRequired = true },
                Responses = Array(new ResponseSpec { StatusCode = "204", IsSuccess = true }),
                Security = Array(new SecurityRequirementSpec(Array("mtls"))),
            },
            new OperationSpec
            {
                Name = "UploadFile",
                OperationId = "uploadFile",
                HttpMethod = "POST",
                Path = "/files",
                Parameters = EquatableArray<ParameterSpec>.Empty,
                Body = new RequestBodySpec { Name = "body", ContentType = "multipart/form-data", Kind = BodyKind.Multipart, Type = TypeRef.Named("Upload"), IsRequired = true },
                Responses = Array(new ResponseSpec { StatusCode = "200", IsSuccess = true, ContentType = "text/plain", Kind = BodyKind.Text, Type = Of(TypeKind.String) }),
                Security = EquatableArray<SecurityRequirementSpec>.Empty,
            },
            new OperationSpec
            {
                Name = "PutBinary",
                OperationId = "putBinary",
                HttpMethod = "POST",
                Path = "/binary/{name}",
                Parameters = Array(Param("name", "name", ParameterLocation.Path, Of(TypeKind.String), required: true, ParameterStyle.Matrix, false)),
                Body = new RequestBodySpec { Name = "body", ContentType = "application/octet-stream", Kind = BodyKind.Binary, Type = Of(TypeKind.Stream), IsRequired = true },
                Responses = Array(new ResponseSpec { StatusCode = "200", IsSuccess = true, ContentType = "application/octet-stream", Kind = BodyKind.Binary, Type = Of(TypeKind.Stream) }),
                Security = EquatableArray<SecurityRequirementSpec>.Empty,
            },
            new OperationSpec
            {
                Name = "StreamEverything",
                OperationId = "streamEverything",
                HttpMethod = "POST",
                Path = "/everything/stream",
                Parameters = Array(Param("mode", "mode", ParameterLocation.Query, Of(TypeKind.String), required: false, ParameterStyle.Form, true)),
                Body = JsonBody("Everything"),
                Responses = Array(
                    new ResponseSpec { StatusCode = "200", IsSuccess = true, ContentType = "application/json", Kind = BodyKind.Json, Type = TypeRef.Named("Everything"), EventType = TypeRef.Named("Empty") },
                    new ResponseSpec { StatusCode = "400", ContentType = "application/json", Kind = BodyKind.Json, Type = TypeRef.Named("Problem") }),
                Security = EquatableArray<SecurityRequirementSpec>.Empty,
            },
            new OperationSpec
            {
                Name = "SendText",
                OperationId = "sendText",
                HttpMethod = "DELETE",
                Path = "/text",
                Parameters = EquatableArray<ParameterSpec>.Empty,
                Body = new RequestBodySpec { Name = "body", ContentType = "text/plain", Kind = BodyKind.Text, Type = Of(TypeKind.String), IsRequired = true },
                Responses = Array(new ResponseSpec { StatusCode = "default", ContentType = "application/json", Kind = BodyKind.Json, Type = TypeRef.Named("Problem") }),
                Security = EquatableArray<SecurityRequirementSpec>.Empty,
            }),
    };
}
