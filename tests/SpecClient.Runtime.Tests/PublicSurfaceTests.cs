using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Linq;
using System.Reflection;

namespace SpecClient.Runtime.Tests;

/// <summary>
/// The runtime's browsable face is what users call: options, credentials, request options, responses, exceptions, the
/// bases of unions and enums, and the resilience switch (namespace <c>SpecClient</c>). What generated code needs lives in
/// <c>SpecClient.Internal</c>, hidden from IntelliSense, or is internal. A new public type or member must be added here
/// on purpose; plumbing that turns browsable in <c>SpecClient</c> fails these tests.
/// </summary>
public sealed class PublicSurfaceTests
{
    private static readonly Type[] Exported = typeof(ApiClientOptions).Assembly.GetExportedTypes();

    private static readonly Type[] Browsable = Exported.Where(t => t.Namespace == "SpecClient" && !IsHidden(t)).ToArray();

    [Fact]
    public void The_SpecClient_namespace_holds_exactly_the_types_users_call()
    {
        string[] expected =
        {
            "ApiBadRequestException",
            "ApiClientAuthentication",
            "ApiClientOptions",
            "ApiConflictException",
            "ApiConnectionException",
            "ApiEventFormatException",
            "ApiEventTooLargeException",
            "ApiException",
            "ApiForbiddenException",
            "ApiNotFoundException",
            "ApiPageLimitException",
            "ApiPageLinkException",
            "ApiRateLimitedException",
            "ApiRequestOptions",
            "ApiResilience",
            "ApiResponse",
            "ApiResponse`1",
            "ApiResponseFormatException",
            "ApiResponseTooLargeException",
            "ApiSequenceItemFormatException",
            "ApiSequenceItemTooLargeException",
            "ApiServerErrorException",
            "ApiTelemetry",
            "ApiTimeoutException",
            "ApiTimeoutKind",
            "ApiTokenException",
            "ApiUnauthorizedException",
            "ApiUnion",
            "ApiValidationException",
            "ApiWebhookOptions",
            "ApiWebhookSignatureException",
            "ApiWebhookSignatureFailure",
            "BasicCredentials",
            "IIntegerEnum`1",
            "IStringEnum`1",
        };

        string[] actual = Exported.Where(t => t.Namespace == "SpecClient").Select(t => t.Name).OrderBy(n => n, StringComparer.Ordinal).ToArray();

        expected = expected.OrderBy(n => n, StringComparer.Ordinal).ToArray();
        Assert.Equal(expected, actual);
        Assert.Equal(expected, Browsable.Select(t => t.Name).OrderBy(n => n, StringComparer.Ordinal));
    }

    [Fact]
    public void The_types_users_call_show_exactly_these_members()
    {
        // Exceptions are left out: their face is their constructors and read-only properties, which users also need.
        string[] expected =
        {
            "ApiClientOptions.AttemptTimeout",
            "ApiClientOptions.BaseAddress",
            "ApiClientOptions.MaxEventBytes",
            "ApiClientOptions.MaxPages",
            "ApiClientOptions.MaxResponseBodyBytes",
            "ApiClientOptions.MaxRetryAfter",
            "ApiClientOptions.MaxRetryAttempts",
            "ApiClientOptions.ReadCredentials(Func`2)",
            "ApiClientOptions.ReadFrom(Func`2)",
            "ApiClientOptions.RetryBaseDelay",
            "ApiClientOptions.RetryMaxDelay",
            "ApiClientOptions.RetryUnsafeMethods",
            "ApiClientOptions.ThrowIfInvalid()",
            "ApiClientOptions.Timeout",
            "ApiClientOptions.UseJitter",
            "ApiClientOptions.Validate()",
            "ApiClientOptions.ValidateCredentials(ICollection`1)",
            "ApiClientOptions.ctor()",
            "ApiRequestOptions.Headers",
            "ApiRequestOptions.IdempotencyKey",
            "ApiRequestOptions.IdempotencyKeyHeader",
            "ApiRequestOptions.MaxPages",
            "ApiRequestOptions.Timeout",
            "ApiRequestOptions.ctor()",
            "ApiResilience.AllowRetries()",
            "ApiResilience.AllowRetries(HttpRequestMessage)",
            "ApiResponse.Headers",
            "ApiResponse.RequestId",
            "ApiResponse.StatusCode",
            "ApiResponse.ctor(Int32, IReadOnlyDictionary`2)",
            "ApiResponse`1.Value",
            "ApiResponse`1.ctor(Int32, IReadOnlyDictionary`2, T)",
            "ApiTelemetry.MeterName",
            "ApiTelemetry.OperationIdTag",
            "ApiTelemetry.SourceName",
            "ApiUnion.Get(Int32)",
            "ApiUnion.GetStruct(Int32)",
            "ApiUnion.IsUnknown",
            "ApiUnion.NotNull(Object)",
            "ApiUnion.ToString()",
            "ApiUnion.Value",
            "ApiUnion.ctor(Int32, Object)",
            "ApiWebhookOptions.DefaultTolerance",
            "ApiWebhookOptions.MaxBodyBytes",
            "ApiWebhookOptions.TimeProvider",
            "ApiWebhookOptions.Tolerance",
            "ApiWebhookOptions.ctor()",
            "BasicCredentials.Password",
            "BasicCredentials.ToString()",
            "BasicCredentials.Username",
            "BasicCredentials.ctor(String, String)",
            "IIntegerEnum`1.IsKnown",
            "IIntegerEnum`1.Value",
            "IIntegerEnum`1.op_Implicit(Int32)",
            "IStringEnum`1.IsKnown",
            "IStringEnum`1.Value",
            "IStringEnum`1.op_Implicit(String)",
        };

        string[] actual = Browsable
            .Where(t => !typeof(Exception).IsAssignableFrom(t) && !t.IsEnum)
            .SelectMany(t => VisibleMembers(t).Select(m => $"{t.Name}.{Describe(m)}"))
            .Distinct()
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToArray();

        Assert.Equal(expected.OrderBy(n => n, StringComparer.Ordinal), actual);
    }

