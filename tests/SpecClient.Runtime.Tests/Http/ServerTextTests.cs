using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using SpecClient.Runtime.Tests.Infrastructure;

namespace SpecClient.Runtime.Tests.Http;

/// <summary>Text a server sent reaches exception messages on one line, without control characters, and capped.</summary>
public sealed class ServerTextTests
{
    [Theory]
    [InlineData("line\r\nbreak", "line??break")]
    [InlineData("next\u0085line", "next?line")]
    [InlineData("sep\u2028arator\u2029s", "sep?arator?s")]
    [InlineData("bidi\u202Eoverride", "bidi?override")]
    [InlineData("tab\tand\0nul", "tab?and?nul")]
    [InlineData("名前 ok", "名前 ok")]
    public void Control_separator_and_format_characters_become_question_marks(string text, string expected)
    {
        Assert.Equal(expected, ServerText.Sanitize(text));
    }

    [Fact]
    public void Long_text_is_cut_without_splitting_a_surrogate_pair()
    {
        string text = new string('a', ServerText.MaxLength - 1) + "😀" + new string('b', 500);

        string sanitized = ServerText.Sanitize(text);

        Assert.Equal(new string('a', ServerText.MaxLength - 1) + "😀…", sanitized);
    }

    [Fact]
    public async Task A_hostile_JSON_key_reaches_the_format_exception_message_sanitized_and_capped()
    {
        string key = "user\r\nFAKE LOG LINE\u2028" + new string('x', 5000);
        string json = "{\"" + key.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\u2028", "\\u2028", StringComparison.Ordinal) + "\":\"not a number\"}";
        await using ScriptedServer server = await ScriptedServer.StartAsync((context, _) =>
        {
            context.Response.ContentType = "application/json";
            return context.Response.WriteAsync(json);
        });
        using HttpClient http = ApiHttpClientFactory.Create(TestOptions.For(server.BaseAddress));

        ApiResponseFormatException ex = await Assert.ThrowsAsync<ApiResponseFormatException>(() => Calls.SendAsync(
            http, (r, t) => ApiHttp.ReadJsonAsync(r, TestJsonContext.Default.DictionaryStringInt32, Calls.OperationId, t)));

        Assert.DoesNotContain('\r', ex.Message);
        Assert.DoesNotContain('\n', ex.Message);
        Assert.DoesNotContain('\u2028', ex.Message);
        Assert.Contains("user??FAKE LOG LINE?", ex.Message, StringComparison.Ordinal);
        Assert.InRange(ex.Message.Length, 1, 600);
    }
}
