using EdgeMirror.Worker.Core.Auth;
using System.Text.Json;

namespace EdgeMirror.Worker.Tests.Core;

public sealed class TokenAnswerTests
{
    [Fact]
    public void An_access_token_only_answer_gets_a_token_field()
    {
        var body = TokenAnswer.WithBothTokenFields("{\"access_token\":\"abc\",\"expires_in\":300}");
        var parsed = JsonDocument.Parse(body).RootElement;
        Assert.Equal("abc", parsed.GetProperty("token").GetString());
        Assert.Equal("abc", parsed.GetProperty("access_token").GetString());
        Assert.Equal(300, parsed.GetProperty("expires_in").GetInt32());
    }

    [Fact]
    public void A_token_only_answer_gets_an_access_token_field()
    {
        var parsed = JsonDocument.Parse(TokenAnswer.WithBothTokenFields(" {\"token\":\"x\"}")).RootElement;
        Assert.Equal("x", parsed.GetProperty("access_token").GetString());
    }

    [Theory]
    [InlineData("{\"token\":\"a\",\"access_token\":\"a\"}")]
    [InlineData("{\"details\":\"denied\"}")]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    public void Other_answers_are_unchanged(string body) => Assert.Equal(body, TokenAnswer.WithBothTokenFields(body));

    [Theory]
    [InlineData("{\"token\":\"a\",\"access_token\":\"b\"}", "a")]
    [InlineData("{\"access_token\":\"b\"}", "b")]
    [InlineData("{\"token\":\"\",\"access_token\":\"b\"}", "b")]
    [InlineData("{\"token\":\"\"}", null)]
    [InlineData("{\"details\":\"x\"}", null)]
    [InlineData("<html>", null)]
    public void The_bearer_token_is_read_from_token_or_access_token(string body, string? expected) =>
        Assert.Equal(expected, TokenAnswer.Read(body));
}