    [Fact]
    public void No_browsable_member_names_a_SpecClient_Internal_type()
    {
        string[] leaks = Browsable
            .SelectMany(t => VisibleMembers(t).Where(m => SignatureTypes(m).Any(IsInternalNamespace)).Select(m => $"{t.Name}.{Describe(m)}"))
            .Concat(Browsable.Where(t => t.BaseType is { } b && IsInternalNamespace(b) || t.GetInterfaces().Any(IsInternalNamespace)).Select(t => t.Name))
            .ToArray();

        Assert.Empty(leaks);
    }

    [Fact]
    public void Every_public_type_is_in_SpecClient_or_SpecClient_Internal()
    {
        Assert.Empty(Exported.Where(t => t.Namespace is not ("SpecClient" or "SpecClient.Internal")).Select(t => t.FullName));
    }

    [Fact]
    public void Every_public_type_in_SpecClient_Internal_is_hidden_from_IntelliSense()
    {
        string[] visible = Exported
            .Where(t => t.Namespace == "SpecClient.Internal")
            .Where(t => !IsHidden(t))
            .Select(t => t.Name)
            .ToArray();

        Assert.Empty(visible);
        Assert.Contains(Exported, t => t.Namespace == "SpecClient.Internal" && t.Name == "ApiHttp");
    }

    [Fact]
    public void The_plumbing_generated_code_uses_is_in_SpecClient_Internal()
    {
        foreach (string name in new[] { "ApiSchemaAttribute", "ApiResilienceHandler", "RecordConverter`2", "ObjectReader", "JsonProperties", "ApiWebhookVerifier" })
        {
            Type type = Assert.Single(Exported, t => t.Name == name);
            Assert.Equal("SpecClient.Internal", type.Namespace);
        }
    }

    private static bool IsHidden(MemberInfo member) =>
        member.GetCustomAttribute<EditorBrowsableAttribute>()?.State == EditorBrowsableState.Never;

    private static bool IsInternalNamespace(Type type) =>
        (type.IsGenericType ? type.GetGenericArguments().Append(type) : new[] { type }).Any(t => t.Namespace == "SpecClient.Internal");

    /// <summary>Public and protected members a type declares itself, without accessors or hidden ones.</summary>
    private static IEnumerable<MemberInfo> VisibleMembers(Type type) => type
        .GetMembers(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
        .Where(m => m switch
        {
            MethodBase method => (method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly) && (!method.IsSpecialName || method.Name.StartsWith("op_", StringComparison.Ordinal) || method is ConstructorInfo),
            PropertyInfo property => property.GetMethod is { } get && (get.IsPublic || get.IsFamily),
            FieldInfo field => field.IsPublic || field.IsFamily,
            _ => false,
        })
        .Where(m => !IsHidden(m));

    private static string Describe(MemberInfo member) => member switch
    {
        ConstructorInfo ctor => $"ctor({Parameters(ctor)})",
        MethodInfo method => $"{method.Name}({Parameters(method)})",
        _ => member.Name,
    };

    private static string Parameters(MethodBase method) => string.Join(", ", method.GetParameters().Select(p => p.ParameterType.Name));

    private static IEnumerable<Type> SignatureTypes(MemberInfo member) => member switch
    {
        MethodInfo method => method.GetParameters().Select(p => p.ParameterType).Append(method.ReturnType),
        ConstructorInfo ctor => ctor.GetParameters().Select(p => p.ParameterType),
        PropertyInfo property => new[] { property.PropertyType },
        FieldInfo field => new[] { field.FieldType },
        _ => Array.Empty<Type>(),
    };
}
