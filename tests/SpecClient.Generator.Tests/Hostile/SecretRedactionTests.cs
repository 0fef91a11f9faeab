using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using SpecClient.Generator.Tests.Infrastructure;

namespace SpecClient.Generator.Tests.Hostile;

/// <summary>
/// Generated records never print a secret: a <c>writeOnly</c> or <c>format: password</c> property shows as <c>***</c>
/// in <c>ToString()</c> and is hidden from the debugger's member list; every other property prints as before.
/// </summary>
public class SecretRedactionTests
{
    private const string Secret = "hunter2-do-not-log";

    private static Assembly Load(GeneratorOutput output, AssemblyLoadContext context)
    {
        Assert.Empty(output.CompilationProblems);
        using var image = new MemoryStream();
        Assert.True(output.Compilation.Emit(image).Success);
        image.Position = 0;
        return context.LoadFromStream(image);
    }

    private static object Create(Type type, IReadOnlyDictionary<string, object?> values)
    {
        var instance = Activator.CreateInstance(type)!;
        foreach (var (name, value) in values)
        {
            type.GetProperty(name)!.SetValue(instance, value);
        }

        return instance;
    }

    [Theory]
    [InlineData("Prolific.Credentials.CreateCredentialPoolRequest")]
    [InlineData("Prolific.Credentials.UpdateCredentialPoolRequest")]
    public void The_prolific_credential_csv_never_shows_in_ToString_or_the_debugger(string typeName)
    {
        var spec = RepoPaths.Spec("prolific-credentials.yaml");
        var output = GeneratorHarness.Run(new SpecFile(spec, File.ReadAllText(spec), new Dictionary<string, string> { ["ClassName"] = "ProlificCredentialsClient", ["Namespace"] = "Prolific.Credentials" }));
        var context = new AssemblyLoadContext("redaction", isCollectible: true);
        try
        {
            var type = Load(output, context).GetType(typeName)!;
            var values = new Dictionary<string, object?> { ["Credentials"] = "user1," + Secret + "\nuser2," + Secret };
            if (type.GetProperty("WorkspaceId") is not null)
            {
                values["WorkspaceId"] = "507f1f77bcf86cd799439011";
            }

            var text = Create(type, values).ToString()!;

            Assert.DoesNotContain(Secret, text, StringComparison.Ordinal);
            Assert.Contains("Credentials = ***", text, StringComparison.Ordinal);
            if (values.ContainsKey("WorkspaceId"))
            {
                Assert.Contains("WorkspaceId = 507f1f77bcf86cd799439011", text, StringComparison.Ordinal);
            }

            var browsable = type.GetProperty("Credentials")!.GetCustomAttribute<DebuggerBrowsableAttribute>();
            Assert.Equal(DebuggerBrowsableState.Never, browsable?.State);
        }
        finally
        {
            context.Unload();
        }
    }

    [Fact]
    public void WriteOnly_and_password_properties_are_redacted_and_the_others_print()
    {
        var output = HostileSpecTests.Generate(HostileSpec.Yaml("plain words", "x"));
        var context = new AssemblyLoadContext("redaction-hostile", isCollectible: true);
        try
        {
            var type = Load(output, context).GetType("Hostile.Api.XSchema")!;
            var text = Create(type, new Dictionary<string, object?> { ["Xreq"] = "visible-required", ["Xsecret"] = Secret, ["Xwo"] = Secret + "-wo", ["Xro"] = "visible-read-only" }).ToString()!;

            Assert.DoesNotContain(Secret, text, StringComparison.Ordinal);
            Assert.Contains("Xsecret = ***", text, StringComparison.Ordinal);
            Assert.Contains("Xwo = ***", text, StringComparison.Ordinal);
            Assert.Contains("Xreq = visible-required", text, StringComparison.Ordinal);
            Assert.Contains("Xro = visible-read-only", text, StringComparison.Ordinal);
            Assert.Null(type.GetProperty("Xro")!.GetCustomAttribute<DebuggerBrowsableAttribute>());
        }
        finally
        {
            context.Unload();
        }
    }
}
