using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.Loader;
using SpecClient.Generator.Tests.Infrastructure;
using static SpecClient.Generator.Tests.Reading.ReaderHarness;

namespace SpecClient.Generator.Tests.Binding;

/// <summary>
/// The options require a credential by default only when some operation needs one: a scheme the spec declares and no
/// operation uses, an anonymous alternative (<c>security: [{}, {key: []}]</c>) or a scheme without a credential (mutual
/// TLS) leaves <c>RequireCredentials</c> false, so <c>Create(options)</c> and <c>Add{Client}</c> accept options without one.
/// </summary>
public sealed class CredentialRequiredTests
{
    private static string Spec(string security, string schemes) => $$$"""
        openapi: 3.1.0
        info: {title: t, version: '1'}
        {{{security}}}
        paths:
          /pools:
            get:
              operationId: listPools
              responses: {'204': {description: ok}}
        components:
          securitySchemes:
        {{{schemes}}}
        """;

    private const string Key = "    key: {type: apiKey, in: header, name: X-Key}";

    [Theory]
    [InlineData("security: [{key: []}]", Key, true)]
    [InlineData("", Key, false)]
    [InlineData("security: [{}, {key: []}]", Key, false)]
    [InlineData("security: [{tls: []}]", "    tls: {type: mutualTLS}\n" + Key, false)]
    [InlineData("security: [{tls: []}, {key: []}]", "    tls: {type: mutualTLS}\n" + Key, false)]
    [InlineData("security: [{tls: [], key: []}]", "    tls: {type: mutualTLS}\n" + Key, false)]
    public void Some_operation_needs_a_credential_only_when_none_of_its_alternatives_goes_without(string security, string schemes, bool required)
    {
        var bound = ReadBound(Spec(security, schemes)).Spec!;

        Assert.Equal(required, bound.CredentialRequired);
    }

    [Theory]
    [InlineData("security: [{key: []}]", 1)]
    [InlineData("", 0)]
    public void Options_without_a_credential_validate_when_no_operation_needs_one(string security, int errors)
    {
        var output = GeneratorHarness.Run(new SpecFile("/specs/keys.yaml", Spec(security, Key), new Dictionary<string, string> { ["ClassName"] = "KeysClient", ["Namespace"] = "Keys.Api" }));
        Assert.Empty(output.CompilationProblems);
        using var image = new MemoryStream();
        Assert.True(output.Compilation.Emit(image).Success);
        image.Position = 0;
        var context = new AssemblyLoadContext("credential-required", isCollectible: true);
        try
        {
            var options = Activator.CreateInstance(context.LoadFromStream(image).GetType("Keys.Api.KeysClientOptions")!)!;

            Assert.Equal(errors == 1, options.GetType().GetProperty("RequireCredentials")!.GetValue(options));
            var found = (ICollection)options.GetType().GetMethod("Validate")!.Invoke(options, null)!;
            Assert.Equal(errors, found.Count);
        }
        finally
        {
            context.Unload();
        }
    }
}
