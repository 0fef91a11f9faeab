using System;
using System.ComponentModel;
using System.Linq;
using System.Reflection;

namespace SpecClient.Runtime.Tests;

/// <summary>
/// The runtime's public face is what users call: options, resilience, credentials and exceptions (namespace
/// <c>SpecClient</c>). What generated code needs lives in <c>SpecClient.Internal</c>, hidden from IntelliSense.
/// A new public type must be added here on purpose.
/// </summary>
public sealed class PublicSurfaceTests
{
    private static readonly Type[] Exported = typeof(ApiClientOptions).Assembly.GetExportedTypes();

    [Fact]
    public void The_SpecClient_namespace_holds_exactly_the_types_users_call()
    {
        string[] expected =
        {
            "ApiBadRequestException",
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
            "ApiResilienceHandler",
            "ApiResponse",
            "ApiResponseFormatException",
            "ApiResponseTooLargeException",
            "ApiResponse`1",
            "ApiSchemaAttribute",
            "ApiServerErrorException",
            "ApiTimeoutException",
            "ApiTimeoutKind",
            "ApiUnauthorizedException",
            "ApiUnion",
            "ApiValidationException",
            "BasicCredentials",
        };

        string[] actual = Exported.Where(t => t.Namespace == "SpecClient").Select(t => t.Name).OrderBy(n => n, StringComparer.Ordinal).ToArray();

        Assert.Equal(expected, actual);
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
            .Where(t => t.GetCustomAttribute<EditorBrowsableAttribute>()?.State != EditorBrowsableState.Never)
            .Select(t => t.Name)
            .ToArray();

        Assert.Empty(visible);
        Assert.Contains(Exported, t => t.Namespace == "SpecClient.Internal" && t.Name == "ApiHttp");
    }
}
