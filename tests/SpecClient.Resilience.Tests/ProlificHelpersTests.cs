using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using Prolific.Credentials;
using Prolific.LocalServer;
using SpecClient.Resilience.Tests.Infrastructure;

namespace SpecClient.Resilience.Tests;

/// <summary>The hand-written half of the Prolific client (samples/ProlificCredentials.Client).</summary>
public sealed class ProlificHelpersTests : IAsyncLifetime
{
    private LocalProlificServer _server = null!;

    public async Task InitializeAsync() => _server = await LocalProlificServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private ProlificCredentialsClient Client() => ProlificCredentialsClient.Create(Servers.FastOptions(_server));

    [Theory]
    [InlineData("a,b", "pw", "username", "comma")]
    [InlineData("a\rb", "pw", "username", "line break")]
    [InlineData("a\nb", "pw", "username", "line break")]
    [InlineData("", "pw", "username", "empty")]
    [InlineData("alice", "p,w-SECRET", "password", "comma")]
    [InlineData("alice", "p\nw-SECRET", "password", "line break")]
    [InlineData("alice", "p\rw-SECRET", "password", "line break")]
    [InlineData("alice", "", "password", "empty")]
    public void A_value_the_CSV_cannot_carry_is_rejected_without_showing_the_password(string username, string password, string param, string reason)
    {
        ArgumentException ex = Assert.Throws<ArgumentException>(() => new CredentialBatch().Add(username, password));

        Assert.Equal(param, ex.ParamName);
        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
        if (password.Length > 0)
        {
            Assert.DoesNotContain(password, ex.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain("SECRET", ex.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_username_twice_in_one_batch_is_rejected_naming_it()
    {
        var pairs = new[] { KeyValuePair.Create("bob", "pw1"), KeyValuePair.Create("carol", "pw2"), KeyValuePair.Create("bob", "pw3") };

        ArgumentException ex = Assert.Throws<ArgumentException>(() => CredentialBatch.From(pairs));

        Assert.Contains("'bob'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Credential 3", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("pw3", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_batch_builds_the_CSV_and_never_shows_passwords_in_ToString_or_the_debugger()
    {
        CredentialBatch batch = new CredentialBatch().Add("alice", "pw-alice-SECRET").Add("bob", "pw-bob-SECRET");

        Assert.Equal("alice,pw-alice-SECRET\nbob,pw-bob-SECRET", batch.ToCsv());
        Assert.Equal(new[] { "alice", "bob" }, batch.Usernames);
        Assert.DoesNotContain("SECRET", batch.ToString(), StringComparison.Ordinal);
        Assert.Contains("alice", batch.ToString(), StringComparison.Ordinal);

        DebuggerDisplayAttribute display = typeof(CredentialBatch).GetCustomAttribute<DebuggerDisplayAttribute>()!;
        Assert.Equal("{ToString(),nq}", display.Value);
        Type proxy = Type.GetType(typeof(CredentialBatch).GetCustomAttribute<DebuggerTypeProxyAttribute>()!.ProxyTypeName)!;
        object view = Activator.CreateInstance(proxy, batch)!;
        foreach (PropertyInfo property in proxy.GetProperties())
        {
            object? value = property.GetValue(view);
            string text = value is IEnumerable<string> items ? string.Join(",", items) : value?.ToString() ?? string.Empty;
            Assert.DoesNotContain("SECRET", text, StringComparison.Ordinal);
        }

        Assert.All(typeof(CredentialBatch).GetFields(BindingFlags.Instance | BindingFlags.NonPublic), field =>
            Assert.Equal(DebuggerBrowsableState.Never, field.GetCustomAttribute<DebuggerBrowsableAttribute>()?.State));
    }

    [Fact]
    public async Task CreatePoolAsync_and_AppendCredentialsAsync_put_the_credentials_into_the_pool()
    {
        ProlificCredentialsClient client = Client();

        CreateCredentialPoolResponse created = await client.CreatePoolAsync(_server.WorkspaceId, new CredentialBatch().Add("u1", "p1").Add("u2", "p2"));
        await client.AppendCredentialsAsync(created.CredentialPoolId!, new CredentialBatch().Add("u3", "p3"));

        Assert.Equal(new[] { "u1", "u2", "u3" }, _server.GetUsernames(created.CredentialPoolId!));
        Assert.True(_server.HasCredential(created.CredentialPoolId!, "u3", "p3"));
        Assert.Equal(new[] { "POST", "PATCH" }, _server.Requests.Select(r => r.Method));
    }

    [Fact]
    public async Task A_409_on_append_names_the_usernames_already_in_the_pool()
    {
        string poolId = _server.SeedPool(_server.WorkspaceId, "alice,pw1\nbob,pw2");

        CredentialPoolConflictException ex = await Assert.ThrowsAsync<CredentialPoolConflictException>(() =>
            Client().AppendCredentialsAsync(poolId, new CredentialBatch().Add("bob", "new-pw").Add("dave", "pw4")));

        Assert.Equal(new[] { "bob" }, ex.DuplicateUsernames);
        Assert.Equal(409, ex.StatusCode);
        Assert.IsAssignableFrom<ApiConflictException>(ex);
        Assert.Contains("Usernames already in the pool: bob", ex.Message, StringComparison.Ordinal);
        Assert.Equal(new[] { "alice", "bob" }, _server.GetUsernames(poolId));
    }

    [Fact]
    public async Task A_409_that_names_nobody_says_so()
    {
        _server.Enqueue(new CannedResponse { StatusCode = 409, ContentType = "text/html", Body = "<html>conflict</html>" });

        CredentialPoolConflictException ex = await Assert.ThrowsAsync<CredentialPoolConflictException>(() =>
            Client().AppendCredentialsAsync("pool", new CredentialBatch().Add("x", "y")));

        Assert.Empty(ex.DuplicateUsernames);
        Assert.Contains("did not say which", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_batch_sends_nothing()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Client().AppendCredentialsAsync("pool", new CredentialBatch()));
        await Assert.ThrowsAsync<ArgumentException>(() => Client().CreatePoolAsync(_server.WorkspaceId, new CredentialBatch()));

        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task All_pools_of_a_workspace_come_back_as_a_list_and_as_an_async_stream()
    {
        string first = _server.SeedPool(_server.WorkspaceId, "a,1");
        string second = _server.SeedPool(_server.WorkspaceId, "b,2\nc,3");
        _server.SeedPool(_server.ForeignWorkspaceId, "z,9");
        ProlificCredentialsClient client = Client();

        IReadOnlyList<CredentialPoolSummary> list = await client.ListAllPoolsAsync(_server.WorkspaceId);
        var streamed = new List<string>();
        await foreach (CredentialPoolSummary pool in client.GetAllPoolsAsync(_server.WorkspaceId))
        {
            streamed.Add(pool.CredentialPoolId!);
        }

        Assert.Equal(new[] { first, second }.OrderBy(x => x), list.Select(p => p.CredentialPoolId!).OrderBy(x => x));
        Assert.Equal(list.Select(p => p.CredentialPoolId), streamed);
        Assert.Equal(3, list.Single(p => p.CredentialPoolId == second).TotalCredentials + 1);
    }
}
