using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading.Tasks;
using Prolific.LocalServer;

namespace SpecClient.Runtime.Tests;

public sealed class QueryBuilderTests
{
    [Fact]
    public void Empty_builder_is_empty_string()
    {
        var query = new ApiQueryBuilder();
        query.Add("a", null);
        query.AddValues("b", null, QueryStyle.Form, true);
        query.AddValues("c", Array.Empty<string>(), QueryStyle.Form, false);
        query.AddDeepObject("d", null);
        Assert.Equal(string.Empty, query.ToString());
    }

    [Fact]
    public void Add_escapes_names_and_values()
    {
        var query = new ApiQueryBuilder();
        query.Add("workspace_id", "w 1&x=y");
        query.Add("n a", "é/?#");
        query.Add("empty", string.Empty);
        Assert.Equal("?workspace_id=w%201%26x%3Dy&n%20a=%C3%A9%2F%3F%23&empty=", query.ToString());
    }

    [Fact]
    public void ToString_with_a_path_is_the_path_then_the_query_whatever_was_added()
    {
        var none = new ApiQueryBuilder();
        none.Add("a", null);
        Assert.Equal("/p/", none.ToString("/p/"));

        var one = new ApiQueryBuilder();
        one.Add("workspace_id", "w 1&x=y");
        Assert.Equal("/api/v1/credentials/?workspace_id=w%201%26x%3Dy", one.ToString("/api/v1/credentials/"));
        Assert.Equal("?workspace_id=w%201%26x%3Dy", one.ToString()); // the builder is left as it was

        var empty = new ApiQueryBuilder();
        empty.Add("e", string.Empty);
        Assert.Equal("/x?e=", empty.ToString("/x"));

        var two = new ApiQueryBuilder();
        two.Add("a", "1");
        two.Add("b", "2");
        Assert.Equal("/x?a=1&b=2", two.ToString("/x"));
        Assert.Equal("/y?a=1&b=2", two.ToString("/y"));
        Assert.Throws<ArgumentNullException>(() => two.ToString(null!));
    }

    [Theory]
    [InlineData(QueryStyle.Form, true, "?n=a&n=b%20c&n=d%2Ce")]
    [InlineData(QueryStyle.Form, false, "?n=a,b%20c,d%2Ce")]
    [InlineData(QueryStyle.SpaceDelimited, false, "?n=a%20b%20c%20d%2Ce")]
    [InlineData(QueryStyle.PipeDelimited, false, "?n=a|b%20c|d%2Ce")]
    [InlineData(QueryStyle.SpaceDelimited, true, "?n=a&n=b%20c&n=d%2Ce")]
    [InlineData(QueryStyle.PipeDelimited, true, "?n=a&n=b%20c&n=d%2Ce")]
    public void AddValues_styles(QueryStyle style, bool explode, string expected)
    {
        var query = new ApiQueryBuilder();
        query.AddValues("n", new[] { "a", "b c", "d,e" }, style, explode);
        Assert.Equal(expected, query.ToString());
    }

    [Fact]
    public void Pipe_inside_a_value_is_escaped()
    {
        var query = new ApiQueryBuilder();
        query.AddValues("n", new[] { "a|b", "c" }, QueryStyle.PipeDelimited, false);
        Assert.Equal("?n=a%7Cb|c", query.ToString());
    }

    [Fact]
    public void AddDeepObject_uses_brackets()
    {
        var query = new ApiQueryBuilder();
        query.AddDeepObject("filter", new[] { new KeyValuePair<string, string>("status", "active"), new KeyValuePair<string, string>("na me", "x&y") });
        Assert.Equal("?filter[status]=active&filter[na%20me]=x%26y", query.ToString());
    }

    [Fact]
    public async Task Query_reaches_the_server_byte_for_byte()
    {
        await using LocalProlificServer server = await LocalProlificServer.StartAsync();
        var query = new ApiQueryBuilder();
        query.Add("workspace_id", server.WorkspaceId);
        query.Add("q", "a b&c=d é");
        query.AddValues("ids", new[] { "1", "2" }, QueryStyle.PipeDelimited, false);
        query.AddValues("tags", new[] { "x y", "z" }, QueryStyle.Form, false);
        query.AddValues("e", new[] { "1", "2" }, QueryStyle.Form, true);
        query.AddDeepObject("f", new[] { new KeyValuePair<string, string>("k", "v") });
        string pathAndQuery = "/api/v1/credentials/" + query;
        using HttpClient http = TestApi.Client(server);

        PoolList list = await TestApi.CallAsync(http, HttpMethod.Get, pathAndQuery, "list-credential-pools", TestJsonContext.Default.PoolList, server.Token);

        Assert.NotNull(list.CredentialPools);
        RecordedRequest recorded = Assert.Single(server.Requests);
        Assert.Equal(
            "/api/v1/credentials/?workspace_id=" + server.WorkspaceId + "&q=a%20b%26c%3Dd%20%C3%A9&ids=1|2&tags=x%20y,z&e=1&e=2&f[k]=v",
            recorded.RawTarget);
    }

    [Fact]
    public void Adding_after_ToString_continues_the_same_query_and_long_queries_grow_the_buffer()
    {
        var query = new ApiQueryBuilder();
        query.Add("a", "1");
        var first = query.ToString();
        query.Add("b", new string('x', 500));

        Assert.Equal("?a=1", first);
        Assert.Equal("?a=1&b=" + new string('x', 500), query.ToString());
        Assert.Equal(query.ToString(), query.ToString());
    }
}
